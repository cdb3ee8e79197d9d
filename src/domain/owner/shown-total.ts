/**
 * A total of counts the owner sees, made only of what is shown. A count of 1–4 is hidden
 * (shown-count.ts), but a total of exact counts beside it would give it away: a school's 23 open
 * cases less the 20 shown for trinn 9 is trinn 8's hidden 3. So a total is exact only when every
 * part of it is; otherwise it is "at least" the sum the reader could make from the parts shown
 * (a hidden part counts as the one it is at least); a total of one part beside parts of none is that
 * part, hidden or not. A total then never says more than its cells,
 * however the tables are added up, across schools, trinn or steps. Totals of totals give the same
 * as one total of all their cells.
 */

/** A count as the owner sees it: the number; null for 1–4 ("fewer than five"); or at least this many. */
export type ShownFigure = number | null | { atLeast: number };

export function shownTotal(parts: Iterable<ShownFigure>): ShownFigure {
  // Parts of none add nothing: a total of one part is that part, hidden as it is.
  const counted = [...parts].filter((part) => part !== 0);
  if (counted.length === 1) return counted[0]!;
  let sum = 0;
  let exact = true;
  for (const part of counted) {
    if (typeof part === 'number') sum += part;
    else {
      exact = false;
      sum += part === null ? 1 : part.atLeast;
    }
  }
  return exact ? sum : { atLeast: sum };
}

/** Whether a figure is shown as it is, and is large enough to stand behind a median or a longest. */
export function shownExactly(figure: ShownFigure, atLeast: number): figure is number {
  return typeof figure === 'number' && figure >= atLeast;
}
