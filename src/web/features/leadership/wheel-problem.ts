/**
 * What a refused change to the wheel means for the person who made it: someone else changed the
 * map since it was read (409), or one of the domain's problems (400, `body.edits.N` with the
 * problem's code first in the message), or something else, shown as the server's error.
 */
import { wheelEditProblems, type WheelEditProblem } from '../../../domain/leadership/edit-wheel-map';
import { isApiFailure } from '../../api/client';

export type WheelChangeRefusal = { kind: 'stale' } | { kind: 'problem'; problem: WheelEditProblem } | { kind: 'other' };

export function wheelChangeRefusal(error: unknown): WheelChangeRefusal | null {
  if (!error) return null;
  if (!isApiFailure(error)) return { kind: 'other' };
  if (error.code === 'conflict') return { kind: 'stale' };
  if (error.code === 'validation_failed') {
    for (const detail of error.details) {
      if (!/^body\.edits\.\d+$/.test(detail.path)) continue;
      const code = /^([a-z_]+)/.exec(detail.message)?.[1];
      const problem = wheelEditProblems.find((p) => p === code);
      if (problem) return problem === 'stale_version' ? { kind: 'stale' } : { kind: 'problem', problem };
    }
  }
  return { kind: 'other' };
}
