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
});
