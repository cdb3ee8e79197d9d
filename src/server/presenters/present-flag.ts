import type { LoadedFlag } from '../../data/load-flags.js';
import { studentLight } from '../../domain/identification/concerns.js';
import type { Flag, StudentSignal } from '../../shared/api.js';

export function presentFlag(f: LoadedFlag): Flag {
  const evidence = f.evidence as { facts?: Flag['facts']; findings?: Array<{ ruleCode: string; level: string; facts: Flag['facts'] }> };
  const ruleCode = f.ruleCode as Flag['ruleCode'];
  const level = f.level as Flag['level'];
  const facts = evidence.facts ?? {};
  return {
    id: f.id,
    studentId: f.studentId,
    concern: f.concern as Flag['concern'],
    ruleCode,
    level,
    state: f.state,
    facts,
    // A flag raised before flags gathered their concern's findings has its one finding.
    findings: evidence.findings?.map((x) => ({ ruleCode: x.ruleCode as Flag['ruleCode'], level: x.level as Flag['level'], facts: x.facts })) ?? [{ ruleCode, level, facts }],
    detectedAt: f.detectedAt.toISOString(),
    ruleProfileVersion: f.ruleProfileVersion,
    decidedBy: f.decidedByName,
    decidedAt: f.decidedAt?.toISOString() ?? null,
    reason: f.reason,
    reasonCode: f.reasonCode as Flag['reasonCode'],
    reviewOn: f.reviewOn,
  };
}

/** The student's one traffic light and its reasons (the open concerns), as the domain defines it. */
export function presentSignal(openFlags: LoadedFlag[]): StudentSignal {
  const { level, reasons } = studentLight(openFlags.map(presentFlag));
  return { level, flags: reasons };
}
