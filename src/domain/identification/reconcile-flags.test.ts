import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concernOfRule } from './concerns.js';
import type { FlagCandidate } from './flag.js';
import { concernOfStoredRule, flagEvidence, reconcileFlags, type FlagEvidence, type StoredFlag } from './reconcile-flags.js';

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

describe('reconcileFlags: what a person decided stays decided', () => {
  it('keeps the evidence of a dismissed flag out of the open flag of its concern too', () => {
    const dismissed = stored('a', 'avvist', [halfYear('gul')]);
    const open = stored('b', 'ny', [inARow('2026-11-20')]);
    expect(reconcileFlags(found(halfYear('gul'), inARow('2026-11-20')), [dismissed, open], same)).toEqual({ raised: [], refreshed: [], resolved: [] });
  });

  it('raises nothing again for the evidence of a resolved flag, and a new flag for new evidence only', () => {
    const resolved = stored('a', 'lost', [halfYear('gul')]);
    expect(reconcileFlags(found(halfYear('gul')), [resolved], same)).toEqual({ raised: [], refreshed: [], resolved: [] });
    const changes = reconcileFlags(found(halfYear('gul'), inARow('2026-11-20')), [resolved], same);
    expect(changes.raised.map((r) => [r.concern, r.level, r.evidenceKeys, r.evidenceKey])).toEqual([
      ['fravaersomfang', 'rod', ['sammenhengende_fravaer:2026-11-20'], 'fravaersomfang:sammenhengende_fravaer:2026-11-20'],
    ]);
    expect(changes.resolved).toEqual([]);
  });

  it('resolves a new flag once a person has settled all its evidence under another flag, as if the evidence were gone', () => {
    const dismissed = stored('a', 'avvist', [halfYear('gul')]);
    const open = stored('b', 'ny', [halfYear('gul')]);
    expect(reconcileFlags(found(halfYear('gul')), [dismissed, open], same).resolved).toEqual([{ flag: open, reasonCode: 'evidence_gone' }]);
  });

  it('resolves the new flag of a student no rule finds anything about any more', () => {
    const open = stored('a', 'ny', [report('m1')], 's2');
    expect(reconcileFlags(new Map(), [open], same)).toEqual({ raised: [], refreshed: [], resolved: [{ flag: open, reasonCode: 'evidence_gone' }] });
  });

  it('keeps two confirmed flags of one concern: a person confirmed each, and a person resolves them', () => {
    const first = stored('a', 'bekreftet', [halfYear('gul')]);
    const second = stored('b', 'bekreftet', [inARow('2026-11-20')]);
    const changes = reconcileFlags(found(halfYear('gul'), inARow('2026-11-20')), [first, second], same);
    expect(changes.resolved).toEqual([]);
    expect(changes.refreshed.map((r) => r.flag.id)).toEqual(['a']);
  });

  it('of two new flags of one concern keeps the one stored first and gathers the other into it', () => {
    const first = stored('a', 'ny', [halfYear('gul')]);
    const second = stored('b', 'ny', [inARow('2026-11-20')]);
    const changes = reconcileFlags(found(halfYear('gul'), inARow('2026-11-20')), [first, second], same);
    expect(changes.resolved).toEqual([{ flag: second, reasonCode: 'merged_into_concern' }]);
    expect(changes.refreshed.map((r) => [r.flag.id, r.level, r.evidenceKeys])).toEqual([['a', 'rod', ['fravaer_halvaar:2026-08-17:gul', 'sammenhengende_fravaer:2026-11-20']]]);
  });

  it('counts a finding as settled when a person decided on the same evidence judged more severely (settledBy)', () => {
    const limit = (band: 'varsel' | 'over_grensen', settledBy?: string[]): FlagCandidate => ({
      ruleCode: 'fravaersgrense',
      facts: { subject: 'MAT', band, percent: 8, lessonsMissed: 8, lessonsHeld: 100, warnFromPercent: 7, limitPercent: 10, discretionUpToPercent: 15 },
      level: band === 'varsel' ? 'gul' : 'rod',
      evidenceKey: `fravaersgrense:2026-08-17:g-MAT:${band}`,
      ...(settledBy ? { settledBy } : {}),
      evidenceIds: [],
      tasks: [],
    });
    const dismissedRed: Stored = { ...stored('a', 'avvist', [limit('over_grensen')]), concern: 'fravaersgrense' };
    // The share fell back to the warning band with no new absence: the dismissal stands.
    expect(reconcileFlags(found(limit('varsel', ['fravaersgrense:2026-08-17:g-MAT:over_grensen'])), [dismissedRed], same).raised).toEqual([]);
    // A warning that no decision on a higher band covers is new evidence.
    expect(reconcileFlags(found(limit('varsel', ['fravaersgrense:2026-08-17:g-MAT:over_skjonn'])), [dismissedRed], same).raised).toHaveLength(1);
    expect(reconcileFlags(found(limit('varsel')), [dismissedRed], same).raised).toHaveLength(1);
  });
});

describe('reconcileFlags: an open flag follows the facts', () => {
  it('calms down from red to yellow when the red evidence is gone, keeping the evidence it gathered and giving no task', () => {
    const red = stored('a', 'bekreftet', [halfYear('gul'), inARow('2026-11-20')]);
    const changes = reconcileFlags(found(halfYear('gul')), [red], same);
    expect(changes.refreshed.map((r) => [r.flag.state, r.level, r.ruleCode, r.evidenceKeys, r.newFindings])).toEqual([
      ['bekreftet', 'gul', 'fravaer_halvaar', ['fravaer_halvaar:2026-08-17:gul', 'sammenhengende_fravaer:2026-11-20'], []],
    ]);
    expect(changes.resolved).toEqual([]);
  });

  it('takes in a new finding, and gives its tasks, whatever the store says of the evidence', () => {
    const open = stored('a', 'ny', [halfYear('rod')]);
    const changes = reconcileFlags(found(halfYear('rod'), inARow('2026-11-20')), [open], () => true);
    expect(changes.refreshed.map((r) => [r.level, r.newFindings.map((f) => f.evidenceKey)])).toEqual([['rod', ['sammenhengende_fravaer:2026-11-20']]]);
  });

  it('changes a flag whose level differs from the findings’ even when the store reads its evidence as the same', () => {
    const red = stored('a', 'ny', [halfYear('gul'), inARow('2026-11-20')]);
    expect(reconcileFlags(found(halfYear('gul'), inARow('2026-11-20')), [red], () => true).refreshed).toEqual([]);
    expect(reconcileFlags(found(halfYear('gul')), [red], () => true).refreshed.map((r) => r.level)).toEqual(['gul']);
  });

  it('stores the leading finding’s figures and records first, then every other finding in the rules’ order', () => {
    const evidence = flagEvidence([halfYear('gul'), report('m1'), inARow('2026-11-20'), inARow('2026-11-02')]);
    expect(evidence.facts).toEqual(inARow('2026-11-20').facts);
    expect(evidence.records).toEqual(['r2']);
    expect(evidence.findings.map((f) => [f.ruleCode, f.level, f.evidenceKey, f.records])).toEqual([
      ['sammenhengende_fravaer', 'rod', 'sammenhengende_fravaer:2026-11-20', ['r2']],
      ['fravaer_halvaar', 'gul', 'fravaer_halvaar:2026-08-17:gul', ['r1']],
      ['melding', 'gul', 'melding:m1', ['m1']],
      ['sammenhengende_fravaer', 'rod', 'sammenhengende_fravaer:2026-11-02', ['r2']],
    ]);
  });

  it('names the concern of a flag stored with only its rule, and no concern for a rule Varde no longer has', () => {
    expect(concernOfStoredRule('fravaer_halvaar')).toBe('fravaersomfang');
    expect(concernOfStoredRule('ukesjekk')).toBe('fravaersoppfolging');
    expect(concernOfStoredRule('gammel_regel')).toBeUndefined();
  });
});

describe('reconcileFlags against a plain statement of one flag per concern (property)', () => {
  const pool: FlagCandidate[] = [halfYear('gul'), halfYear('rod'), inARow('2026-11-20'), inARow('2026-11-02'), report('m1'), report('m2')];
  const states = ['ny', 'bekreftet', 'avvist', 'lost'] as const;
  const storedFlags = fc.array(
    fc.record({ state: fc.constantFrom(...states), findings: fc.subarray(pool, { minLength: 1 }).map((fs) => fs.filter((f) => concernOfRule[f.ruleCode] === concernOfRule[fs[0]!.ruleCode])) }),
    { maxLength: 4 },
  );

  it('never counts settled evidence, keeps one open flag per concern, and takes the highest level of what it counts', () => {
    fc.assert(
      fc.property(fc.subarray(pool), storedFlags, (now, before) => {
        const flags = before.map((b, i) => stored(`f${i}`, b.state, b.findings));
        const changes = reconcileFlags(found(...now), flags, same);
        const isOpen = (f: Stored) => f.state === 'ny' || f.state === 'bekreftet';
        const settled = new Set(flags.filter((f) => !isOpen(f)).flatMap((f) => f.evidenceKeys));
        const counted = now.filter((f) => !settled.has(f.evidenceKey));
        const concernsFound = new Set(counted.map((f) => concernOfRule[f.ruleCode]));
        const openConcerns = new Set(flags.filter(isOpen).map((f) => f.concern));

        // A flag is raised exactly for each concern with counted findings and no open flag.
        expect(changes.raised.map((r) => r.concern).sort()).toEqual([...concernsFound].filter((c) => !openConcerns.has(c)).sort());
        for (const change of [...changes.raised, ...changes.refreshed]) {
          const mine = counted.filter((f) => concernOfRule[f.ruleCode] === change.concern);
          expect(change.evidence.findings.map((f) => f.evidenceKey).sort()).toEqual(mine.map((f) => f.evidenceKey).sort());
          expect(change.level).toBe(mine.some((f) => f.level === 'rod') ? 'rod' : 'gul');
          expect(change.newFindings.every((f) => !settled.has(f.evidenceKey))).toBe(true);
        }
        // Only new flags are resolved; each concern keeps at most one open flag.
        for (const { flag } of changes.resolved) expect(flag.state).toBe('ny');
        const stillOpen = [...flags.filter(isOpen).filter((f) => !changes.resolved.some((r) => r.flag === f)).map((f) => f.concern), ...changes.raised.map((r) => r.concern)];
        const confirmedTwice = flags.filter((f) => f.state === 'bekreftet').length - new Set(flags.filter((f) => f.state === 'bekreftet').map((f) => f.concern)).size;
        expect(stillOpen.length - new Set(stillOpen).size).toBeLessThanOrEqual(confirmedTwice);
      }),
      { numRuns: 300 },
    );
  });
});
