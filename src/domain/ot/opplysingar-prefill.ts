/**
 * The form's part "Opplysingar om eleven", prefilled from what Varde knows (the seed: the school
 * fills it in before the meeting): the programme and class, the absence this school year, the
 * latest grade in each subject (a 1 or IV first), and the measures of the student's earlier plans.
 * Written in the form's language; the school edits every field before it counts as filled in.
 */
import { absenceTotals, type AbsenceFact } from '../absence-totals.js';
import type { PlanWithContent } from '../plans/plan-content.js';
import type { IsoDate } from '../school-calendar.js';
import type { CaseKind, GradeKind, GradeValue } from '../vocabulary.js';

export type FormLanguage = 'nb' | 'nn';

export interface OpplysingarFacts {
  className: string | null;
  /** The class's programme and level as the school system names them (e.g. "Studiespesialisering", "Vg1"). */
  programme: string | null;
  level: string | null;
  /** The school year's absence so far, from its first day to today; null without a school year. */
  absence: { from: IsoDate; to: IsoDate; records: readonly AbsenceFact[] } | null;
  grades: ReadonlyArray<{ subjectCode: string; subjectName: string; kind: GradeKind; value: GradeValue; givenOn: IsoDate }>;
  /** The latest version of each plan of the student's earlier (or other) cases. */
  earlierPlans: ReadonlyArray<{ caseKind: CaseKind; madeOn: IsoDate; plan: PlanWithContent }>;
}

export interface PrefilledOpplysingar {
  programme: string;
  className: string;
  absence: string;
  grades: string;
  earlierMeasures: string;
  background: string;
}

const words = {
  nb: {
    noSchoolYear: 'Ingen skoleårsdata i Varde.',
    absence: (from: string, to: string) => `Dette skoleåret (${from}–${to}):`,
    days: (n: number) => `${n} ${n === 1 ? 'hel dag' : 'hele dager'}`,
    hours: (n: number) => `${n} ${n === 1 ? 'enkelttime' : 'enkelttimer'}`,
    undocumented: (n: number) => `${n} av timene uten dokumentasjon`,
    late: (n: number) => `${n} ${n === 1 ? 'gang' : 'ganger'} for sent`,
    noAbsence: 'Ikke noe fravær registrert.',
    noGrades: 'Ingen karakterer registrert i Varde.',
    failing: (subjects: string) => `Karakteren 1 eller IV i: ${subjects}.`,
    gradeKind: { midtveis: 'midtveisvurdering', halvaar: 'halvårsvurdering', standpunkt: 'standpunkt' } satisfies Record<GradeKind, string>,
    noMeasures: 'Ingen tidligere tiltak registrert i Varde.',
    plan: { tiltaksplan: 'Tiltaksplan', oppfolgingsplan: 'Oppfølgingsplan', aktivitetsplan: 'Aktivitetsplan', ukeplan: 'Ukeplan' },
    caseKind: { fravaer: 'fravær', iko: 'IKO', skolemiljo: 'skolemiljø', ot_avklaring: 'avklaring med OT' } satisfies Record<CaseKind, string>,
  },
  nn: {
    noSchoolYear: 'Ingen skuleårsdata i Varde.',
    absence: (from: string, to: string) => `Dette skuleåret (${from}–${to}):`,
    days: (n: number) => `${n} ${n === 1 ? 'heil dag' : 'heile dagar'}`,
    hours: (n: number) => `${n} ${n === 1 ? 'enkelttime' : 'enkelttimar'}`,
    undocumented: (n: number) => `${n} av timane utan dokumentasjon`,
    late: (n: number) => `${n} ${n === 1 ? 'gong' : 'gonger'} for seint`,
    noAbsence: 'Ikkje noko fråvær registrert.',
    noGrades: 'Ingen karakterar registrerte i Varde.',
    failing: (subjects: string) => `Karakteren 1 eller IV i: ${subjects}.`,
    gradeKind: { midtveis: 'midtvegsvurdering', halvaar: 'halvårsvurdering', standpunkt: 'standpunkt' } satisfies Record<GradeKind, string>,
    noMeasures: 'Ingen tidlegare tiltak registrerte i Varde.',
    plan: { tiltaksplan: 'Tiltaksplan', oppfolgingsplan: 'Oppfølgingsplan', aktivitetsplan: 'Aktivitetsplan', ukeplan: 'Vekeplan' },
    caseKind: { fravaer: 'fråvær', iko: 'IKO', skolemiljo: 'skulemiljø', ot_avklaring: 'avklaring med OT' } satisfies Record<CaseKind, string>,
  },
} as const;

/** "23.11.2026". */
function shortDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

const failing = (value: GradeValue) => value === '1' || value === 'IV';

/** The measures a plan names, in its own words. */
export function planMeasures(plan: PlanWithContent): string[] {
  switch (plan.kind) {
    case 'tiltaksplan':
      return plan.content.rows.map((r) => r.measure);
    case 'oppfolgingsplan':
      return [plan.content.measuresAndGoal, ...plan.content.responsibilities.map((r) => r.task)];
    case 'aktivitetsplan':
      return plan.content.measures.map((m) => m.measure);
    case 'ukeplan':
      return plan.content.entries.map((e) => e.what);
  }
}

export function prefillOpplysingar(facts: OpplysingarFacts, language: FormLanguage): PrefilledOpplysingar {
  const w = words[language];
  return {
    programme: clip([facts.programme, facts.level].filter((p): p is string => !!p && p.trim() !== '').join(', '), opplysingarLimits.programme),
    className: clip(facts.className ?? '', opplysingarLimits.className),
    absence: clip(absenceText(facts.absence, w), opplysingarLimits.absence),
    grades: clip(gradesText(facts.grades, w), opplysingarLimits.grades),
    earlierMeasures: clip(measuresText(facts.earlierPlans, w), opplysingarLimits.earlierMeasures),
    background: '',
  };
}

/** The longest each field may be (the contract's limits): a long history is cut, never refused. */
export const opplysingarLimits = { programme: 300, className: 100, absence: 2000, grades: 2000, earlierMeasures: 4000, background: 4000 } as const;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

type Words = (typeof words)[FormLanguage];

function absenceText(absence: OpplysingarFacts['absence'], w: Words): string {
  if (!absence) return w.noSchoolYear;
  const totals = absenceTotals(absence.records);
  const parts = [
    ...(totals.days > 0 ? [w.days(totals.days)] : []),
    ...(totals.hours > 0 ? [w.hours(totals.hours)] : []),
    ...(totals.undocumentedHours > 0 ? [w.undocumented(totals.undocumentedHours)] : []),
    ...(totals.lateArrivals > 0 ? [w.late(totals.lateArrivals)] : []),
  ];
  return `${w.absence(shortDate(absence.from), shortDate(absence.to))} ${parts.length > 0 ? `${parts.join(', ')}.` : w.noAbsence}`;
}

function gradesText(grades: OpplysingarFacts['grades'], w: Words): string {
  // The latest grade in each subject: a later assessment replaces an earlier one.
  const latest = new Map<string, OpplysingarFacts['grades'][number]>();
  for (const g of [...grades].sort((a, b) => a.givenOn.localeCompare(b.givenOn))) latest.set(g.subjectCode, g);
  if (latest.size === 0) return w.noGrades;
  const rows = [...latest.values()].sort((a, b) => Number(failing(b.value)) - Number(failing(a.value)) || a.subjectName.localeCompare(b.subjectName, 'nb'));
  const failed = rows.filter((g) => failing(g.value));
  return [
    ...(failed.length > 0 ? [w.failing(failed.map((g) => `${g.subjectName} (${g.value})`).join(', '))] : []),
    ...rows.map((g) => `${g.subjectName}: ${g.value} (${w.gradeKind[g.kind]}, ${shortDate(g.givenOn)})`),
  ].join('\n');
}

function measuresText(plans: OpplysingarFacts['earlierPlans'], w: Words): string {
  const lines = [...plans]
    .sort((a, b) => a.madeOn.localeCompare(b.madeOn))
    .map((p) => {
      // Stryker disable next-line MethodExpression,ConditionalExpression,StringLiteral: the plans come through planContent, whose measures are trimmed and never empty
      const measures = [...new Set(planMeasures(p.plan).map((m) => m.trim()).filter((m) => m !== ''))];
      return `${w.plan[p.plan.kind]} (${w.caseKind[p.caseKind]}, ${shortDate(p.madeOn)}): ${measures.join('; ')}`;
    });
  return lines.length > 0 ? lines.join('\n') : w.noMeasures;
}
