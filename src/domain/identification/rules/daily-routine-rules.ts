/**
 * The absence routine's daily and monthly steps (the absence seed, Søndre Land kommune):
 * absent with no notice → contact the home the same day; undocumented absence the home has not
 * explained → immediate contact; the monthly check → undocumented absence leads to a summons of the guardians.
 *
 * The windows they look back over are check-period.ts's `lookBack`, the one the monthly check's
 * page shows. Each finding's evidence key names the absence it is about (a date), never the day
 * or month the rules ran: a dismissed finding stays dismissed until there is new absence.
 */
import { lookBack, monthlyCheckTypes } from '../../checks/check-period.js';
import { addSchoolDays, type IsoDate } from '../../school-calendar.js';
import { inRange } from '../absence-facts.js';
import type { AbsenceRecordFact, IdentificationFacts } from '../facts.js';
import type { FlagCandidate } from '../flag.js';
import type { RuleSettings } from '../rule-profile.js';

const isUndocumented = (r: AbsenceRecordFact) => monthlyCheckTypes.includes(r.type);

function byDate(records: readonly AbsenceRecordFact[]): Map<IsoDate, AbsenceRecordFact[]> {
  const map = new Map<IsoDate, AbsenceRecordFact[]>();
  for (const r of records) map.set(r.date, [...(map.get(r.date) ?? []), r]);
  return map;
}

export function noNoticeRule(rules: RuleSettings, facts: IdentificationFacts): FlagCandidate[] {
  if (!rules.fravaerUtenMelding.enabled) return [];
  const today = facts.absence.filter((r) => r.date === facts.asOf && r.type !== 'forsentkomming' && !r.noticeFromHome);
  if (today.length === 0) return [];
  return [
    {
      ruleCode: 'fravaer_uten_melding',
      level: 'rod',
      evidenceKey: `fravaer_uten_melding:${facts.asOf}`,
      facts: { date: facts.asOf, lessons: today.reduce((n, r) => n + r.hours, 0) },
      evidenceIds: today.map((r) => r.id),
      tasks: [{ kind: 'kontakt_hjem', assignee: 'kontaktlaerer', dueOn: facts.asOf }],
    },
  ];
}

export function undocumentedRule(rules: RuleSettings, facts: IdentificationFacts): FlagCandidate[] {
  const s = rules.udokumentertFravaer;
  if (!s.enabled) return [];
  const { from, to } = lookBack(facts.asOf, s.withinDays);
  // With a notice from home the contact is made; the monthly check still counts the absence.
  const recent = inRange(facts.absence, from, to).filter((r) => isUndocumented(r) && !r.noticeFromHome);
  return [...byDate(recent)].map(([date, records]) => ({
    ruleCode: 'udokumentert_fravaer' as const,
    level: 'rod' as const,
    evidenceKey: `udokumentert_fravaer:${date}`,
    facts: { date, lessons: records.reduce((n, r) => n + r.hours, 0) },
    evidenceIds: records.map((r) => r.id),
    tasks: [{ kind: 'kontakt_hjem' as const, assignee: 'kontaktlaerer' as const, dueOn: facts.asOf }],
  }));
}

export function monthlyCheckRule(rules: RuleSettings, facts: IdentificationFacts): FlagCandidate[] {
  const s = rules.manedssjekk;
  if (!s.enabled) return [];
  const { from, to } = lookBack(facts.asOf, s.withinDays);
  const records = inRange(facts.absence, from, to).filter(isUndocumented);
  if (records.length === 0) return [];
  const dates = [...new Set(records.map((r) => r.date))].sort();
  const latest = dates.at(-1)!;
  return [
    {
      ruleCode: 'manedssjekk',
      level: 'rod',
      // The undocumented absence up to its latest day: as the window moves on with no new
      // absence the key stays, and a later day of absence is new evidence.
      evidenceKey: `manedssjekk:${latest}`,
      facts: { dates: dates.length, lessons: records.reduce((n, r) => n + r.hours, 0), from: dates[0]!, to: latest },
      evidenceIds: records.map((r) => r.id),
      tasks: [{ kind: 'innkall_foresatte', assignee: 'skoleleder', dueOn: addSchoolDays(facts.calendar, facts.asOf, 5) }],
    },
  ];
}
