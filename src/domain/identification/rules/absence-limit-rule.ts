/**
 * The absence limit per subject in upper secondary (fraværsgrensen): undocumented absence above
 * 10 % of the lessons means, as a main rule, no half-year or final grade; up to 15 % the
 * principal may still allow one. The student must be warned before the grade is lost, so a
 * warning comes first, from `warnFromPercent`. The share is of the lessons held so far.
 */
import { addSchoolDays, isoWeekday } from '../../school-calendar.js';
import { counted, inRange, schoolDaysPerWeekday, termSoFar } from '../absence-facts.js';
import type { IdentificationFacts } from '../facts.js';
import { limitBands, type FlagCandidate, type LimitBand } from '../flag.js';
import type { RuleSettings } from '../rule-profile.js';
import { hasAbsenceLimit } from '../../school-kind-features.js';

export type { LimitBand };

export interface SubjectAbsence {
  groupId: string;
  subjectName: string;
  lessonsHeld: number;
  lessonsMissed: number;
  percent: number | null;
  band: LimitBand | null;
}

/** Each subject's undocumented absence against the limit: the figures the web app shows too. */
export function subjectAbsence(rules: RuleSettings, facts: IdentificationFacts): SubjectAbsence[] {
  const s = rules.fravaersgrense;
  const { from, to } = termSoFar(facts);
  const days = schoolDaysPerWeekday(facts.calendar, from, to);
  const records = inRange(counted(facts.absence, s.counts), from, to);
  const groups = new Map<string, { subjectName: string; perWeekday: number[] }>();
  for (const slot of facts.timetable) {
    const g = groups.get(slot.groupId) ?? { subjectName: slot.subjectName, perWeekday: [0, 0, 0, 0, 0, 0, 0, 0] };
    g.perWeekday[slot.weekday]!++;
    groups.set(slot.groupId, g);
  }
  return [...groups].map(([groupId, g]) => {
    const lessonsHeld = g.perWeekday.reduce((sum, lessons, weekday) => sum + lessons * (days[weekday] ?? 0), 0);
    let lessonsMissed = 0;
    for (const r of records) {
      if (r.scope === 'time' && r.groupId === groupId) lessonsMissed += r.hours;
      // A whole day away misses every lesson of the subject that day.
      else if (r.scope === 'dag') lessonsMissed += g.perWeekday[isoWeekday(r.date)] ?? 0;
    }
    const percent = lessonsHeld >= s.minLessonsHeld ? (100 * lessonsMissed) / lessonsHeld : null;
    const band: LimitBand | null =
      percent === null
        ? null
        : percent > s.discretionUpToPercent
          ? 'over_skjonn'
          : percent > s.limitPercent
            ? 'over_grensen'
            : percent >= s.warnFromPercent
              ? 'varsel'
              : null;
    return { groupId, subjectName: g.subjectName, lessonsHeld, lessonsMissed, percent, band };
  });
}

const bandKey = (termStart: string, groupId: string, band: LimitBand) => `fravaersgrense:${termStart}:${groupId}:${band}`;

export function absenceLimitRule(rules: RuleSettings, facts: IdentificationFacts): FlagCandidate[] {
  const s = rules.fravaersgrense;
  if (!s.enabled || !hasAbsenceLimit(facts.student.schoolKind)) return [];
  return subjectAbsence(rules, facts)
    .filter((a) => a.band !== null)
    .map((a) => ({
      ruleCode: 'fravaersgrense' as const,
      level: a.band === 'varsel' ? ('gul' as const) : ('rod' as const),
      evidenceKey: bandKey(facts.term.startsOn, a.groupId, a.band!),
      // The share falls as lessons are held with no new absence: a decision on a higher band stands.
      settledBy: limitBands.slice(limitBands.indexOf(a.band!) + 1).map((higher) => bandKey(facts.term.startsOn, a.groupId, higher)),
      facts: {
        subject: a.subjectName,
        band: a.band!,
        percent: Math.round(a.percent! * 10) / 10,
        lessonsMissed: a.lessonsMissed,
        lessonsHeld: a.lessonsHeld,
        warnFromPercent: s.warnFromPercent,
        limitPercent: s.limitPercent,
        discretionUpToPercent: s.discretionUpToPercent,
      },
      evidenceIds: [],
      tasks: [
        a.band === 'varsel'
          ? { kind: 'varsle_elev' as const, assignee: 'kontaktlaerer' as const, dueOn: addSchoolDays(facts.calendar, facts.asOf, 3) }
          : { kind: 'informer_rektor' as const, assignee: 'kontaktlaerer' as const, dueOn: addSchoolDays(facts.calendar, facts.asOf, 3) },
      ],
    }));
}
