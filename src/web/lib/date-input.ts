/**
 * A date typed by hand: the text stays as typed while the person types, and becomes a date only
 * when it is complete (a four-digit year) or the field is left. Norwegian order, day first:
 * 03.12.2026, 3.12.2026, 03122026, 3/12/2026, 03-12-2026; ISO 2026-12-03 too.
 */
import { isIsoDate } from './dates';

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO date the text names, or null if it names none (yet). */
export function parseDateInput(text: string): string | null {
  const t = text.trim();
  let day: number, month: number, year: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[.,/-](\d{1,2})[.,/-](\d{4})$/.exec(t))) [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{2})(\d{2})(\d{4})$/.exec(t))) [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : null;
}

/** An ISO date as a person writes it: 2026-12-03 → 03.12.2026. */
export function formatDateInput(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** What the field holds: the text as typed, and the date it last gave its owner. */
export interface DateInputState {
  text: string;
  committed: string;
}

export function initialDateInput(value: string): DateInputState {
  return { text: formatDateInput(value), committed: value };
}

/**
 * One step of the field. Typing keeps the text and gives a date only once it is complete;
 * leaving the field gives the date, or puts back the last one if the text names none; a new
 * value from outside replaces the text unless it is the one the field gave.
 */
export function dateInputStep(
  state: DateInputState,
  event: { kind: 'type'; text: string } | { kind: 'leave' } | { kind: 'value'; value: string },
): { state: DateInputState; give: string | null } {
  switch (event.kind) {
    case 'type': {
      const parsed = parseDateInput(event.text);
      if (parsed !== null && parsed !== state.committed) return { state: { text: event.text, committed: parsed }, give: parsed };
      return { state: { ...state, text: event.text }, give: null };
    }
    case 'leave': {
      const parsed = parseDateInput(state.text);
      if (parsed === null) return { state: { ...state, text: formatDateInput(state.committed) }, give: null };
      return { state: { text: formatDateInput(parsed), committed: parsed }, give: parsed === state.committed ? null : parsed };
    }
    case 'value':
      if (event.value === state.committed) return { state, give: null };
      return { state: initialDateInput(event.value), give: null };
  }
}
