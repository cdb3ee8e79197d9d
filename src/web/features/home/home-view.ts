/** Small decisions of the home view's pages, plain and tested (home-view.test.ts). */
import type { AccessLine } from '../../../shared/audit-api';
import type { HomeDocument, HomeMeeting, HomePlanVersion, HomeSession } from '../../../shared/home-api';

/** The document kinds the school sends (src/server/cases, src/server/ot), each with its words in home.documentKind.*. */
export const knownDocumentKinds = ['innkalling', 'referat', 'oppfolgingsavtale', 'tiltaksplan', 'oppfolgingsplan', 'aktivitetsplan', 'ukeplan'] as const;
export type KnownDocumentKind = (typeof knownDocumentKinds)[number] | 'other';

/** A stored document's kind is free text on the server: an unknown one is just "a document". */
export function documentKindKey(kind: string): KnownDocumentKind {
  return (knownDocumentKinds as readonly string[]).includes(kind) ? (kind as KnownDocumentKind) : 'other';
}

type Me = Pick<HomeSession, 'personKind' | 'method' | 'name'>;

/**
 * The day the signed-in person signed this version, or null. The server marks the version
 * `signedByMe`; the signature itself is theirs by kind and name, made with the way they signed
 * in (a guardian and the student may share a name only in theory: the kind tells them apart).
 */
export function mySignatureDate(version: Pick<HomePlanVersion, 'signatures' | 'signedByMe'>, me: Me): string | null {
  if (!version.signedByMe) return null;
  const mine = version.signatures.filter((s) => s.method === me.method && (s.signer ? s.signer.kind === me.personKind : s.role === me.personKind));
  const named = mine.filter((s) => s.name === me.name);
  const chosen = (named.length > 0 ? named : mine).map((s) => s.signedOn).sort();
  return chosen.at(-1) ?? null;
}

/** Meetings that have not started yet come first, soonest first; those past follow, latest first. */
export function meetingsInOrder(meetings: readonly HomeMeeting[], now: Date): { upcoming: HomeMeeting[]; past: HomeMeeting[] } {
  const at = (m: HomeMeeting) => new Date(m.startsAt).getTime();
  const upcoming = meetings.filter((m) => at(m) >= now.getTime()).sort((a, b) => at(a) - at(b));
  const past = meetings.filter((m) => at(m) < now.getTime()).sort((a, b) => at(b) - at(a));
  return { upcoming, past };
}

/** Newest first, as the school sent them. */
export function documentsInOrder(documents: readonly HomeDocument[]): HomeDocument[] {
  return [...documents].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** A line of the access report is one person's one kind of look at one thing on one day. */
export function accessLineKey(line: Pick<AccessLine, 'day' | 'firstAt' | 'action' | 'subject' | 'actor'>): string {
  return [line.day, line.firstAt, line.action, line.subject, line.actor?.staffId ?? 'system'].join('|');
}
