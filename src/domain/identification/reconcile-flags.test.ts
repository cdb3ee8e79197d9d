import { describe, expect, it } from 'vitest';
import type { FlagCandidate } from './flag.js';
import { flagEvidence, reconcileFlags, type FlagEvidence, type StoredFlag } from './reconcile-flags.js';

const candidate = (evidenceKey: string, level: 'gul' | 'rod' = 'gul', days = 5): FlagCandidate => ({
  ruleCode: 'ukesjekk',
  facts: { days, fromDays: 3, from: '2026-11-16', to: '2026-11-20' },
  level,
  evidenceKey,
  evidenceIds: ['r1'],
  tasks: [],
});
type Stored = StoredFlag & { evidence: FlagEvidence };
const stored = (id: string, studentId: string, c: FlagCandidate, state: StoredFlag['state']): Stored => ({
  id,
  studentId,
  evidenceKey: c.evidenceKey,
  state,
  level: c.level,
  evidence: flagEvidence(c),
});
const same = (flag: Stored, evidence: FlagEvidence) => JSON.stringify(flag.evidence) === JSON.stringify(evidence);

describe('reconcileFlags', () => {
  it('raises a flag for evidence with no flag yet', () => {
    const c = candidate('uke-47');
    const changes = reconcileFlags(new Map([['s1', [c]]]), [], same);
    expect(changes).toEqual({ raised: [{ studentId: 's1', candidate: c, evidence: flagEvidence(c) }], refreshed: [], resolved: [] });
  });

  it('leaves an open flag the rules find as before, and refreshes one whose level or evidence changed', () => {
    const before = candidate('uke-47');
    const open = [stored('a', 's1', before, 'ny'), stored('b', 's2', before, 'bekreftet'), stored('c', 's3', before, 'ny')];
    const redder = candidate('uke-47', 'rod');
    const longer = candidate('uke-47', 'gul', 6);
    const changes = reconcileFlags(new Map([['s1', [before]], ['s2', [redder]], ['s3', [longer]]]), open, same);
    expect(changes.raised).toEqual([]);
    expect(changes.resolved).toEqual([]);
    expect(changes.refreshed.map((r) => [r.flag.id, r.candidate.level, r.evidence])).toEqual([
      ['b', 'rod', flagEvidence(redder)],
      ['c', 'gul', flagEvidence(longer)],
    ]);
  });

  it('never raises a dismissed or resolved flag again for the same evidence, nor refreshes it', () => {
    const c = candidate('uke-47', 'rod', 9);
    const settled = [stored('a', 's1', candidate('uke-47'), 'avvist'), stored('b', 's2', candidate('uke-47'), 'lost')];
    expect(reconcileFlags(new Map([['s1', [c]], ['s2', [c]]]), settled, same)).toEqual({ raised: [], refreshed: [], resolved: [] });
  });

  it('resolves a new flag whose evidence is gone, but keeps a confirmed one for a person to resolve', () => {
    const gone = [stored('a', 's1', candidate('uke-46'), 'ny'), stored('b', 's1', candidate('uke-45'), 'bekreftet')];
    const changes = reconcileFlags(new Map([['s1', []]]), gone, same);
    expect(changes.resolved).toEqual([{ flag: gone[0], reasonCode: 'evidence_gone' }]);
    expect(changes.raised).toEqual([]);
  });

  it('tells students apart by their evidence key', () => {
    const c = candidate('uke-47');
    const changes = reconcileFlags(new Map([['s2', [c]]]), [stored('a', 's1', c, 'avvist')], same);
    expect(changes.raised.map((r) => r.studentId)).toEqual(['s2']);
  });
});
