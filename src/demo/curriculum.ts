/**
 * What the demo classes study and how many lessons a week, after the LK20 distribution of
 * teaching hours (a subject of 140 hours a year is about five lessons a week). The subject codes
 * for Studiespesialisering, the fellesfag and Helse- og oppvekstfag are the real LK20 codes; the
 * two Vg1 programme subjects of Elektro og datateknologi (ELE1006, ELE1007) and the Vg2
 * yrkesfaglig fordypning (YFF4107) carry plausible codes in the same series, for the demo only.
 */

/** Who can teach what: a teacher is qualified in one or two areas. */
export type SubjectArea =
  | 'norsk'
  | 'engelsk'
  | 'matematikk'
  | 'realfag'
  | 'samfunnsfag'
  | 'kroppsoving'
  | 'spansk'
  | 'tysk'
  | 'helsefag'
  | 'elektrofag'
  /** Grunnskole's practical and aesthetic subjects (kunst og håndverk, musikk) and mat og helse. */
  | 'estetiske'
  | 'mat_og_helse';

export interface Subject {
  code: string;
  name: string;
  area: SubjectArea;
}

const subject = (code: string, name: string, area: SubjectArea): Subject => ({ code, name, area });

export const subjects = {
  NOR1260: subject('NOR1260', 'Norsk', 'norsk'),
  NOR1264: subject('NOR1264', 'Norsk', 'norsk'),
  NOR1267: subject('NOR1267', 'Norsk', 'norsk'),
  NOR1262: subject('NOR1262', 'Norsk', 'norsk'),
  ENG1007: subject('ENG1007', 'Engelsk', 'engelsk'),
  ENG1009: subject('ENG1009', 'Engelsk', 'engelsk'),
  MAT1019: subject('MAT1019', 'Matematikk 1P', 'matematikk'),
  MAT1021: subject('MAT1021', 'Matematikk 1T', 'matematikk'),
  MAT1023: subject('MAT1023', 'Matematikk 2P', 'matematikk'),
  MAT1113: subject('MAT1113', 'Matematikk 1P-Y EL', 'matematikk'),
  MAT1117: subject('MAT1117', 'Matematikk 1P-Y HS', 'matematikk'),
  REA3056: subject('REA3056', 'Matematikk R1', 'matematikk'),
  REA3058: subject('REA3058', 'Matematikk R2', 'matematikk'),
  REA3060: subject('REA3060', 'Matematikk S1', 'matematikk'),
  REA3062: subject('REA3062', 'Matematikk S2', 'matematikk'),
  NAT1007: subject('NAT1007', 'Naturfag', 'realfag'),
  NAT1009: subject('NAT1009', 'Naturfag', 'realfag'),
  NAT1011: subject('NAT1011', 'Naturfag', 'realfag'),
  REA3035: subject('REA3035', 'Biologi 1', 'realfag'),
  REA3036: subject('REA3036', 'Biologi 2', 'realfag'),
  REA3038: subject('REA3038', 'Fysikk 1', 'realfag'),
  REA3039: subject('REA3039', 'Fysikk 2', 'realfag'),
  REA3045: subject('REA3045', 'Kjemi 1', 'realfag'),
  REA3046: subject('REA3046', 'Kjemi 2', 'realfag'),
  REA3042: subject('REA3042', 'Geofag 1', 'realfag'),
  SAK1001: subject('SAK1001', 'Samfunnskunnskap', 'samfunnsfag'),
  GEO1003: subject('GEO1003', 'Geografi', 'samfunnsfag'),
  HIS1009: subject('HIS1009', 'Historie', 'samfunnsfag'),
  HIS1010: subject('HIS1010', 'Historie', 'samfunnsfag'),
  REL1003: subject('REL1003', 'Religion og etikk', 'samfunnsfag'),
  SAM3054: subject('SAM3054', 'Sosiologi og sosialantropologi', 'samfunnsfag'),
  SAM3072: subject('SAM3072', 'Psykologi 1', 'samfunnsfag'),
  SAM3073: subject('SAM3073', 'Psykologi 2', 'samfunnsfag'),
  KRO1017: subject('KRO1017', 'Kroppsøving', 'kroppsoving'),
  KRO1018: subject('KRO1018', 'Kroppsøving', 'kroppsoving'),
  KRO1019: subject('KRO1019', 'Kroppsøving', 'kroppsoving'),
  FSP6221: subject('FSP6221', 'Spansk II', 'spansk'),
  FSP6222: subject('FSP6222', 'Spansk II', 'spansk'),
  FSP6241: subject('FSP6241', 'Tysk II', 'tysk'),
  FSP6242: subject('FSP6242', 'Tysk II', 'tysk'),
  HSF1006: subject('HSF1006', 'Helsefremmende arbeid', 'helsefag'),
  HSF1007: subject('HSF1007', 'Kommunikasjon og samhandling', 'helsefag'),
  HSF1008: subject('HSF1008', 'Yrkesliv i helse- og oppvekstfag', 'helsefag'),
  HEA2005: subject('HEA2005', 'Helsefremmende arbeid', 'helsefag'),
  HEA2006: subject('HEA2006', 'Kommunikasjon og samhandling', 'helsefag'),
  HEA2007: subject('HEA2007', 'Yrkesliv i helsearbeiderfag', 'helsefag'),
  YFF4106_HS: subject('YFF4106', 'Yrkesfaglig fordypning Vg1', 'helsefag'),
  YFF4107_HS: subject('YFF4107', 'Yrkesfaglig fordypning Vg2', 'helsefag'),
  YFF4106_EL: subject('YFF4106', 'Yrkesfaglig fordypning Vg1', 'elektrofag'),
  ELE1006: subject('ELE1006', 'Elektroniske kretser og nettverk', 'elektrofag'),
  ELE1007: subject('ELE1007', 'Energi- og styresystemer', 'elektrofag'),
} as const satisfies Record<string, Subject>;

export type Level = 'Vg1' | 'Vg2' | 'Vg3';
export type ProgrammeCode = 'ST' | 'HS' | 'EL';

export const programmeNames: Record<ProgrammeCode, string> = {
  ST: 'Studiespesialisering',
  HS: 'Helse- og oppvekstfag',
  EL: 'Elektro og datateknologi',
};

export interface Option {
  subject: Subject;
  /** How many students choose it, relatively. */
  weight: number;
}

export interface ClassPlan {
  key: ClassKind;
  level: Level;
  programme: ProgrammeCode;
  /** Subjects the whole class has together. */
  common: Array<{ subject: Subject; lessons: number }>;
  /** Choices inside the class at the same hours (1P or 1T; Spanish or German). */
  choices: Array<{ lessons: number; options: Option[] }>;
  /**
   * Programme subjects in blocks (blokkskjema) shared by every class of the same level and
   * programme: each student takes one subject per block, with students from the sister classes.
   */
  blocks: Array<{ label: string; lessons: number; options: Option[] }>;
}

export type ClassKind = '1ST' | '1HS' | '1EL' | '2ST' | '2HS' | '3ST';

const s = subjects;

export const classPlans: Record<ClassKind, ClassPlan> = {
  '1ST': {
    key: '1ST',
    level: 'Vg1',
    programme: 'ST',
    common: [
      { subject: s.NOR1260, lessons: 4 },
      { subject: s.ENG1007, lessons: 5 },
      { subject: s.NAT1007, lessons: 5 },
      { subject: s.SAK1001, lessons: 3 },
      { subject: s.GEO1003, lessons: 2 },
      { subject: s.KRO1017, lessons: 2 },
    ],
    choices: [
      { lessons: 5, options: [{ subject: s.MAT1021, weight: 45 }, { subject: s.MAT1019, weight: 55 }] },
      { lessons: 4, options: [{ subject: s.FSP6221, weight: 60 }, { subject: s.FSP6241, weight: 40 }] },
    ],
    blocks: [],
  },
  '1HS': {
    key: '1HS',
    level: 'Vg1',
    programme: 'HS',
    common: [
      { subject: s.ENG1009, lessons: 5 },
      { subject: s.MAT1117, lessons: 3 },
      { subject: s.NAT1011, lessons: 2 },
      { subject: s.KRO1017, lessons: 2 },
      { subject: s.HSF1006, lessons: 7 },
      { subject: s.HSF1007, lessons: 5 },
      { subject: s.HSF1008, lessons: 5 },
      { subject: s.YFF4106_HS, lessons: 6 },
    ],
    choices: [],
    blocks: [],
  },
  '1EL': {
    key: '1EL',
    level: 'Vg1',
    programme: 'EL',
    common: [
      { subject: s.ENG1009, lessons: 5 },
      { subject: s.MAT1113, lessons: 3 },
      { subject: s.NAT1009, lessons: 2 },
      { subject: s.KRO1017, lessons: 2 },
      { subject: s.ELE1006, lessons: 7 },
      { subject: s.ELE1007, lessons: 10 },
      { subject: s.YFF4106_EL, lessons: 6 },
    ],
    choices: [],
    blocks: [],
  },
  '2ST': {
    key: '2ST',
    level: 'Vg2',
    programme: 'ST',
    common: [
      { subject: s.NOR1264, lessons: 4 },
      { subject: s.HIS1009, lessons: 2 },
      { subject: s.KRO1018, lessons: 2 },
    ],
    choices: [{ lessons: 4, options: [{ subject: s.FSP6222, weight: 60 }, { subject: s.FSP6242, weight: 40 }] }],
    blocks: [
      { label: 'A', lessons: 5, options: [{ subject: s.REA3056, weight: 30 }, { subject: s.REA3060, weight: 30 }, { subject: s.MAT1023, weight: 40 }] },
      { label: 'B', lessons: 5, options: [{ subject: s.REA3035, weight: 40 }, { subject: s.SAM3072, weight: 40 }, { subject: s.REA3038, weight: 20 }] },
      { label: 'C', lessons: 5, options: [{ subject: s.REA3045, weight: 35 }, { subject: s.SAM3054, weight: 40 }, { subject: s.REA3042, weight: 25 }] },
    ],
  },
  '2HS': {
    key: '2HS',
    level: 'Vg2',
    programme: 'HS',
    common: [
      { subject: s.NOR1262, lessons: 4 },
      { subject: s.SAK1001, lessons: 3 },
      { subject: s.KRO1018, lessons: 2 },
      { subject: s.HEA2005, lessons: 7 },
      { subject: s.HEA2006, lessons: 5 },
      { subject: s.HEA2007, lessons: 5 },
      { subject: s.YFF4107_HS, lessons: 9 },
    ],
    choices: [],
    blocks: [],
  },
  '3ST': {
    key: '3ST',
    level: 'Vg3',
    programme: 'ST',
    common: [
      { subject: s.NOR1267, lessons: 6 },
      { subject: s.HIS1010, lessons: 4 },
      { subject: s.REL1003, lessons: 3 },
      { subject: s.KRO1019, lessons: 2 },
    ],
    choices: [],
    blocks: [
      { label: 'A', lessons: 5, options: [{ subject: s.REA3058, weight: 30 }, { subject: s.REA3062, weight: 35 }, { subject: s.REA3036, weight: 35 }] },
      { label: 'B', lessons: 5, options: [{ subject: s.REA3046, weight: 30 }, { subject: s.SAM3073, weight: 45 }, { subject: s.REA3039, weight: 25 }] },
      { label: 'C', lessons: 5, options: [{ subject: s.SAM3054, weight: 55 }, { subject: s.REA3042, weight: 45 }] },
    ],
  },
};

/** The lessons a week of a class: common subjects, in-class choices and blocks. */
export function weeklyLessons(plan: ClassPlan): number {
  const sum = (items: ReadonlyArray<{ lessons: number }>) => items.reduce((total, item) => total + item.lessons, 0);
  return sum(plan.common) + sum(plan.choices) + sum(plan.blocks);
}

/**
 * The order classes are added in as a school grows: the 8-class school of the default demo
 * (1STA, 1STB, 1HSA, 1ELA, 2STA, 2STB, 2HSA, 3STA), then the same mix again.
 */
export const classKindCycle: readonly ClassKind[] = ['1ST', '1ST', '1HS', '1EL', '2ST', '2ST', '2HS', '3ST'];

/** The lessons of the school day (45 minutes, with breaks and lunch after the fourth). */
export const lessonTimes: ReadonlyArray<{ lesson: number; startsAt: string; endsAt: string }> = [
  { lesson: 1, startsAt: '08:15', endsAt: '09:00' },
  { lesson: 2, startsAt: '09:00', endsAt: '09:45' },
  { lesson: 3, startsAt: '10:00', endsAt: '10:45' },
  { lesson: 4, startsAt: '10:45', endsAt: '11:30' },
  { lesson: 5, startsAt: '12:00', endsAt: '12:45' },
  { lesson: 6, startsAt: '12:45', endsAt: '13:30' },
  { lesson: 7, startsAt: '13:45', endsAt: '14:30' },
  { lesson: 8, startsAt: '14:30', endsAt: '15:15' },
];
