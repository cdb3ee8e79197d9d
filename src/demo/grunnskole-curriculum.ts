/**
 * What the demo grunnskole classes study and how many lessons (45 minutes) a week, after LK20's
 * fag- og timefordeling: the little ones have short days, most of them norsk and matematikk;
 * ungdomstrinnet (8–10) has a full week of 30 lessons, with a foreign language or arbeidslivsfag
 * and a valgfag chosen across the classes of the trinn (blocks, as in a vgs's blokkskjema).
 *
 * The common subjects carry their LK20 curriculum codes (NOR01-06, MAT01-05 …); the choices of
 * ungdomstrinnet carry plausible codes in the same style, for the demo only.
 */
import type { Option, Subject, SubjectArea } from './curriculum.js';

const subject = (code: string, name: string, area: SubjectArea): Subject => ({ code, name, area });

export const grunnskoleSubjects = {
  NOR: subject('NOR01-06', 'Norsk', 'norsk'),
  MAT: subject('MAT01-05', 'Matematikk', 'matematikk'),
  ENG: subject('ENG01-04', 'Engelsk', 'engelsk'),
  NAT: subject('NAT01-04', 'Naturfag', 'realfag'),
  SAF: subject('SAF01-04', 'Samfunnsfag', 'samfunnsfag'),
  RLE: subject('RLE01-03', 'KRLE', 'samfunnsfag'),
  KHV: subject('KHV01-02', 'Kunst og håndverk', 'estetiske'),
  MUS: subject('MUS01-02', 'Musikk', 'estetiske'),
  MHE: subject('MHE01-02', 'Mat og helse', 'mat_og_helse'),
  KRO: subject('KRO01-05', 'Kroppsøving', 'kroppsoving'),
  UTV: subject('UTV01-03', 'Utdanningsvalg', 'samfunnsfag'),
  TYS: subject('FSP01-TY', 'Tysk', 'tysk'),
  SPA: subject('FSP01-SP', 'Spansk', 'spansk'),
  ARB: subject('ARB01-02', 'Arbeidslivsfag', 'estetiske'),
  FEN: subject('ENG03-02', 'Fordypning i engelsk', 'engelsk'),
  VPR: subject('VAL01-PR', 'Valgfag programmering', 'matematikk'),
  VFA: subject('VAL01-FA', 'Valgfag fysisk aktivitet og helse', 'kroppsoving'),
  VSS: subject('VAL01-SS', 'Valgfag sal og scene', 'estetiske'),
  VFR: subject('VAL01-FR', 'Valgfag friluftsliv', 'kroppsoving'),
} as const satisfies Record<string, Subject>;

export interface TrinnPlan {
  trinn: number;
  /** Subjects the whole class has together. */
  common: Array<{ subject: Subject; lessons: number }>;
  /** Choices shared by the classes of the trinn, at the same hours (8–10 only). */
  blocks: Array<{ label: string; lessons: number; options: Option[] }>;
}

const g = grunnskoleSubjects;

const languageBlock = {
  label: 'Språk',
  lessons: 2,
  options: [
    { subject: g.SPA, weight: 40 },
    { subject: g.TYS, weight: 25 },
    { subject: g.ARB, weight: 20 },
    { subject: g.FEN, weight: 15 },
  ],
};
const electiveBlock = {
  label: 'Valgfag',
  lessons: 2,
  options: [
    { subject: g.VPR, weight: 25 },
    { subject: g.VFA, weight: 35 },
    { subject: g.VSS, weight: 20 },
    { subject: g.VFR, weight: 20 },
  ],
};

const lessons = (entries: Array<[Subject, number]>) => entries.map(([s, n]) => ({ subject: s, lessons: n }));

/** The week of a trinn: 24 lessons in 1–2, 25 in 3–4, 29 in 5–7, 30 in 8–10. */
export function trinnPlan(trinn: number): TrinnPlan {
  if (trinn <= 2) {
    return { trinn, blocks: [], common: lessons([[g.NOR, 7], [g.MAT, 5], [g.ENG, 1], [g.NAT, 1], [g.SAF, 1], [g.RLE, 2], [g.KHV, 3], [g.MUS, 2], [g.KRO, 2]]) };
  }
  if (trinn <= 4) {
    return { trinn, blocks: [], common: lessons([[g.NOR, 6], [g.MAT, 5], [g.ENG, 2], [g.NAT, 2], [g.SAF, 2], [g.RLE, 2], [g.KHV, 3], [g.MUS, 1], [g.KRO, 2]]) };
  }
  if (trinn <= 7) {
    return {
      trinn,
      blocks: [],
      common: lessons([[g.NOR, 5], [g.MAT, 4], [g.ENG, 3], [g.NAT, 3], [g.SAF, 3], [g.RLE, 2], [g.KHV, 2], [g.MUS, 2], [g.MHE, 2], [g.KRO, 3]]),
    };
  }
  const common: Record<number, Array<[Subject, number]>> = {
    8: [[g.NOR, 4], [g.MAT, 4], [g.ENG, 3], [g.NAT, 3], [g.SAF, 3], [g.RLE, 2], [g.KHV, 2], [g.MUS, 1], [g.MHE, 2], [g.KRO, 2]],
    9: [[g.NOR, 4], [g.MAT, 4], [g.ENG, 3], [g.NAT, 3], [g.SAF, 3], [g.RLE, 2], [g.KHV, 2], [g.MUS, 1], [g.MHE, 1], [g.KRO, 2], [g.UTV, 1]],
    10: [[g.NOR, 4], [g.MAT, 4], [g.ENG, 3], [g.NAT, 3], [g.SAF, 3], [g.RLE, 2], [g.KHV, 2], [g.MUS, 1], [g.KRO, 3], [g.UTV, 1]],
  };
  const entries = common[trinn];
  if (!entries) throw new RangeError(`No trinn ${trinn} in grunnskolen`);
  return { trinn, blocks: [languageBlock, electiveBlock], common: lessons(entries) };
}

/** The subjects a barneskole's contact teacher (allmennlærer) teaches the own class. */
export const contactTeacherSubjects: ReadonlySet<string> = new Set([g.NOR.code, g.MAT.code, g.NAT.code, g.SAF.code, g.RLE.code]);

const shortKeys = new Map<string, string>(Object.entries(grunnskoleSubjects).map(([key, s]) => [s.code, key]));

/** The short name a group of the subject goes by ("8A/MAT", "9-Valgfag/VFA"). */
export function shortKeyOf(subject: Subject): string {
  return shortKeys.get(subject.code) ?? subject.code;
}
