import { describe, expect, it } from 'vitest';
import type { FlagCandidate } from './flag.js';
import { flagEvidence, reconcileFlags, type FlagEvidence, type StoredFlag } from './reconcile-flags.js';

const halfYear = (level: 'gul' | 'rod', days = level === 'rod' ? 7 : 3): FlagCandidate => ({
  ruleCode: 'fravaer_halvaar',
  facts: { days, hours: 0, yellowFromDays: 3, redFromDays: 7, yellowFromHours: 9, redAboveHours: 15, from: '2026-08-17', to: '2026-11-24' },
  level,
  evidenceKey: `fravaer_halvaar:2026-08-17:${level}`,
  evidenceIds: ['r1'],
  tasks: level === 'rod' ? [{ kind: 'vurder_tiltak', assignee: 'kontaktlaerer', dueOn: '2026-12-01' }] : [],
});
const inARow = (first: string): FlagCandidate => ({
  ruleCode: 'sammenhengende_fravaer',
  facts: { days: 3, fromDays: 3, first, last: first, ongoing: true },
  level: 'rod',
  evidenceKey: `sammenhengende_fravaer:${first}`,
  evidenceIds: ['r2'],
  tasks: [{ kind: 'kontakt_hjem', assignee: 'kontaktlaerer', dueOn: '2026-11-24' }],
});
const report = (id: string): FlagCandidate => ({
  ruleCode: 'melding',
  facts: { kind: 'mistrivsel', reportedOn: '2026-11-20' },
  level: 'gul',
  evidenceKey: `melding:${id}`,
  evidenceIds: [id],
  tasks: [],
});

type Stored = StoredFlag & { evidence: FlagEvidence };
const stored = (id: string, state: StoredFlag['state'], findings: FlagCandidate[], studentId = 's1'): Stored => ({
  id,
  studentId,
  concern: findings[0]!.ruleCode === 'melding' ? 'melding' : 'fravaersomfang',
  evidenceKeys: findings.map((f) => f.evidenceKey),
  state,
  level: findings.some((f) => f.level === 'rod') ? 'rod' : 'gul',
  evidence: flagEvidence(findings),
});
const same = (flag: Stored, evidence: FlagEvidence) => JSON.stringify(flag.evidence) === JSON.stringify(evidence);
const found = (...findings: FlagCandidate[]) => new Map([['s1', findings]]);

describe('reconcileFlags: one flag per concern', () => {
  it('raises one flag for the findings of one concern, at the highest of their levels, with every finding as evidence', () => {
    const changes = reconcileFlags(found(halfYear('gul'), inARow('2026-11-20'), report('m1')), [], same);
    expect(changes.refreshed).toEqual([]);
    expect(changes.raised.map((r) => [r.concern, r.level, r.ruleCode, r.evidenceKeys])).toEqual([
      ['fravaersomfang', 'rod', 'sammenhengende_fravaer', ['fravaer_halvaar:2026-08-17:gul', 'sammenhengende_fravaer:2026-11-20']],
      ['melding', 'gul', 'melding', ['melding:m1']],
    ]);
    const [volume] = changes.raised;
    // The leading finding's figures stay where a flag has always had them; every finding follows.
    expect(volume!.evidence.facts).toEqual(inARow('2026-11-20').facts);
    expect(volume!.evidence.findings.map((f) => f.ruleCode)).toEqual(['sammenhengende_fravaer', 'fravaer_halvaar']);
    expect(volume!.evidenceKey).toBe('fravaersomfang:sammenhengende_fravaer:2026-11-20');
    expect(volume!.newFindings.flatMap((f) => f.tasks.map((t) => t.kind))).toEqual(['kontakt_hjem']);
  });

  it('escalates an open flag from yellow to red within the flag, gathering the new evidence and giving only its tasks', () => {
    const open = stored('a', 'ny', [halfYear('gul')]);
    const changes = reconcileFlags(found(halfYear('rod')), [open], same);
    expect(changes.raised).toEqual([]);
    expect(changes.resolved).toEqual([]);
    expect(changes.refreshed).toHaveLength(1);
    const [r] = changes.refreshed;
    expect([r!.flag.id, r!.level]).toEqual(['a', 'rod']);
    expect(r!.evidenceKeys).toEqual(['fravaer_halvaar:2026-08-17:gul', 'fravaer_halvaar:2026-08-17:rod']);
    expect(r!.newFindings.flatMap((f) => f.tasks.map((t) => t.kind))).toEqual(['vurder_tiltak']);
  });

  it('keeps a confirmed flag confirmed while it escalates: the change names the stored flag, never a new one', () => {
    const confirmed = stored('a', 'bekreftet', [halfYear('gul')]);
    const changes = reconcileFlags(found(halfYear('gul'), inARow('2026-11-20')), [confirmed], same);
    expect(changes.raised).toEqual([]);
    expect(changes.refreshed.map((r) => [r.flag.id, r.flag.state, r.level])).toEqual([['a', 'bekreftet', 'rod']]);
  });

  it('leaves an open flag the rules find as before alone', () => {
    const open = stored('a', 'ny', [halfYear('gul'), inARow('2026-11-20')]);
    expect(reconcileFlags(found(halfYear('gul'), inARow('2026-11-20')), [open], same)).toEqual({ raised: [], refreshed: [], resolved: [] });
  });

  it('refreshes the figures of an open flag without giving its tasks again', () => {
    const open = stored('a', 'ny', [halfYear('gul', 3)]);
    const changes = reconcileFlags(found(halfYear('gul', 5)), [open], same);
    expect(changes.refreshed.map((r) => [r.level, r.newFindings.length])).toEqual([['gul', 0]]);
  });

  it('respects a dismissal: the same evidence raises nothing, new evidence raises a new flag with only the new evidence', () => {
    const dismissed = stored('a', 'avvist', [halfYear('gul')]);
    expect(reconcileFlags(found(halfYear('gul')), [dismissed], same)).toEqual({ raised: [], refreshed: [], resolved: [] });
    const changes = reconcileFlags(found(halfYear('gul'), halfYear('rod')), [dismissed], same);
    expect(changes.raised.map((r) => [r.level, r.evidenceKeys])).toEqual([['rod', ['fravaer_halvaar:2026-08-17:rod']]]);
  });

  it('resolves a new flag when no rule of its concern fires any more, and keeps a confirmed one for a person to resolve', () => {
    const open = stored('a', 'ny', [halfYear('gul')]);
    const confirmed = stored('b', 'bekreftet', [report('m1')]);
    const changes = reconcileFlags(found(), [open, confirmed], same);
    expect(changes.resolved).toEqual([{ flag: open, reasonCode: 'evidence_gone' }]);
    expect(changes.refreshed).toEqual([]);
  });

  it('gathers a second open flag of one concern (stored before one flag per concern) into the first', () => {
    const older = stored('a', 'bekreftet', [halfYear('gul')]);
    const twin = stored('b', 'ny', [inARow('2026-11-20')]);
    const changes = reconcileFlags(found(halfYear('gul'), inARow('2026-11-20')), [twin, older], same);
    expect(changes.resolved).toEqual([{ flag: twin, reasonCode: 'merged_into_concern' }]);
    expect(changes.refreshed.map((r) => [r.flag.id, r.level])).toEqual([['a', 'rod']]);
  });

  it('tells students apart', () => {
    const dismissed = stored('a', 'avvist', [report('m1')]);
    const changes = reconcileFlags(new Map([['s2', [report('m1')]]]), [dismissed], same);
    expect(changes.raised.map((r) => r.studentId)).toEqual(['s2']);
  });
});
