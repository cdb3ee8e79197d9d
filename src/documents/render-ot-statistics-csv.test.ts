import { describe, expect, it } from 'vitest';
import { renderOtStatisticsCsv } from './render-ot-statistics-csv.js';

describe("OT's statistics as CSV", () => {
  it('writes one row per school and status code, "<5" for a hidden count, and quotes what needs it', () => {
    const csv = renderOtStatisticsCsv({
      on: '2026-06-30',
      schools: [
        { name: 'Varde vgs', orgNumber: '974123456', byStatus: [{ code: 'OTUK', count: 0 }, { code: 'OTOV', count: null }, { code: 'OTAR', count: 7 }] },
        { name: 'Skule; "den gamle"', orgNumber: null, byStatus: [{ code: 'OTUK', count: 5 }] },
      ],
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'dato;skole;organisasjonsnummer;statuskode;antall',
      '2026-06-30;Varde vgs;974123456;OTUK;0',
      '2026-06-30;Varde vgs;974123456;OTOV;<5',
      '2026-06-30;Varde vgs;974123456;OTAR;7',
      '2026-06-30;"Skule; ""den gamle""";;OTUK;5',
      '',
    ]);
  });
});
