import { describe, expect, it } from 'vitest';
import { dateInputStep, formatDateInput, initialDateInput, parseDateInput, type DateInputState } from './date-input';

describe('parseDateInput', () => {
  it('reads Norwegian dates, day first, and ISO dates', () => {
    for (const text of ['03.12.2026', '3.12.2026', ' 03.12.2026 ', '3/12/2026', '03-12-2026', '03122026', '2026-12-03']) {
      expect(parseDateInput(text), text).toBe('2026-12-03');
    }
  });

  it('names no date before the year is complete, or for a day that does not exist', () => {
    for (const text of ['', '0', '03', '03.1', '03.12', '03.12.', '03.12.2', '03.12.20', '03.12.202', '31.02.2026', '32.01.2026', '00.01.2026']) {
      expect(parseDateInput(text), text).toBeNull();
    }
  });

  it('writes a date the way it is read', () => {
    expect(formatDateInput('2026-12-03')).toBe('03.12.2026');
    expect(parseDateInput(formatDateInput('2026-02-28'))).toBe('2026-02-28');
  });
});

describe('dateInputStep', () => {
  /** Types the text one key at a time, as a person does, and collects what the field gave. */
  const typeKeys = (start: DateInputState, text: string) => {
    let state: DateInputState = { ...start, text: '' };
    const given: string[] = [];
    for (let i = 1; i <= text.length; i++) {
      const step = dateInputStep(state, { kind: 'type', text: text.slice(0, i) });
      state = step.state;
      if (step.give) given.push(step.give);
      // The owner re-renders with what it was given, or what it had: the text must survive it.
      state = dateInputStep(state, { kind: 'value', value: step.give ?? state.committed }).state;
      expect(state.text).toBe(text.slice(0, i));
    }
    return { state, given };
  };

  it('keeps every keystroke of 03.12.2026 and gives that date once, when complete', () => {
    const { state, given } = typeKeys(initialDateInput('2026-11-23'), '03.12.2026');
    expect(given).toEqual(['2026-12-03']);
    expect(state).toEqual({ text: '03.12.2026', committed: '2026-12-03' });
  });

  it('gives the date when the field is left, and puts back the last date if the text names none', () => {
    const typed = dateInputStep(initialDateInput('2026-11-23'), { kind: 'type', text: '3.12.2026' }).state;
    expect(dateInputStep(typed, { kind: 'leave' }).state.text).toBe('03.12.2026');
    const half = dateInputStep(initialDateInput('2026-11-23'), { kind: 'type', text: '03.1' }).state;
    expect(dateInputStep(half, { kind: 'leave' })).toEqual({ state: { text: '23.11.2026', committed: '2026-11-23' }, give: null });
  });

  it('takes a new date from outside', () => {
    expect(dateInputStep(initialDateInput('2026-11-23'), { kind: 'value', value: '2026-11-20' }).state).toEqual({ text: '20.11.2026', committed: '2026-11-20' });
  });
});
