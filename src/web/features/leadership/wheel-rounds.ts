/**
 * The wheel's activities as the page lists them: grouped by round, each group and each activity
 * in date order. The school's own activities (no round) make a group of their own.
 */
import type { WheelRound } from '../../../domain/leadership/wheel-activities';
import type { WheelEntryView } from '../../../shared/leadership-api';

export type WheelGroupKey = WheelRound | 'egne';

export interface WheelGroup {
  key: WheelGroupKey;
  entries: WheelEntryView[];
}

const byDate = (a: WheelEntryView, b: WheelEntryView) => a.dueOn.localeCompare(b.dueOn) || a.key.localeCompare(b.key);

export function groupWheel(entries: readonly WheelEntryView[]): WheelGroup[] {
  const groups = new Map<WheelGroupKey, WheelEntryView[]>();
  for (const entry of [...entries].sort(byDate)) {
    const key: WheelGroupKey = entry.round ?? 'egne';
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups]
    .map(([key, list]) => ({ key, entries: list }))
    .sort((a, b) => (a.key === 'egne' ? 1 : b.key === 'egne' ? -1 : a.entries[0]!.dueOn.localeCompare(b.entries[0]!.dueOn)));
}
