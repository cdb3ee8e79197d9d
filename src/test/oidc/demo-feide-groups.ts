/**
 * What the fake Feide's groups API gives the demo school's staff (e2e/fake-idp.ts), for the browser
 * test of the comparison with Varde's groups: `kontaktlaerer` has the class 1STA, which Varde
 * has too, a teaching group Varde does not have, and last school year's group, which has expired.
 */
import type { FeideGroupsApiGroup } from './fake-identity-providers.js';

/** The demo school in Feide: a made-up realm and organisation number. */
const REALM = 'demo.varde.no';
const SCHOOL_ORG_NUMBER = 'NO999888777';

/** The Feide names with groups, and the names of their groups (for the browser test to look for). */
export const DEMO_FEIDE_GROUPS = {
  'kontaktlaerer@demo.varde.no': {
    /** The basis group (class) that Varde's demo school has too. */
    basis: '1STA',
    /** A teaching group that Varde's demo school does not have. */
    teachingNotInVarde: '2STB Matematikk R1',
    /** Last school year's teaching group: left out unless `showAll=true`. */
    expired: '1STB Naturfag',
  },
} as const;

/** The groups of a Feide name in the school year that `now` falls in; none for names not in DEMO_FEIDE_GROUPS. */
export function demoFeideGroups(feideName: string, now: Date = new Date()): FeideGroupsApiGroup[] {
  if (feideName !== 'kontaktlaerer@demo.varde.no') return [];
  const names = DEMO_FEIDE_GROUPS[feideName];
  const year = schoolYearOf(now);
  return [
    group('b', 'basis-1sta', names.basis, 'admin', year),
    group('u', 'r1-2stb', names.teachingNotInVarde, 'member', year),
    group('u', 'nat-1stb', names.expired, 'member', year - 1),
  ];
}

/**
 * The calendar year a school year starts in: it runs from 1 August to 30 June. July counts toward
 * the coming year, so that the current groups have not expired on any day of the year.
 */
function schoolYearOf(now: Date): number {
  return now.getUTCMonth() >= 6 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

function group(goType: 'b' | 'u', localId: string, displayName: string, basic: 'member' | 'admin', startYear: number): FeideGroupsApiGroup {
  const start = `${startYear}-08-01`;
  const end = `${startYear + 1}-06-30`;
  return {
    id: `fc:gogroup:${REALM}:${goType}:${SCHOOL_ORG_NUMBER}:${localId}:${start}:${end}`,
    type: 'fc:gogroup',
    displayName,
    go_type: goType,
    go_type_displayName: goType === 'b' ? 'basisgruppe' : 'undervisningsgruppe',
    parent: `fc:org:${REALM}:unit:${SCHOOL_ORG_NUMBER}`,
    membership: { basic, affiliation: 'faculty', displayName: 'Lærer' },
    // Feide writes the dates as midnight in Oslo, in UTC.
    notBefore: `${startYear}-07-31T22:00:00Z`,
    notAfter: `${startYear + 1}-06-30T22:00:00Z`,
  };
}
