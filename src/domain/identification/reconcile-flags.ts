/**
 * What a re-evaluation changes: the rules' findings, by concern, held against the flags stored so
 * far. A student has at most one open flag (ny or bekreftet) per concern (concerns.ts):
 *
 * - findings of a concern with no open flag raise one new flag (state ny) that gathers them all;
 * - an open flag takes in the concern's findings as the rules see them now: it escalates (yellow
 *   → red) or calms down with them, and keeps its state — a confirmed flag stays confirmed;
 *   one the rules see as before is left alone, so an unchanged evaluation writes nothing;
 * - evidence that a dismissed or resolved flag rested on never raises a flag again, nor counts in
 *   an open one: only new evidence (another evidence key) does;
 * - a new flag none of whose findings the rules still find resolves itself. A confirmed one stays:
 *   a person confirmed it and a person resolves it.
 *
 * Each change says which findings are new to the flag: their tasks are the ones to give (or to
 * update, assign-flag-tasks.ts).
 */
import type { FlagState } from '../vocabulary.js';
import { byConcern, concernOfRule, leadFinding, type Concern } from './concerns.js';
import type { FlagCandidate, FlagLevel, RuleCode } from './flag.js';
import type { FlagResolutionCode } from './flag-resolution.js';

/** A flag as stored, as far as the comparison needs it. */
export interface StoredFlag {
  id: string;
  studentId: string;
  concern: Concern;
  /** The evidence keys of every finding the flag has gathered. */
  evidenceKeys: readonly string[];
  state: FlagState;
  level: string;
}

/** One rule's finding, as a flag keeps it among its evidence. */
export interface FindingEvidence {
  ruleCode: RuleCode;
  level: FlagLevel;
  evidenceKey: string;
  facts: FlagCandidate['facts'];
  records: string[];
}

/**
 * What a flag stores as its evidence: the leading finding's figures and records (`facts`,
 * `records`: what a flag has always stored, so that every reader of a flag reads it as before)
 * and every finding of the concern (`findings`), the leading one first.
 */
export interface FlagEvidence {
  facts: FlagCandidate['facts'];
  records: string[];
  findings: FindingEvidence[];
}

const asFinding = (c: FlagCandidate): FindingEvidence => ({ ruleCode: c.ruleCode, level: c.level, evidenceKey: c.evidenceKey, facts: c.facts, records: c.evidenceIds });

/** The evidence of a concern's findings (at least one), the leading finding first. */
export function flagEvidence(findings: readonly FlagCandidate[]): FlagEvidence {
  const lead = leadFinding(findings);
  return { facts: lead.facts, records: lead.evidenceIds, findings: [lead, ...findings.filter((f) => f !== lead)].map(asFinding) };
}

/** What a flag of these findings is: its level, the rule that leads it, its evidence. */
export interface FlagShape {
  concern: Concern;
  level: FlagLevel;
  ruleCode: RuleCode;
  evidence: FlagEvidence;
  evidenceKeys: string[];
  /** The findings new to the flag: their tasks are to be given. */
  newFindings: FlagCandidate[];
}

export interface FlagChanges<S extends StoredFlag> {
  /** `evidenceKey` names the new flag: its concern and the evidence it was raised for. */
  raised: Array<FlagShape & { studentId: string; evidenceKey: string }>;
  refreshed: Array<FlagShape & { flag: S }>;
  resolved: Array<{ flag: S; reasonCode: FlagResolutionCode }>;
}

const isOpen = (state: FlagState) => state === 'ny' || state === 'bekreftet';

function shape(concern: Concern, findings: readonly FlagCandidate[], known: readonly string[]): FlagShape {
  const lead = leadFinding(findings);
  const knownSet = new Set(known);
  const newFindings = findings.filter((f) => !knownSet.has(f.evidenceKey));
  return {
    concern,
    // The lead is the highest level's first finding: its level is the flag's.
    level: lead.level,
    ruleCode: lead.ruleCode,
    evidence: flagEvidence(findings),
    evidenceKeys: [...known, ...newFindings.map((f) => f.evidenceKey)],
    newFindings,
  };
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
  const changes: FlagChanges<S> = { raised: [], refreshed: [], resolved: [] };
  const storedOf = new Map<string, S[]>();
  for (const f of stored) storedOf.set(f.studentId, [...(storedOf.get(f.studentId) ?? []), f]);
  const students = new Set([...found.keys(), ...storedOf.keys()]);

  for (const studentId of students) {
    const findingsOf = byConcern(found.get(studentId) ?? []);
    const flagsOfStudent = storedOf.get(studentId) ?? [];
    const concernsHere = new Set<Concern>([...findingsOf.keys(), ...flagsOfStudent.map((f) => f.concern)]);
    for (const concern of concernsHere) {
      const flags = flagsOfStudent.filter((f) => f.concern === concern);
      const settled = new Set(flags.filter((f) => !isOpen(f.state)).flatMap((f) => f.evidenceKeys));
      // Only new evidence counts: what a person dismissed, or a flag resolved, stays settled.
      const findings = (findingsOf.get(concern) ?? []).filter((f) => !settled.has(f.evidenceKey) && !f.settledBy?.some((key) => settled.has(key)));
      // One open flag per concern: a confirmed one before a new one, then the oldest stored.
      const open = flags.filter((f) => isOpen(f.state)).sort((a, b) => Number(b.state === 'bekreftet') - Number(a.state === 'bekreftet'));
      const [keep, ...extra] = open;
      for (const flag of extra) if (flag.state === 'ny') changes.resolved.push({ flag, reasonCode: 'merged_into_concern' });
      if (!keep) {
        if (findings.length > 0) {
          const s = shape(concern, findings, []);
          changes.raised.push({ ...s, studentId, evidenceKey: `${concern}:${leadFinding(findings).evidenceKey}` });
        }
        continue;
      }
      if (findings.length === 0) {
        if (keep.state === 'ny') changes.resolved.push({ flag: keep, reasonCode: 'evidence_gone' });
        continue;
      }
      const s = shape(concern, findings, keep.evidenceKeys);
      if (s.newFindings.length > 0 || keep.level !== s.level || !sameEvidence(keep, s.evidence)) changes.refreshed.push({ ...s, flag: keep });
    }
  }
  return changes;
}

/** The concern of a rule code as stored (flags raised before concerns existed name only their rule). */
export const concernOfStoredRule = (ruleCode: string): Concern | undefined => concernOfRule[ruleCode as RuleCode];
