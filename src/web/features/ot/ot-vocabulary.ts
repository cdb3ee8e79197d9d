/**
 * OT's vocabularies as the pages use them: the directorate's status codes in their groups, the
 * choices of the entry forms (the contract's enums, listed here once in the order people see
 * them), and the plain functions that order and filter the list. No React.
 */
import type { z } from 'zod';
import type { otAvklaringList, otEntryBody, youthSummary } from '../../../shared/ot-api';
import { defaultOtAgeLimit, seedOtAgeLimit, type OtLimitRunsTo } from '../../../domain/ot/ot-age-limit';
import { otStatusCodes, otStatusGroups, type OtStatusCode, type OtStatusGroup } from '../../../domain/ot/ot-codes';

export type YouthSummary = z.infer<typeof youthSummary>;
export type OtAvklaring = z.infer<typeof otAvklaringList>['avklaringar'][number];
type EntryInput = z.input<typeof otEntryBody>;
type EntryOf<K extends EntryInput['kind']> = Extract<EntryInput, { kind: K }>;

export type ContactChannel = EntryOf<'kontaktforsok'>['channel'];
export type InformationChannel = EntryOf<'informasjon'>['channel'];
export type InformationRecipient = EntryOf<'informasjon'>['to'][number];

/** How OT tried to reach the youth, the most usual first. */
export const contactChannels = ['telefon', 'sms', 'e_post', 'brev', 'mote', 'heimebesok'] as const satisfies readonly ContactChannel[];
/** How the written information about the right went out. */
export const informationChannels = ['brev', 'digital_post', 'e_post', 'mote'] as const satisfies readonly InformationChannel[];
export const informationRecipients = ['ungdom', 'foresette'] as const satisfies readonly InformationRecipient[];

/** The kinds of entry a person records from the youth's page, in the order of the buttons (the plan has its own section). */
export const recordableKinds = ['kontaktforsok', 'status', 'aktivitet', 'informasjon', 'notat'] as const satisfies readonly EntryInput['kind'][];
export type RecordableKind = (typeof recordableKinds)[number];

/** The status codes of each group, in the directorate's order: for a grouped choice. */
export function statusCodesByGroup(): Array<{ group: OtStatusGroup; codes: OtStatusCode[] }> {
  const codes = Object.keys(otStatusCodes) as OtStatusCode[];
  return otStatusGroups.map((group) => ({ group, codes: codes.filter((code) => otStatusCodes[code] === group) }));
}

/** The status-group filter of the list: every group, or one. */
export type GroupFilter = OtStatusGroup | 'alle';

export function parseGroupFilter(value: string | null): GroupFilter {
  return value && (otStatusGroups as readonly string[]).includes(value) ? (value as OtStatusGroup) : 'alle';
}

/**
 * The list in sections, one per status group in the directorate's order (those OT has not reached
 * first), each by name; an empty group is left out. `filter` keeps one group.
 */
export function youthByGroup(youth: readonly YouthSummary[], filter: GroupFilter = 'alle', locale = 'nb'): Array<{ group: OtStatusGroup; youth: YouthSummary[] }> {
  const collator = new Intl.Collator(locale);
  return otStatusGroups
    .filter((group) => filter === 'alle' || group === filter)
    .map((group) => ({
      group,
      youth: youth.filter((y) => y.statusGroup === group).sort((a, b) => collator.compare(a.student.name, b.student.name) || a.id.localeCompare(b.id)),
    }))
    .filter((section) => section.youth.length > 0);
}

/**
 * The clarification meetings OT takes part in, as coming (a meeting ahead, or none summoned yet
 * in an open case) and earlier (held, signed, missed or closed), the nearest first in each.
 */
export function splitAvklaringar(avklaringar: readonly OtAvklaring[], now: Date): { coming: OtAvklaring[]; earlier: OtAvklaring[] } {
  const at = (a: OtAvklaring) => (a.meetingAt ? Date.parse(a.meetingAt) : Number.NaN);
  const isComing = (a: OtAvklaring) => a.status === 'aapen' && a.signedAt === null && (a.meetingAt === null || at(a) >= now.getTime());
  const coming = avklaringar.filter(isComing).sort((a, b) => {
    // Summoned meetings by their time; those not yet summoned after them.
    if (a.meetingAt === null || b.meetingAt === null) return (a.meetingAt === null ? 1 : 0) - (b.meetingAt === null ? 1 : 0);
    return at(a) - at(b);
  });
  const when = (a: OtAvklaring) => a.signedAt ?? a.meetingAt ?? '';
  const earlier = avklaringar.filter((a) => !isComing(a)).sort((a, b) => when(b).localeCompare(when(a)));
  return { coming, earlier };
}

/** The last 30 June on or before `today`: the usual day of OT's yearly snapshot. */
export function lastJune30(today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-06-30`;
  return today >= thisYear ? thisYear : `${year - 1}-06-30`;
}

/** Which reading of the age limit the owner's setting is: the law in force, the seed's routine, or the owner's own. */
export function ageLimitReading(limit: { ageLimit: number; runsTo: OtLimitRunsTo }): 'lov' | 'rutine' | 'eige' {
  if (limit.ageLimit === defaultOtAgeLimit.age && limit.runsTo === defaultOtAgeLimit.runsTo) return 'lov';
  if (limit.ageLimit === seedOtAgeLimit.age && limit.runsTo === seedOtAgeLimit.runsTo) return 'rutine';
  return 'eige';
}

type Advisor = { staffId: string; name: string };

/**
 * The advisors a youth can be given: the person signed in first, then the owner's other OT
 * advisors (GET /api/ot/advisors) and the youth's own, each once, by name.
 */
export function advisorChoices(me: Advisor, current: Advisor | null, advisors: readonly Advisor[], locale = 'nb'): Array<Advisor & { me: boolean }> {
  const others = new Map<string, string>();
  for (const a of [current, ...advisors]) {
    if (a && a.staffId !== me.staffId) others.set(a.staffId, a.name);
  }
  const collator = new Intl.Collator(locale);
  return [
    { ...me, me: true },
    ...[...others].map(([staffId, name]) => ({ staffId, name, me: false })).sort((a, b) => collator.compare(a.name, b.name)),
  ];
}

/** A status group's count among the statistics' rows: a group missing from them has none; null ("fewer than 5") stays null. */
export function groupCount(rows: ReadonlyArray<{ group: OtStatusGroup; count: number | null }>, group: OtStatusGroup): number | null {
  const row = rows.find((r) => r.group === group);
  return row ? row.count : 0;
}
