/**
 * OT's entries about a youth as the history shows them. The contract keeps each entry's own
 * fields in `detail` (what was posted, without kind, day and status code); this reads them back
 * into one typed shape per kind, leaving out what is missing or of another type rather than
 * trusting it. Plain functions; no React.
 */
import type { z } from 'zod';
import type { otEntry } from '../../../shared/ot-api';
import type { OtStatusCode } from '../../../domain/ot/ot-codes';
import { contactChannels, informationChannels, informationRecipients, type ContactChannel, type InformationChannel, type InformationRecipient } from './ot-vocabulary';

export type OtEntry = z.infer<typeof otEntry>;

export type PlanStep = { what: string; who: string; by: string | null };

export type EntryView =
  | { kind: 'kontaktforsok'; channel: ContactChannel | null; reached: boolean | null; note: string }
  | { kind: 'status'; statusCode: OtStatusCode | null; note: string }
  | { kind: 'aktivitet'; what: string; provider: string; from: string | null; to: string | null }
  | { kind: 'plan'; goal: string; steps: PlanStep[] }
  | { kind: 'informasjon'; to: InformationRecipient[]; channel: InformationChannel | null }
  | { kind: 'notat'; text: string };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const date = (value: unknown): string | null => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null);
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : null;

function steps(value: unknown): PlanStep[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null)
    .map((s) => ({ what: text(s.what), who: text(s.who), by: date(s.by) }));
}

export function describeEntry(entry: OtEntry): EntryView {
  const d = entry.detail;
  switch (entry.kind) {
    case 'kontaktforsok':
      return { kind: entry.kind, channel: oneOf(contactChannels, d.channel), reached: typeof d.reached === 'boolean' ? d.reached : null, note: text(d.note) };
    case 'status':
      return { kind: entry.kind, statusCode: entry.statusCode, note: text(d.note) };
    case 'aktivitet':
      return { kind: entry.kind, what: text(d.what), provider: text(d.provider), from: date(d.from), to: date(d.to) };
    case 'plan':
      return { kind: entry.kind, goal: text(d.goal), steps: steps(d.steps) };
    case 'informasjon':
      return {
        kind: entry.kind,
        to: Array.isArray(d.to) ? informationRecipients.filter((r) => (d.to as unknown[]).includes(r)) : [],
        channel: oneOf(informationChannels, d.channel),
      };
    case 'notat':
      return { kind: entry.kind, text: text(d.text) };
  }
}

/** The history newest first: by day, then by when it was recorded. */
export function newestFirst(entries: readonly OtEntry[]): OtEntry[] {
  return [...entries].sort((a, b) => b.on.localeCompare(a.on) || b.createdAt.localeCompare(a.createdAt));
}
