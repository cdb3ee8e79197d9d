/**
 * The months a check can be opened for, as 'YYYY-MM', newest first: the current month and the
 * `count - 1` before it, and the month being shown if it is older (reached by "previous month").
 */
export function monthsToChoose(today: string, shown: string, count = 12): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const months = Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
  return months.includes(shown) || shown > months[0]! ? months : [...months, shown];
}
