/**
 * The home view's pages rendered to HTML with an answer from the server in the query cache: what
 * a guardian or a student reads, in each language, and what they must never read (the browser
 * test signs in through the provider and signs; this checks the wording of every part).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { AccessReportView } from '../../../../shared/audit-api';
import type { HomeAccessReport, HomeOverview, HomeSession } from '../../../../shared/home-api';
import { catalogs } from '../../../i18n/catalogs';
import { homeKeys, type HomeSessionState } from '../api/use-home';
import { HomeAccessPage } from './home-access-page';
import { HomeStudentPage } from './home-student-page';

const studentId = '0b7a3c1e-1f2d-4c5b-8a9e-000000000001';
const planId = '0b7a3c1e-1f2d-4c5b-8a9e-000000000002';
const guardianId = '0b7a3c1e-1f2d-4c5b-8a9e-000000000003';

const guardianSession: HomeSession = {
  personKind: 'foresatt',
  method: 'id_porten',
  name: 'Kari Nordmann',
  csrfToken: 'token',
  students: [{ id: studentId, name: 'Ola Nordmann', schoolName: 'Varde skole', basis: 'minor' }],
};

const tiltaksplan = {
  longTermGoals: ['Ola møter på skolen hver dag.'],
  shortTermGoals: ['Ola kommer til første time tre dager i uka.'],
  startsOn: '2026-11-02',
  endsOn: '2026-12-18',
  evaluationMeeting: { on: '2026-12-10', time: '14:00', place: 'Møterom 2' },
  rows: [{ maintainingFactor: 'Vanskelige morgener', measure: 'Kontaktlæreren tar imot Ola ved inngangen', responsible: 'Kontaktlærer', planB: '', evaluation: '' }],
};

const overview = (patch: Partial<HomeOverview> = {}): HomeOverview => ({
  student: guardianSession.students[0]!,
  plans: [
    {
      planId,
      kind: 'tiltaksplan',
      version: 2,
      status: 'draft',
      content: tiltaksplan,
      signatures: [],
      canSign: true,
      signedByMe: false,
      updatedAt: '2026-11-20T09:00:00Z',
    },
    {
      planId,
      kind: 'tiltaksplan',
      version: 1,
      status: 'signed',
      content: tiltaksplan,
      signatures: [
        { name: 'Lærer Lund', role: 'skole', method: 'i_varde', signedOn: '2026-11-03', recordedBy: 'Lærer Lund', recordedAt: '2026-11-03T10:00:00Z' },
        { name: 'Kari Nordmann', role: 'foresatt', method: 'id_porten', signedOn: '2026-11-04', recordedBy: 'Kari Nordmann', recordedAt: '2026-11-04T18:00:00Z' },
      ],
      canSign: false,
      signedByMe: true,
      updatedAt: '2026-11-03T09:00:00Z',
    },
  ],
  meetings: [{ id: '0b7a3c1e-1f2d-4c5b-8a9e-000000000004', kind: 'evalueringsmote', startsAt: '2099-12-10T13:00:00Z', place: 'Møterom 2', summonsSentOn: '2026-11-20' }],
  documents: [{ id: '0b7a3c1e-1f2d-4c5b-8a9e-000000000005', kind: 'innkalling', title: 'Innkalling til evalueringsmøte', createdAt: '2026-11-20T09:00:00Z' }],
  guardianConsents: null,
  ...patch,
});

async function render(page: ReactElement, path: string, route: string, data: { session: HomeSession; overview?: HomeOverview; access?: HomeAccessReport }, language: 'nb' | 'nn' | 'en' = 'nb') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources: { nb: { translation: catalogs.nb }, nn: { translation: catalogs.nn }, en: { translation: catalogs.en } },
    lng: language,
    fallbackLng: 'nb',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  const signedIn: HomeSessionState = { status: 'signed_in', session: data.session };
  queryClient.setQueryData(homeKeys.session, signedIn);
  if (data.overview) queryClient.setQueryData(homeKeys.overview(studentId), data.overview);
  if (data.access) queryClient.setQueryData(homeKeys.access(studentId), data.access);
  const tree = createElement(
    I18nextProvider,
    { i18n },
    createElement(
      QueryClientProvider,
      { client: queryClient },
      createElement(MemoryRouter, { initialEntries: [path] }, createElement(Routes, null, createElement(Route, { path: route, element: page }))),
    ),
  );
  const html = renderToStaticMarkup(tree);
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

const renderStudent = (data: Parameters<typeof render>[3], language?: 'nb' | 'nn' | 'en') =>
  render(createElement(HomeStudentPage), `/hjem/elev/${studentId}`, '/hjem/elev/:studentId', data, language);

describe('the student page of the home view', () => {
  it('shows the plans, meetings, documents and the way to the access report, each under its heading', async () => {
    const { html, text } = await renderStudent({ session: guardianSession, overview: overview() });
    for (const heading of ['Ola Nordmann', 'Planer og avtaler', 'Tiltaksplan, versjon 2', 'Tiltaksplan, versjon 1', 'Møter', 'Dokumenter', 'Hvem har sett opplysningene']) {
      expect(html).toMatch(new RegExp(`<h[1-4][^>]*>${heading}</h[1-4]>`));
    }
    expect(text).toContain('Utkast til gjennomlesing');
    expect(text).toContain('Lærer Lund (skolen), signert i Varde 03.11.2026');
    expect(text).toContain('Kari Nordmann (foresatt), signert med ID-porten 04.11.2026');
    expect(text).toContain('Du signerte 04.11.2026');
    expect(text).toContain('Kontaktlæreren tar imot Ola ved inngangen');
    expect(text).toContain('Evalueringsmøte');
    // 13:00 UTC in December is 14:00 in Norway.
    expect(text).toMatch(/10\.12\.2099,? 14:00/);
    expect(text).toContain('Innkalling sendt 20.11.2026');
    expect(html).toContain(`href="/api/home/students/${studentId}/documents/0b7a3c1e-1f2d-4c5b-8a9e-000000000005"`);
    expect(html).toContain(`href="/hjem/elev/${studentId}/innsyn"`);
  });

  it('offers "Signer" only on the version it is this person’s turn to sign, named by the plan', async () => {
    const { html } = await renderStudent({ session: guardianSession, overview: overview() });
    const buttons = [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(buttons.filter((name) => name.startsWith('Signer'))).toEqual(['Signer Tiltaksplan, versjon 2']);
  });

  it('has no guardian switches for a minor, and says when nothing is shared', async () => {
    const { text } = await renderStudent({ session: guardianSession, overview: overview({ plans: [], meetings: [], documents: [] }) });
    expect(text).not.toContain('Foresatte som kan se dette');
    expect(text).toContain('Skolen har ikke delt noen planer ennå.');
    expect(text).toContain('Ingen møter er satt opp.');
    expect(text).toContain('Skolen har ikke sendt noen dokumenter ennå.');
  });

  it('lets an adult student decide which guardians see it, a labelled switch each', async () => {
    const adult: HomeSession = { ...guardianSession, personKind: 'elev', method: 'feide', name: 'Ola Nordmann', students: [{ ...guardianSession.students[0]!, basis: 'self' }] };
    const { html, text } = await renderStudent({
      session: adult,
      overview: overview({ guardianConsents: [{ guardianId, name: 'Kari Nordmann', consentInForce: true }, { guardianId: planId, name: 'Per Nordmann', consentInForce: false }] }),
    });
    expect(html).toMatch(/<h2[^>]*>Foresatte som kan se dette<\/h2>/);
    expect(text).toContain('Fra du fyller 18 år, bestemmer du selv.');
    expect(text).toContain('Kari Nordmann kan se dette');
    expect(text).toContain('Per Nordmann kan se dette');
    expect(html.match(/role="switch"[^>]*checked=""|checked=""[^>]*role="switch"/g)).toHaveLength(1);
  });

  it.each(['nn', 'en'] as const)('reads in %s too', async (language) => {
    const { text } = await renderStudent({ session: guardianSession, overview: overview() }, language);
    expect(text).toContain(language === 'nn' ? 'Planar og avtalar' : 'Plans and agreements');
    expect(text).toContain(language === 'nn' ? 'signert med ID-porten' : 'signed with ID-porten');
  });
});

describe('the access report of the home view', () => {
  const line = (patch: Partial<AccessReportView['lines'][number]>): AccessReportView['lines'][number] => ({
    day: '2026-11-20',
    firstAt: '2026-11-20T08:00:00Z',
    lastAt: '2026-11-20T09:00:00Z',
    action: 'read',
    subject: 'plan',
    actor: { staffId: planId, name: 'Lærer Lund', roles: [{ role: 'kontaktlaerer', schoolName: 'Varde skole' }] },
    count: 3,
    status: null,
    addresses: [],
    ...patch,
  });

  it('says who by role and school, what, and how many times — never the name of the staff member', async () => {
    const access: HomeAccessReport = {
      period: { from: '2025-11-21', to: '2026-11-20' },
      lines: [line({}), line({ subject: 'flags', actor: null, count: 1, action: 'update' })],
    };
    const { html, text } = await render(createElement(HomeAccessPage), `/hjem/elev/${studentId}/innsyn`, '/hjem/elev/:studentId/innsyn', { session: guardianSession, access });
    expect(html).toMatch(/<h1[^>]*>Hvem har sett opplysningene om Ola Nordmann<\/h1>/);
    expect(text).toContain('Fra 21.11.2025 til 20.11.2026');
    expect(text).toContain('Kontaktlærer ved Varde skole');
    expect(text).toContain('Leste en plan, 3 ganger');
    expect(text).toContain('Endret skolens oversikt over fravær og karakterer, 1 gang');
    expect(text).not.toContain('Lærer Lund');
    expect(text).not.toMatch(/varsel/i);
  });

  it('says so when nobody has looked', async () => {
    const { text } = await render(createElement(HomeAccessPage), `/hjem/elev/${studentId}/innsyn`, '/hjem/elev/:studentId/innsyn', {
      session: guardianSession,
      access: { period: { from: '2025-11-21', to: '2026-11-20' }, lines: [] },
    });
    expect(text).toContain('Ingen har lest eller endret opplysningene i denne perioden.');
  });
});
