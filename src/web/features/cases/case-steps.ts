/** Where a case stands in its steps, from the case as the server presents it. */
import type { CaseDetail } from '../../../shared/case-api';

type Steps = Pick<CaseDetail, 'steps' | 'status'>;

/** The step the case is at now, or null when no step is current (a closed case). */
export function currentStep(detail: Steps): string | null {
  return detail.steps.find((s) => s.state === 'naa')?.step ?? null;
}

/** The step after the current one, where "Gå videre" leads; null at the last step or when closed. */
export function nextStep(detail: Steps): string | null {
  if (detail.status !== 'aapen') return null;
  const index = detail.steps.findIndex((s) => s.state === 'naa');
  if (index < 0) return null;
  return detail.steps[index + 1]?.step ?? null;
}
