/**
 * The home view says every value it may be sent in words, in nb, nn and en: each meeting kind,
 * document kind, way of signing in, and what an access line was about — its own friendly words,
 * not the staff app's (no "varsler").
 */
import { describe, expect, it } from 'vitest';
import { accessActions, accessSubjects } from '../../../domain/audit/build-access-report';
import { signatoryRoles, signatureMethods } from '../../../domain/plans/plan-versions';
import { meetingKinds } from '../../../domain/vocabulary';
import { catalogs, type Catalog } from '../../i18n/catalogs';
import { knownDocumentKinds } from './home-view';

function lookup(catalog: Catalog, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Catalog)[part] : undefined), catalog);
}

const keys = [
  ...meetingKinds.map((k) => `home.meetingKind.${k}`),
  ...[...knownDocumentKinds, 'other'].map((k) => `home.documentKind.${k}`),
  ...['feide', 'id_porten'].map((k) => `home.provider.${k}`),
  ...accessActions.map((k) => `home.access.action.${k}`),
  ...accessSubjects.map((k) => `home.access.subject.${k}`),
  ...signatureMethods.map((k) => `signatureMethod.${k}`),
  ...signatoryRoles.map((k) => `signatoryRole.${k}`),
];

describe('the home catalogs', () => {
  it.each(Object.keys(catalogs))('%s names every value the home view is sent', (language) => {
    const catalog = catalogs[language as keyof typeof catalogs];
    expect(keys.filter((key) => typeof lookup(catalog, key) !== 'string')).toEqual([]);
  });

  it.each(Object.keys(catalogs))('%s uses no word for flags or risk', (language) => {
    const texts = (node: unknown): string[] => (typeof node === 'string' ? [node] : Object.values(node as Catalog).flatMap(texts));
    const home = texts(catalogs[language as keyof typeof catalogs].home);
    expect(home.length).toBeGreaterThan(50);
    expect(home.filter((text) => /varsel|varsl|risiko|bekymring|\buro\b|\bflag|\brisk|warning/i.test(text))).toEqual([]);
  });
});
