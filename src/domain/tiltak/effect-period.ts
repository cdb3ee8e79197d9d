/**
 * From when to when a plan's effect on attendance is read (docs/decisions/017-effect-of-measures.md):
 * from the day its first signed version was first signed — the day the measures were agreed —
 * to its first evaluation on or after that day, where the school judged whether they worked;
 * without one, to the day the case was closed, or to today. Never past today.
 */
import type { IsoDate } from '../school-calendar.js';

export const effectPeriodEnds = ['evaluering', 'avsluttet', 'i_dag'] as const;
export type EffectPeriodEnd = (typeof effectPeriodEnds)[number];

export interface EffectPeriodInput {
  versions: ReadonlyArray<{ version: number; signatures: ReadonlyArray<{ signedOn: IsoDate }> }>;
  evaluatedOn: readonly IsoDate[];
  /** The day the plan's case was closed, if it was. */
  closedOn: IsoDate | null;
  today: IsoDate;
}

export type EffectPeriod = { signed: false } | { signed: true; version: number; signedOn: IsoDate; endsOn: IsoDate; endsBy: EffectPeriodEnd };

export function effectPeriod(input: EffectPeriodInput): EffectPeriod {
  const first = [...input.versions].filter((v) => v.signatures.length > 0).sort((a, b) => a.version - b.version)[0];
  if (!first) return { signed: false };
  const signedOn = first.signatures.map((s) => s.signedOn).sort()[0]!;
  const evaluation = input.evaluatedOn.filter((d) => d >= signedOn).sort()[0];
  const [endsOn, endsBy]: [IsoDate, EffectPeriodEnd] = evaluation
    ? [evaluation, 'evaluering']
    : input.closedOn && input.closedOn >= signedOn
      ? [input.closedOn, 'avsluttet']
      : [input.today, 'i_dag'];
  return endsOn > input.today ? { signed: true, version: first.version, signedOn, endsOn: input.today, endsBy: 'i_dag' } : { signed: true, version: first.version, signedOn, endsOn, endsBy };
}
