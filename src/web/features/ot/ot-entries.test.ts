import { describe, expect, it } from 'vitest';
import { describeEntry, newestFirst, type OtEntry } from './ot-entries';

const entry = (over: Partial<OtEntry>): OtEntry => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'notat',
  on: '2026-12-01',
  statusCode: null,
  detail: {},
  staffName: 'Oda Tveit',
  createdAt: '2026-12-01T10:00:00.000Z',
  ...over,
});

describe('describeEntry', () => {
  it('reads each kind’s own fields back from the detail', () => {
    expect(describeEntry(entry({ kind: 'kontaktforsok', detail: { channel: 'sms', reached: false, note: 'Svarte ikke' } }))).toEqual({
      kind: 'kontaktforsok',
      channel: 'sms',
      reached: false,
      note: 'Svarte ikke',
    });
    expect(describeEntry(entry({ kind: 'status', statusCode: 'OTOV', detail: { note: '' } }))).toEqual({ kind: 'status', statusCode: 'OTOV', note: '' });
    expect(describeEntry(entry({ kind: 'aktivitet', detail: { what: 'Arbeidspraksis', provider: 'NAV', from: '2026-12-01', to: null } }))).toEqual({
      kind: 'aktivitet',
      what: 'Arbeidspraksis',
      provider: 'NAV',
      from: '2026-12-01',
      to: null,
    });
    expect(describeEntry(entry({ kind: 'plan', detail: { goal: 'Læreplass', steps: [{ what: 'Søke', who: 'Ungdommen', by: '2027-01-15' }] } }))).toEqual({
      kind: 'plan',
      goal: 'Læreplass',
      steps: [{ what: 'Søke', who: 'Ungdommen', by: '2027-01-15' }],
    });
    expect(describeEntry(entry({ kind: 'informasjon', detail: { to: ['foresette', 'ungdom'], channel: 'brev' } }))).toEqual({
      kind: 'informasjon',
      to: ['ungdom', 'foresette'],
      channel: 'brev',
    });
    expect(describeEntry(entry({ kind: 'notat', detail: { text: 'Ringte mor' } }))).toEqual({ kind: 'notat', text: 'Ringte mor' });
  });

  it('leaves out what is missing or of another type rather than trusting it', () => {
    expect(describeEntry(entry({ kind: 'kontaktforsok', detail: { channel: 'brevdue', reached: 'ja' } }))).toEqual({ kind: 'kontaktforsok', channel: null, reached: null, note: '' });
    expect(describeEntry(entry({ kind: 'aktivitet', detail: { what: 3, from: '1. desember' } }))).toEqual({ kind: 'aktivitet', what: '', provider: '', from: null, to: null });
    expect(describeEntry(entry({ kind: 'plan', detail: { steps: [null, 'x', { what: 'Møte' }] } }))).toEqual({ kind: 'plan', goal: '', steps: [{ what: 'Møte', who: '', by: null }] });
    expect(describeEntry(entry({ kind: 'informasjon', detail: { to: 'ungdom', channel: 'sms' } }))).toEqual({ kind: 'informasjon', to: [], channel: null });
  });
});

describe('newestFirst', () => {
  it('orders by day, then by when it was recorded, newest first', () => {
    const a = entry({ id: 'a', on: '2026-11-01', createdAt: '2026-12-01T09:00:00Z' });
    const b = entry({ id: 'b', on: '2026-12-01', createdAt: '2026-12-01T08:00:00Z' });
    const c = entry({ id: 'c', on: '2026-12-01', createdAt: '2026-12-01T10:00:00Z' });
    expect(newestFirst([a, b, c]).map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });
});
