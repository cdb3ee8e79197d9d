/**
 * What a re-evaluation changes: the rules' findings held against the flags stored so far.
 *
 * - a finding with no flag for its evidence raises a new flag (state ny);
 * - an open flag (ny or bekreftet) whose level or evidence the rules now see otherwise is
 *   refreshed; one they see as before is left alone, so an unchanged evaluation writes nothing;
 * - a dismissed or resolved flag is never raised again for the same evidence;
 * - a new flag the rules no longer find (the absence was documented, yellow turned red) resolves
 *   itself. A confirmed one stays: a person confirmed it and a person resolves it.
 */
import type { FlagState } from '../vocabulary.js';
import type { FlagCandidate } from './flag.js';
import type { FlagResolutionCode } from './flag-resolution.js';

/** A flag as stored, as far as the comparison needs it. */
export interface StoredFlag {
  id: string;
  studentId: string;
  evidenceKey: string;
  state: FlagState;
  level: string;
}

/** What a flag stores as its evidence: the rule's figures and the records it rests on. */
export interface FlagEvidence {
  facts: FlagCandidate['facts'];
  records: string[];
}

export const flagEvidence = (candidate: FlagCandidate): FlagEvidence => ({ facts: candidate.facts, records: candidate.evidenceIds });

export interface FlagChanges<S extends StoredFlag> {
  raised: Array<{ studentId: string; candidate: FlagCandidate; evidence: FlagEvidence }>;
  refreshed: Array<{ flag: S; candidate: FlagCandidate; evidence: FlagEvidence }>;
  resolved: Array<{ flag: S; reasonCode: FlagResolutionCode }>;
}

/**
 * @param found the rules' findings, by student, for every student evaluated
 * @param stored the stored flags of those students
 * @param sameEvidence whether a stored flag's evidence is this evidence (the store knows how it keeps it)
 */
export function reconcileFlags<S extends StoredFlag>(
  found: ReadonlyMap<string, readonly FlagCandidate[]>,
  stored: readonly S[],
  sameEvidence: (flag: S, evidence: FlagEvidence) => boolean,
): FlagChanges<S> {
  const keyOf = (studentId: string, evidenceKey: string) => `${studentId}|${evidenceKey}`;
  const storedOf = new Map(stored.map((f) => [keyOf(f.studentId, f.evidenceKey), f]));
  const changes: FlagChanges<S> = { raised: [], refreshed: [], resolved: [] };
  const stillFound = new Set<string>();
  for (const [studentId, candidates] of found) {
    for (const candidate of candidates) {
      const key = keyOf(studentId, candidate.evidenceKey);
      stillFound.add(key);
      const old = storedOf.get(key);
      const evidence = flagEvidence(candidate);
      if (!old) changes.raised.push({ studentId, candidate, evidence });
      else if ((old.state === 'ny' || old.state === 'bekreftet') && (old.level !== candidate.level || !sameEvidence(old, evidence))) {
        changes.refreshed.push({ flag: old, candidate, evidence });
      }
    }
  }
  for (const flag of stored) {
    if (flag.state === 'ny' && !stillFound.has(keyOf(flag.studentId, flag.evidenceKey))) changes.resolved.push({ flag, reasonCode: 'evidence_gone' });
  }
  return changes;
}
