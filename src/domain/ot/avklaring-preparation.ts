/**
 * The school's duties before the clarification meeting as a checklist read from what has been
 * recorded (avklaring-workflow.ts names them): nothing is ticked by hand; each item is done when
 * its record exists — the resource team's discussion and the OT contact as case events, the
 * summons as a summoned meeting, the phone/SMS as a contact with the home, the invitations as the
 * meeting's participants covering the mandatory parts, the form's part as saved.
 */
import { missingBeforeSummons, preparationItems, requiredBeforeSummons, type PreparationItem } from './avklaring-workflow.js';

/** When an item was done and by whom; null when it has not been. */
export type PreparationRecord = { on: string | null; by: string | null } | null;

export interface PreparationItemView {
  item: PreparationItem;
  done: boolean;
  on: string | null;
  by: string | null;
  required: boolean;
}

export function preparationChecklist(records: Record<PreparationItem, PreparationRecord>): { items: PreparationItemView[]; missingBeforeSummons: PreparationItem[] } {
  const required = new Set<PreparationItem>(requiredBeforeSummons);
  const items = preparationItems.map((item) => {
    const record = records[item];
    return { item, done: record !== null, on: record?.on ?? null, by: record?.by ?? null, required: required.has(item) };
  });
  const state = Object.fromEntries(items.map((i) => [i.item, i.done])) as Record<PreparationItem, boolean>;
  return { items, missingBeforeSummons: missingBeforeSummons(state) };
}
