/**
 * The report of a FINT sync (fint-sync-report.tsx), rendered to HTML in each language: what the
 * school is to complete or check, the Feide names, and a failed run's error. The fake FINT of the
 * browser tests has no such warnings, so they are shown here.
 */
import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../i18n/catalogs';
import { FintSyncReportView, type FintReport } from './fint-sync-report';

async function render(report: FintReport, language: 'nb' | 'nn' | 'en' = 'nb'): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    resources: { nb: { translation: catalogs.nb }, nn: { translation: catalogs.nn }, en: { translation: catalogs.en } },
    lng: language,
    fallbackLng: 'nb',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const view = createElement(FintSyncReportView, { report, schoolName: 'Varde vgs', level: 3, headingRef: null });
  // Text only, so that the expectations read as the page does.
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, view))
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

const noChanges = { groupsAdded: [], studentsAdded: [], studentsUpdated: [], studentsGone: [], membershipsAdded: [], membershipsEnded: [], membershipsUpdated: [], staffAdded: [] };

function synced(over: Partial<Extract<FintReport, { status: 'synced' }>> = {}): FintReport {
  return {
    status: 'synced',
    school: { systemId: 'S1', name: 'Fjordvik videregående skole' },
    schoolYear: { id: 'y', name: '2026–2027' },
    changes: noChanges,
    counts: {},
    skipped: {},
    warnings: [],
    feideNamesChanged: 0,
    durationMs: 10,
    ...over,
  };
}

const noBirthDate = { code: 'required', resource: 'elev', id: 'E4', field: 'fodselsdato', text: 'studentWithoutBirthDate', params: { name: 'Elev4 Fjordvik', id: 'E4' } };

describe('the FINT sync report', () => {
  it('lists what the school is to complete or check, in the FINT catalogs’ words', async () => {
    const text = await render(synced({ warnings: [noBirthDate], feideNamesChanged: 9 }));
    expect(text).toContain('Til utfylling eller kontroll');
    expect(text).toContain('Elev4 Fjordvik (elev med systemId E4) har ingen fødselsdato i FINT');
    expect(text).toContain('elev (fodselsdato)');
    expect(text).toContain('9 Feide-navn er lagret eller endret');
  });

  it('says nothing of warnings or Feide names when there are none', async () => {
    const text = await render(synced());
    expect(text).not.toContain('Til utfylling eller kontroll');
    expect(text).not.toContain('Feide-navn');
  });

  it('speaks nynorsk and English too', async () => {
    expect(await render(synced({ warnings: [noBirthDate], feideNamesChanged: 1 }), 'nn')).toContain('1 Feide-namn er lagra eller endra');
    expect(await render(synced({ warnings: [noBirthDate] }), 'en')).toContain('To complete or check');
  });

  it('shows a failed run’s error, in words and as FINT gave it', async () => {
    const text = await render({ status: 'failed', error: { code: 'unreachable', message: 'connect ECONNREFUSED', collection: 'elev' }, durationMs: 5 });
    expect(text).toContain('FINT-synkroniseringen stoppet, og ingenting er lagret');
    expect(text).toContain('Varde fikk ikke kontakt med FINT.');
    expect(text).toContain('Stoppet ved samlingen elev.');
    expect(text).toContain('Feilmelding: connect ECONNREFUSED');
  });
});
