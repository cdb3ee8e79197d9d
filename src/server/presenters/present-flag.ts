import type { LoadedFlag } from '../../data/load-flags.js';
import type { Flag, SignalLevel, StudentSignal } from '../../shared/api.js';

export function presentFlag(f: LoadedFlag): Flag {
  const evidence = f.evidence as { facts?: Flag['facts'] };
  return {
    id: f.id,
    studentId: f.studentId,
    ruleCode: f.ruleCode as Flag['ruleCode'],
    level: f.level as Flag['level'],
    state: f.state,
    facts: evidence.facts ?? {},
    detectedAt: f.detectedAt.toISOString(),
    ruleProfileVersion: f.ruleProfileVersion,
    decidedBy: f.decidedByName,
    decidedAt: f.decidedAt?.toISOString() ?? null,
    reason: f.reason,
    reasonCode: f.reasonCode as Flag['reasonCode'],
    reviewOn: f.reviewOn,
  };
}

/** The traffic light: red if any open flag is red, yellow if any is open, else green. */
export function presentSignal(openFlags: LoadedFlag[]): StudentSignal {
  const presented = openFlags.map(presentFlag).sort((a, b) => (a.level === b.level ? 0 : a.level === 'rod' ? -1 : 1));
  const level: SignalLevel = presented.some((f) => f.level === 'rod') ? 'rod' : presented.length > 0 ? 'gul' : 'gronn';
  return { level, flags: presented };
}
