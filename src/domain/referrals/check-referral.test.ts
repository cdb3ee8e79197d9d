import { describe, expect, it } from 'vitest';
import { barnevernChecklist } from '../kartlegging/barnevern-checklist.js';
import { checkReferral } from './check-referral.js';

const base = { referredOn: '2026-11-23', studentBirthDate: '2010-03-01', consent: null, checklist: { confirmed: [], descriptions: {} }, guardiansInformedOn: null };
const required = barnevernChecklist.filter((i) => i.required).map((i) => i.id);

describe('checkReferral', () => {
  it('lets a referral to the school nurse through without consent', () => {
    expect(checkReferral({ ...base, kind: 'helsesykepleier' })).toEqual([]);
  });

  it('asks for consent on a PPT referral', () => {
    expect(checkReferral({ ...base, kind: 'ppt' }).map((p) => p.path)).toEqual(['body.consent']);
    expect(checkReferral({ ...base, kind: 'ppt', consent: { givenBy: 'elev', givenOn: '2026-11-01' } })).toEqual([]);
  });

  it('refuses a concern report on absence alone, unchecked, or without telling the guardians', () => {
    const paths = checkReferral({ ...base, kind: 'barnevern', checklist: { confirmed: [], descriptions: { fravaersmonster: 'Borte hver mandag' } } }).map((p) => p.path);
    expect(paths).toEqual([...required.map((id) => `body.checklist.confirmed.${id}`), 'body.checklist.descriptions', 'body.guardiansInformedOn']);
  });

  it('accepts a concern report that has been through the checklist', () => {
    expect(
      checkReferral({
        ...base,
        kind: 'barnevern',
        checklist: { confirmed: required, descriptions: { fravaersmonster: 'Borte hver mandag', 'sosial-fungering': 'Trekker seg unna venner' } },
        guardiansInformedOn: '2026-11-23',
      }),
    ).toEqual([]);
  });

  it('says why consent is not good enough', () => {
    expect(checkReferral({ ...base, kind: 'bup' })).toEqual([
      { path: 'body.consent', message: 'a referral to PPT or BUP needs consent: from the guardians, or from the student from the age of 15' },
    ]);
    // Born 1 March 2010: still 14 on 28 February 2025, the day before turning 15.
    expect(checkReferral({ ...base, kind: 'ppt', consent: { givenBy: 'elev', givenOn: '2025-02-28' } })).toEqual([
      { path: 'body.consent', message: "the student is under 15 (or the birth date is missing): the guardians' consent is needed" },
    ]);
    expect(checkReferral({ ...base, kind: 'ppt', consent: { givenBy: 'foresatte', givenOn: '2026-11-24' } })).toEqual([
      { path: 'body.consent', message: 'consent must be given before the referral' },
    ]);
  });

  it('names each checklist point still to confirm, in the seed’s words', () => {
    const problems = checkReferral({ ...base, kind: 'barnevern', checklist: { confirmed: required.slice(1), descriptions: { 'psykisk-helse': 'Sover dårlig' } }, guardiansInformedOn: '2026-11-20' });
    const first = barnevernChecklist.find((i) => i.id === required[0])!;
    expect(problems).toEqual([{ path: `body.checklist.confirmed.${first.id}`, message: `must be confirmed: ${first.text.en}` }]);
  });

  it('does not take a blank description, or one of a point outside the report’s content, as describing the situation', () => {
    const report = (descriptions: Record<string, string>) =>
      checkReferral({ ...base, kind: 'barnevern', checklist: { confirmed: required, descriptions }, guardiansInformedOn: '2026-11-20' });
    expect(report({ 'sosial-fungering': '   ' })).toEqual([
      { path: 'body.checklist.descriptions', message: 'the report must describe the student’s situation beyond the absence (social functioning, health, measures tried, cooperation, other risks)' },
    ]);
    expect(report({ 'ikke-anonym': 'Meldes med navn', fravaersmonster: 'Borte hver mandag' }).map((p) => p.path)).toEqual(['body.checklist.descriptions']);
    for (const id of ['sosial-fungering', 'psykisk-helse', 'tiltak-og-effekt', 'foreldresamarbeid', 'andre-risikofaktorer']) {
      expect(report({ [id]: 'Beskrevet' })).toEqual([]);
    }
  });

  it('asks for the guardians to be told, and only about a concern report', () => {
    const described = { confirmed: required, descriptions: { 'sosial-fungering': 'Trekker seg unna venner' } };
    expect(checkReferral({ ...base, kind: 'barnevern', checklist: described })).toEqual([
      { path: 'body.guardiansInformedOn', message: 'the school tells the guardians about a concern report' },
    ]);
    expect(checkReferral({ ...base, kind: 'helsesykepleier', guardiansInformedOn: null })).toEqual([]);
  });
});
