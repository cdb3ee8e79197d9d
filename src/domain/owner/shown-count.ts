/**
 * The skoleeier sees figures only (docs/domain.md, need-to-know): counts per school, never a name.
 * A count of one to four students could point at someone in a small school, so it is shown as
 * "fewer than five" (null); none is shown as none.
 */
export const smallCount = 5;

export function shownCount(count: number): number | null {
  return count > 0 && count < smallCount ? null : count;
}
