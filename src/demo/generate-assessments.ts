/**
 * What the school knows about the demo students besides absence: intake data (søkerdata) for
 * Vg1, midterm and half-year grades in every subject once their dates have passed, and a few
 * concern reports (meldinger) from teachers. Students with worrying absence are, as in life,
 * more likely to have weak intake data, low grades or IV, and a report.
 */
import { addDays, isoWeekday, type IsoDate } from '../domain/school-calendar.js';
import { groupByEach } from '../lib/group-by.js';
import type { GradeKind, GradeValue, TeacherReportKind } from '../domain/vocabulary.js';
import type { BuiltSchool, BuiltTeachingGroup } from './build-school.js';
import type { DemoAbsenceProfile, DemoDataset } from './demo-dataset.js';
import { buildGrade, buildIntakeData, buildTeacherReport, osloTime } from './factories.js';
import type { DemoSchoolYear } from './norwegian-school-year.js';
import type { Rng } from './random.js';

interface Context {
  dataset: DemoDataset;
  rng: Rng;
  built: BuiltSchool;
  profiles: ReadonlyMap<string, DemoAbsenceProfile>;
  year: DemoSchoolYear;
}

const worrying = new Set(['school_refusal', 'mondays', 'around_breaks', 'every_other_week', 'avoids_subject', 'siblings']);

/** Søkerdata for every Vg1 student; returns each one's grade average from lower secondary. */
export function addIntakeData(context: Context): Map<string, number> {
  const { dataset, rng, built, profiles, year } = context;
  const averages = new Map<string, number>();
  for (const c of built.classes) {
    if (c.plan.level !== 'Vg1') continue;
    for (const student of c.students) {
      const pattern = profiles.get(student.id)?.pattern ?? 'ordinary';
      const atRisk = worrying.has(pattern);
      // Vocational programmes admit on lower averages than Studiespesialisering; a weaker tail
      // gives the averages at or under 3 that the intake rules look for.
      const mean = (c.plan.programme === 'ST' ? 4.35 : 3.75) - (atRisk ? 0.6 : 0);
      const raw = rng.chance(atRisk ? 0.25 : 0.07) ? rng.normal(2.8, 0.4) : rng.normal(mean, 0.55);
      const average = round(clamp(raw, 1.8, 6), 2);
      averages.set(student.id, average);

      const weak = average <= 3;
      const missingOrOne = rng.chance(weak ? 0.3 : 0.03)
        ? rng.sample(['Matematikk', 'Norsk skriftlig', 'Engelsk skriftlig', 'Naturfag', 'Kroppsøving', 'Samfunnsfag'], rng.chance(0.7) ? 1 : 2)
        : [];
      const highAbsence = rng.chance(atRisk ? 0.5 : 0.08);
      dataset.intakeData.push(
        buildIntakeData({
          ownerId: dataset.ownerId,
          studentId: student.id,
          schoolYearId: built.schoolYear.id,
          gradeAverage: average,
          // Weak averages seldom win the first choice in the admission.
          admittedChoice: rng.weighted(average <= 3.2 ? [[1, 55], [2, 30], [3, 15]] : [[1, 85], [2, 10], [3, 5]]),
          subjectsWithGrade1OrMissing: missingOrOne,
          specialEducationNotice: rng.chance(weak ? 0.2 : 0.04),
          lowerSecondaryAbsencePercent: round(highAbsence ? rng.float(6.2, 16) : 0.5 + 4.5 * rng.next() ** 1.4, 1),
          // The main admission round (hovedinntaket) answers in July.
          receivedOn: `${year.startYear}-07-15`,
        }),
      );
    }
  }
  return averages;
}

/**
 * Grades for every student in every teaching group, for each assessment whose date has passed:
 * midtveisvurdering ~1 November and ~1 April, 1. halvårsvurdering ~15 January (docs/domain.md, "Core entities").
 */
export function addGrades(context: Context & { today: IsoDate; intakeAverages: ReadonlyMap<string, number> }): void {
  const { dataset, rng, built, profiles, year, today } = context;
  const rounds: Array<{ kind: GradeKind; on: IsoDate }> = [
    { kind: 'midtveis' as const, on: `${year.startYear}-11-01` },
    { kind: 'halvaar' as const, on: `${year.startYear + 1}-01-15` },
    { kind: 'midtveis' as const, on: `${year.startYear + 1}-04-01` },
  ].filter((r) => r.on <= today);
  if (rounds.length === 0) return;

  const ability = new Map<string, number>();
  for (const c of built.classes) {
    for (const student of c.students) {
      const intake = context.intakeAverages.get(student.id);
      const base = c.plan.programme === 'ST' ? 3.9 : 3.6;
      ability.set(student.id, intake !== undefined ? intake - 0.25 + rng.normal(0, 0.35) : rng.normal(base, 0.75));
    }
  }
  for (const group of built.teachingGroups) {
    const offset = subjectOffset(group);
    for (const studentId of group.studentIds) {
      const profile = profiles.get(studentId);
      for (const round of rounds) {
        dataset.grades.push(
          buildGrade({
            rng,
            ownerId: dataset.ownerId,
            studentId,
            groupId: group.group.id,
            subjectCode: group.subject.code,
            subjectName: group.subject.name,
            kind: round.kind,
            value: gradeFor(rng, ability.get(studentId)! + offset, profile, group.group.id),
            givenOn: round.on,
            registeredBy: group.teacherId,
          }),
        );
      }
    }
  }
}

function subjectOffset(group: BuiltTeachingGroup): number {
  switch (group.subject.area) {
    case 'kroppsoving':
      return 0.6;
    case 'matematikk':
      return -0.25;
    case 'helsefag':
    case 'elektrofag':
      return 0.2;
    default:
      return 0;
  }
}

function gradeFor(rng: Rng, level: number, profile: DemoAbsenceProfile | undefined, groupId: string): GradeValue {
  let value = level + rng.normal(0, 0.6);
  switch (profile?.pattern) {
    case 'school_refusal':
      if (rng.chance(0.3)) return 'IV';
      value -= 1.2;
      break;
    case 'avoids_subject':
      if (profile.avoidedGroupId === groupId) {
        if (rng.chance(0.4)) return 'IV';
        value -= 1.5;
      }
      break;
    case 'mondays':
    case 'around_breaks':
    case 'every_other_week':
    case 'siblings':
      value -= 0.4;
      break;
    default:
      break;
  }
  // Now and then a student has no basis for a grade for other reasons (long illness, late start).
  if (rng.chance(0.004)) return 'IV';
  return String(clamp(Math.round(value), 1, 6)) as GradeValue;
}

/** Report texts by kind; {fag} is the subject. Basic skills differ between numeracy and literacy. */
const reportTexts = {
  mistrivsel: [
    'Eleven virker lei seg og trukket tilbake i timene, og sitter ofte alene i friminuttene. Fraværet har økt de siste ukene.',
    'Eleven har sagt at det er tungt å komme på skolen og vanskelig å finne seg til rette i klassen. Ønsker at rådgiver tar en samtale.',
    'Eleven har virket sliten og ukonsentrert over lengre tid og har flere ganger gått hjem tidlig. Jeg er bekymret for trivselen.',
  ],
  regning: [
    'Eleven har store vansker med grunnleggende regning (brøk, prosent og likninger) og henger ikke med i {fag}. Ferdighetene ser ut til å ligge under kritisk nivå; kartlegging anbefales.',
  ],
  lesing_og_skriving: [
    'Eleven strever med å lese og forstå fagtekster i {fag} og leverer svært korte tekster. Ferdighetene ser ut til å ligge under kritisk nivå; kartlegging anbefales.',
    'Skriftlige innleveringer i {fag} viser så store vansker med setningsbygging og rettskriving at eleven ikke får vist kunnskapene sine.',
  ],
  fare_for_1_eller_iv: [
    'Eleven har mye fravær i {fag} og har ikke levert de to siste innleveringene. Står i fare for å få 1 eller IV til jul.',
    'Eleven har for lite vurderingsgrunnlag i {fag} etter høstens prøver. Fare for IV dersom fraværet ikke går ned.',
    'Eleven ligger an til karakteren 1 i {fag} og trenger en plan for oppfølging.',
  ],
  urealistiske_valg: [
    'Eleven ønsker å bli lege, men har valgt bort realfag og ligger lavt i naturfag. Trenger veiledning om opptakskrav og veier videre.',
    'Eleven vil søke et studium med høye opptakskrav, men har svake karakterer og mye fravær. Bør få en samtale med rådgiver om valg.',
    'Eleven sier at skolen ikke betyr noe fordi planen er å leve av e-sport. Ber rådgiver ta en samtale om utdanningsvalg.',
  ],
} as const;

function textsFor(kind: TeacherReportKind, group: BuiltTeachingGroup): readonly string[] {
  switch (kind) {
    case 'grunnleggende_ferdigheter':
      return group.subject.area === 'matematikk' ? reportTexts.regning : reportTexts.lesing_og_skriving;
    case 'skolemiljo':
    case 'mistrivsel':
      return reportTexts.mistrivsel;
    default:
      return reportTexts[kind];
  }
}

/** A handful of concern reports, from teachers who have the student, dated this school year. */
export function addTeacherReports(context: Context & { today: IsoDate; intakeAverages: ReadonlyMap<string, number> }): void {
  const { dataset, rng, built, profiles, year, today } = context;
  const first = addDays(year.startsOn, 21);
  const last = addDays(today, -1) < year.endsOn ? addDays(today, -1) : year.endsOn;
  if (last < first) return;

  const groupsOf = groupByEach(built.teachingGroups, (group) => group.studentIds);
  const students = built.classes.flatMap((c) => c.students.map((s) => ({ id: s.id, level: c.plan.level })));
  const withPattern = (pattern: string) => students.filter((s) => profiles.get(s.id)?.pattern === pattern);
  const wanted: Array<{ studentId: string; kind: TeacherReportKind; group?: BuiltTeachingGroup }> = [];

  for (const s of withPattern('school_refusal')) wanted.push({ studentId: s.id, kind: 'mistrivsel' });
  for (const s of withPattern('school_refusal').slice(0, 2)) {
    wanted.push({ studentId: s.id, kind: 'fare_for_1_eller_iv', group: rng.pick(groupsOf.get(s.id) ?? []) });
  }
  for (const s of withPattern('avoids_subject')) {
    const group = (groupsOf.get(s.id) ?? []).find((g) => g.group.id === profiles.get(s.id)?.avoidedGroupId);
    if (group) wanted.push({ studentId: s.id, kind: 'fare_for_1_eller_iv', group });
  }
  const weakReaders = students.filter((s) => (context.intakeAverages.get(s.id) ?? 6) <= 3);
  for (const s of rng.sample(weakReaders, 2)) {
    const basic = (groupsOf.get(s.id) ?? []).filter((g) => ['norsk', 'engelsk', 'matematikk'].includes(g.subject.area));
    if (basic.length > 0) wanted.push({ studentId: s.id, kind: 'grunnleggende_ferdigheter', group: rng.pick(basic) });
  }
  const dreamers = students.filter((s) => s.level !== 'Vg3' && profiles.get(s.id)?.pattern === 'ordinary');
  if (dreamers.length > 0) wanted.push({ studentId: rng.pick(dreamers).id, kind: 'urealistiske_valg' });

  const limit = Math.max(4, Math.round(students.length * 0.03));
  const textCounter = new Map<readonly string[], number>();
  for (const report of rng.shuffle(wanted).slice(0, limit)) {
    const group = report.group ?? rng.pick(groupsOf.get(report.studentId) ?? []);
    const subjectName = group.subject.name.charAt(0).toLowerCase() + group.subject.name.slice(1);
    // Going round the texts of a kind, so that two reports of one kind seldom read the same.
    const texts = textsFor(report.kind, group);
    const used = textCounter.get(texts) ?? rng.int(0, texts.length - 1);
    textCounter.set(texts, used + 1);
    dataset.teacherReports.push(
      buildTeacherReport({
        rng,
        ownerId: dataset.ownerId,
        studentId: report.studentId,
        reportedBy: group.teacherId,
        kind: report.kind,
        subjectCode: report.group ? report.group.subject.code : null,
        text: texts[used % texts.length]!.replace('{fag}', subjectName),
        createdAt: osloTime(weekdayBetween(rng, first, last), '14:30'),
      }),
    );
  }
}

/** A weekday from `first` to `last` (a weekend date moves back to the Friday, not before `first`). */
function weekdayBetween(rng: Rng, first: IsoDate, last: IsoDate): IsoDate {
  const span = Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000);
  let date = addDays(first, rng.int(0, span));
  while (isoWeekday(date) > 5 && date > first) date = addDays(date, -1);
  return date;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
