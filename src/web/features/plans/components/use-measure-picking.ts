import { useState, type Dispatch, type SetStateAction } from 'react';
import type { Measure } from '../api/plan-client';
import { fieldId, type PlanContent } from '../plan-drafts';
import type { MeasureTarget } from './plan-field-kit';

/** The field of a row that a measure from the bank is written into. */
function fieldOf(target: MeasureTarget): 'task' | 'measure' {
  return target.list === 'responsibilities' ? 'task' : 'measure';
}

/**
 * The measure bank opened for a row of the plan: a chosen measure is added to the row's text
 * (after what is written there) with its code, and its level for an aktivitetsplan's measure;
 * the focus goes back to the row's field whether a measure was chosen or not.
 */
export function useMeasurePicking(formId: string, setContent: Dispatch<SetStateAction<PlanContent>>) {
  const [target, setTarget] = useState<MeasureTarget | null>(null);
  const focusField = (at: MeasureTarget) =>
    requestAnimationFrame(() => document.getElementById(fieldId(formId, `content.${at.list}.${at.index}.${fieldOf(at)}`))?.focus());

  const choose = (measure: Measure) => {
    if (!target) return;
    const field = fieldOf(target);
    setContent((current) => {
      const list = (current as Record<string, unknown>)[target.list] as Array<Record<string, unknown>>;
      const row = list[target.index]!;
      const before = String(row[field] ?? '').trim();
      const text = before ? `${before}\n${measure.title}` : measure.title;
      const patch: Record<string, unknown> = { [field]: text, measureCode: measure.code };
      if (target.list === 'measures') patch.level = measure.level;
      return { ...current, [target.list]: list.map((r, i) => (i === target.index ? { ...r, ...patch } : r)) } as PlanContent;
    });
    setTarget(null);
    focusField(target);
  };

  const close = () => {
    const opener = target;
    setTarget(null);
    if (opener) focusField(opener);
  };

  return { target, open: setTarget, choose, close };
}
