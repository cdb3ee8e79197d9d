import { describe, expect, it } from 'vitest';
import type { AccessReportView } from '../shared/audit-api.js';
import { accessReportFilename } from './access-report-document.js';
import { exampleLetterhead } from './document-examples.js';
import { pdfText } from './pdf-text.js';
import { renderAccessReportPdf } from './render-access-report-pdf.js';

const report: AccessReportView = {
  student: { id: '00000000-0000-4000-8000-00000000000a', name: 'Ada Øverland', school: { id: '00000000-0000-4000-8000-000000000001', name: 'Varde videregående skole' } },
  period: { from: '2025-11-24', to: '2026-11-23' },
  lines: [
    {
      day: '2026-11-20',
      firstAt: '2026-11-20T08:00:00Z',
      lastAt: '2026-11-20T12:00:00Z',
      action: 'read',
      subject: 'student_page',
      actor: { staffId: '00000000-0000-4000-8000-0000000000b1', name: 'Kari Lunde', roles: [{ role: 'kontaktlaerer', schoolName: 'Varde videregående skole' }] },
      count: 40,
      status: null,
      addresses: ['10.1.2.3'],
    },
  ],
  refusals: [],
};

describe('the access report as a PDF', () => {
  it('says who read what, how often, with role and school, on request — and never the address', async () => {
    const text = await pdfText(await renderAccessReportPdf({ letterhead: exampleLetterhead, language: 'nb', report, generatedOn: '2026-11-23' }));
    for (const part of ['Hvem har sett opplysningene', 'Utskrift på forespørsel', 'Ada Øverland', '24.11.2025–23.11.2026', 'Kari Lunde', 'kontaktlærer ved Varde videregående skole', 'Leste elevsiden', '40', 'Ingen i perioden.']) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('10.1.2.3');
  });

  it('is written in nynorsk when asked', async () => {
    const text = await pdfText(await renderAccessReportPdf({ letterhead: exampleLetterhead, language: 'nn', report, generatedOn: '2026-11-23' }));
    for (const part of ['Kven har sett opplysningane', 'Utskrift på førespurnad', 'kontaktlærar ved', 'Las elevsida', 'Avviste forsøk']) expect(text).toContain(part);
  });

  it('is named for the student and the period, in plain letters', () => {
    expect(accessReportFilename(report)).toBe('innsyn-ada-overland-2025-11-24-2026-11-23.pdf');
  });
});
