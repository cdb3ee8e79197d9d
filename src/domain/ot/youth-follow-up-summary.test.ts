import { describe, expect, it } from 'vitest';
import { youthFollowUpSummary, type FollowUpEntry } from './youth-follow-up-summary.js';

const entry = (kind: FollowUpEntry['kind'], on: string, detail: Record<string, unknown> = {}, statusCode: FollowUpEntry['statusCode'] = null, at = '10:00'): FollowUpEntry => ({
  kind,
  on,
  statusCode,
  detail,
  createdAt: `${on}T${at}:00Z`,
});

const minor = { birthDate: '2009-03-01', leftOn: '2026-09-01' };
const adult = { birthDate: '2007-03-01', leftOn: '2026-09-01' };

describe("what OT's list says of a youth", () => {
  it('is OTUK since the day the youth left, with no contact and no plan, before OT has recorded anything', () => {
    expect(youthFollowUpSummary(adult, [], '2026-11-23')).toEqual({ status: 'OTUK', statusSince: '2026-09-01', lastContactOn: null, plan: null, guardiansToInform: false });
  });

  it('gives the latest status and its day, the last contact that reached the youth, and the latest plan', () => {
    const entries = [
      entry('kontaktforsok', '2026-09-03', { channel: 'telefon', reached: true }),
      entry('kontaktforsok', '2026-09-10', { channel: 'sms', reached: false }),
      entry('status', '2026-09-03', {}, 'OTOV'),
      entry('status', '2026-10-01', {}, 'OTAR'),
      entry('plan', '2026-09-05', { goal: 'Lærling', steps: [] }),
      entry('plan', '2026-10-02', { goal: 'Lærling i bilfag', steps: [{ what: 'Søke læreplass', who: 'Ungdommen', by: null }] }),
    ];
    expect(youthFollowUpSummary(adult, entries, '2026-11-23')).toEqual({
      status: 'OTAR',
      statusSince: '2026-10-01',
      lastContactOn: '2026-09-03',
      plan: { goal: 'Lærling i bilfag', steps: [{ what: 'Søke læreplass', who: 'Ungdommen', by: null }] },
      guardiansToInform: false,
    });
    // On an earlier day, what was in force then.
    expect(youthFollowUpSummary(adult, entries, '2026-09-30')).toMatchObject({ status: 'OTOV', statusSince: '2026-09-03', plan: { goal: 'Lærling' } });
  });

  it('counts what was recorded for today as in force today', () => {
    const entries = [entry('status', '2026-11-23', {}, 'OTAR'), entry('kontaktforsok', '2026-11-23', { channel: 'mote', reached: true }), entry('plan', '2026-11-23', { goal: 'Lærling', steps: [] })];
    expect(youthFollowUpSummary(adult, entries, '2026-11-23')).toMatchObject({ status: 'OTAR', statusSince: '2026-11-23', lastContactOn: '2026-11-23', plan: { goal: 'Lærling' } });
    expect(youthFollowUpSummary(adult, entries, '2026-11-22')).toMatchObject({ status: 'OTUK', statusSince: '2026-09-01', lastContactOn: null, plan: null });
  });

  it('takes the later recorded of two entries on one day, and a later day over an entry recorded afterwards for an earlier day, whatever order they come in', () => {
    const entries = [
      // Recorded on 5 October for a call on 15 September.
      { ...entry('kontaktforsok', '2026-09-15', { channel: 'telefon', reached: true }), createdAt: '2026-10-05T10:00:00Z' },
      entry('kontaktforsok', '2026-09-20', { channel: 'sms', reached: true }),
      entry('status', '2026-10-01', {}, 'OTOV', '09:00'),
      entry('status', '2026-10-01', {}, 'OTAR', '14:00'),
      { ...entry('status', '2026-09-10', {}, 'OTLL'), createdAt: '2026-10-02T10:00:00Z' },
      entry('plan', '2026-10-02', { goal: 'Lærling', steps: [] }, null, '09:00'),
      entry('plan', '2026-10-02', { goal: 'Lærling i bilfag', steps: [] }, null, '14:00'),
      { ...entry('plan', '2026-09-05', { goal: 'Skole', steps: [] }), createdAt: '2026-10-03T10:00:00Z' },
    ];
    const expected = { status: 'OTAR', statusSince: '2026-10-01', lastContactOn: '2026-09-20', plan: { goal: 'Lærling i bilfag', steps: [] }, guardiansToInform: false };
    expect(youthFollowUpSummary(adult, entries, '2026-11-23')).toEqual(expected);
    expect(youthFollowUpSummary(adult, [...entries].reverse(), '2026-11-23')).toEqual(expected);
  });

  it('asks for the guardians to be informed while the youth is a minor and until an information entry names them', () => {
    expect(youthFollowUpSummary(minor, [], '2026-11-23').guardiansToInform).toBe(true);
    expect(youthFollowUpSummary(minor, [entry('informasjon', '2026-09-02', { to: ['ungdom'], channel: 'brev' })], '2026-11-23').guardiansToInform).toBe(true);
    expect(youthFollowUpSummary(minor, [entry('informasjon', '2026-09-02', { to: ['ungdom', 'foresette'], channel: 'brev' })], '2026-11-23').guardiansToInform).toBe(false);
    // 18 on the day: an adult, whose guardians are no longer informed.
    expect(youthFollowUpSummary(minor, [], '2027-02-28').guardiansToInform).toBe(true);
    expect(youthFollowUpSummary(minor, [], '2027-03-01').guardiansToInform).toBe(false);
  });
});
