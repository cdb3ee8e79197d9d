/**
 * The delivery log and the notice settings rendered to HTML with the server's answer in the query
 * cache: what a line says, where "send again" is offered, and the settings' words on the same-day
 * notice (off by default, and never naming absence in what guardians receive).
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { NoticeLine, NoticeLog, NoticeSettings } from '../../../../shared/notice-api';
import { catalogs } from '../../../i18n/catalogs';
import { noticeKeys } from '../api/use-notices';
import { NoticeLogSection } from './notice-log-section';
import { NoticeSettingsSection } from './notice-settings-section';

const caseId = '0b7a3c1e-1f2d-4c5b-8a9e-000000000001';
const schoolId = '0b7a3c1e-1f2d-4c5b-8a9e-000000000002';

const line = (patch: Partial<NoticeLine>): NoticeLine => ({
  id: '0b7a3c1e-1f2d-4c5b-8a9e-000000000010',
  kind: 'innkalling',
  recipientKind: 'foresatt',
  recipientName: 'Kari Nordmann',
  channel: 'epost',
  addressHint: 'k***@example.no',
  status: 'queued',
  statusReason: null,
  statusDetail: null,
  day: '2026-11-23',
  createdAt: '2026-11-23T09:00:00.000Z',
  sentAt: null,
  deliveredAt: null,
  failedAt: null,
  attempts: 0,
  createdByName: 'Lærer Lund',
  canResend: false,
  ...patch,
});

async function render(element: ReactElement, cache: (client: QueryClient) => void, language: 'nb' | 'nn' | 'en' = 'nb') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources: { nb: { translation: catalogs.nb }, nn: { translation: catalogs.nn }, en: { translation: catalogs.en } },
    lng: language,
    fallbackLng: 'nb',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  cache(client);
  const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(QueryClientProvider, { client }, element)));
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

const renderLog = (log: Omit<NoticeLog, 'studentId'>, language?: 'nb' | 'nn' | 'en') =>
  render(createElement(NoticeLogSection, { of: { caseId } }), (c) => c.setQueryData([...noticeKeys.log({ caseId }), 0], { studentId: caseId, ...log }), language);

describe('the delivery log', () => {
  it('shows one line per notice: to whom, what, by which channel with the address masked, and its status', async () => {
    const { html, text } = await renderLog({
      channels: ['epost'],
      notices: [line({}), line({ id: '0b7a3c1e-1f2d-4c5b-8a9e-000000000011', recipientName: 'Per Nordmann', channel: null, addressHint: null, status: 'not_sent', statusReason: 'no_address', canResend: true })],
    });
    expect(html).toMatch(/<h2[^>]*>Varsler sendt<\/h2>/);
    expect(text).toContain('Kari Nordmann (foresatt)');
    expect(text).toContain('Innkalling til møte');
    expect(text).toContain('E-post (k***@example.no)');
    expect(text).toContain('I kø');
    expect(text).toContain('Ikke sendt Mangler e-postadresse og mobilnummer');
    const buttons = [...html.matchAll(/<button[^>]*aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(buttons).toEqual(['Send på nytt til Per Nordmann']);
    expect(html).not.toContain('<details');
  });

  it('is folded away while nothing has been sent, and says when no channel is set up', async () => {
    const { html, text } = await renderLog({ channels: [], notices: [] }, 'nn');
    expect(html).toContain('<details');
    expect(text).toContain('Varsel sende: ingen enno');
    expect(text).toContain('ingen måte å sende varsel på');
  });
});

describe("the school's notice settings", () => {
  const settings: NoticeSettings = { language: 'nb', sameDayAbsenceNotice: false, phone: null };
  const renderSettings = (mayEdit: boolean, language?: 'nb' | 'nn' | 'en') =>
    render(createElement(NoticeSettingsSection, { schoolId, mayEdit }), (c) => c.setQueryData(noticeKeys.settings(schoolId), settings), language);

  it('tells the skoleleder the same-day notice is off by default and what guardians then receive, never naming absence in it', async () => {
    for (const language of ['nb', 'nn', 'en'] as const) {
      const { html, text } = await renderSettings(true, language);
      expect(html).toContain('type="checkbox"');
      expect(html).not.toMatch(/type="checkbox"[^>]*checked/);
      const quoted = /[«“]([^»”]*)[»”]/.exec(text)?.[1] ?? '';
      expect(quoted, language).toMatch(/snakke med deg i dag|talk with you today/);
      expect(quoted, language).not.toMatch(/fravær|fråvær|absen/i);
    }
    expect((await renderSettings(true)).text).toContain('Av som standard');
  });

  it('shows the rest of the leadership the settings without a form', async () => {
    const { html, text } = await renderSettings(false);
    expect(html).not.toContain('<form');
    expect(text).toContain('Varsler skrives på bokmål. Beskjed samme dag er av.');
  });
});
