/** The measures of the bank or the school's own that a plan names (`measureCode` of its rows), each once, in order. */
import type { PlanWithContent } from './plan-content.js';

export function planMeasureCodes(plan: PlanWithContent): string[] {
  const codes = (() => {
    switch (plan.kind) {
      case 'tiltaksplan':
        return plan.content.rows.map((r) => r.measureCode);
      case 'oppfolgingsplan':
        return plan.content.responsibilities.map((r) => r.measureCode);
      case 'aktivitetsplan':
        return plan.content.measures.map((m) => m.measureCode);
      case 'ukeplan':
        return [];
    }
  })();
  return [...new Set(codes.filter((c): c is string => typeof c === 'string' && c.length > 0))];
}
