/**
 * What OT's list says of each youth, read from the follow-up's entries (ot-follow-up.ts): the
 * status today and since when, the last time OT reached the youth, the current plan, and whether
 * the guardians of a minor still lack the written information about the right to follow-up.
 * Pure: the entries come from src/data/ot/.
 */
import type { IsoDate } from '../school-calendar.js';
import type { OtStatusCode } from './ot-codes.js';
import { guardiansInformed, statusOn, type OtEntryKind, type StatusEntry } from './ot-follow-up.js';

export interface FollowUpEntry {
  kind: OtEntryKind;
  on: IsoDate;
  statusCode: OtStatusCode | null;
  detail: Readonly<Record<string, unknown>>;
  /** Order of recording, for two entries on one day. */
  createdAt: string;
}

export interface FollowUpPlan {
  goal: string;
  steps: Array<{ what: string; who: string; by: IsoDate | null }>;
}

const later = (a: FollowUpEntry, b: FollowUpEntry) => a.on > b.on || (a.on === b.on && a.createdAt > b.createdAt);

/** The latest entry of a kind on or before the day that passes `test`. */
function latest(entries: readonly FollowUpEntry[], today: IsoDate, test: (e: FollowUpEntry) => boolean): FollowUpEntry | undefined {
  let found: FollowUpEntry | undefined;
  for (const e of entries) if (e.on <= today && test(e) && (!found || later(e, found))) found = e;
  return found;
}

export function statusEntries(entries: readonly FollowUpEntry[]): StatusEntry[] {
  // Stryker disable next-line LogicalOperator,ConditionalExpression: every status entry has a code and no other entry has one (the check ot_follow_up_entries_status), so either half alone decides
  return entries.filter((e): e is FollowUpEntry & { statusCode: OtStatusCode } => e.kind === 'status' && e.statusCode !== null).map((e) => ({ on: e.on, statusCode: e.statusCode, createdAt: e.createdAt }));
}

export interface YouthFollowUpSummary {
  status: OtStatusCode;
  /** The day of the status in force: its entry's day, or the day the youth left school (OTUK from then). */
  statusSince: IsoDate;
  /** The last contact attempt that reached the youth. */
  lastContactOn: IsoDate | null;
  plan: FollowUpPlan | null;
  /** A minor whose guardians have not had the written information about the right to follow-up. */
  guardiansToInform: boolean;
}

export function youthFollowUpSummary(youth: { birthDate: IsoDate | null; leftOn: IsoDate }, entries: readonly FollowUpEntry[], today: IsoDate): YouthFollowUpSummary {
  // Stryker disable next-line LogicalOperator,ConditionalExpression: every status entry has a code and no other entry has one (the check ot_follow_up_entries_status), so either half alone decides
  const status = latest(entries, today, (e) => e.kind === 'status' && e.statusCode !== null);
  const contact = latest(entries, today, (e) => e.kind === 'kontaktforsok' && e.detail.reached === true);
  const plan = latest(entries, today, (e) => e.kind === 'plan');
  const informed = entries.some((e) => e.kind === 'informasjon' && Array.isArray(e.detail.to) && e.detail.to.includes('foresette'));
  return {
    status: statusOn(statusEntries(entries), today),
    statusSince: status?.on ?? youth.leftOn,
    lastContactOn: contact?.on ?? null,
    // Stryker disable next-line StringLiteral: every plan entry has a goal (the API requires one); the fallback only satisfies the type
    plan: plan ? { goal: String(plan.detail.goal ?? ''), steps: Array.isArray(plan.detail.steps) ? (plan.detail.steps as FollowUpPlan['steps']) : [] } : null,
    guardiansToInform: guardiansInformed(youth.birthDate, today) && !informed,
  };
}
