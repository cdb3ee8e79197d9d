import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS } from '../shared/import-limits.js';
import { scanXlsx, zipEntries } from './scan-xlsx.js';

async function workbook(rows: unknown[][], useSharedStrings = true): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Fravær');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer({ useSharedStrings } as Partial<ExcelJS.XlsxWriteOptions>));
}

/** A zip of one stored or deflated entry per file, as a workbook's parts are kept. */
function zip(files: Record<string, string>, deflate = true): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.from(content);
    const data = deflate ? deflateRawSync(raw) : raw;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(deflate ? 8 : 0, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(raw.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('scanning a workbook before reading it', () => {
  it('finds cells over the limit by row and by the header’s name, in shared strings and in the cell, in characters', async () => {
    const rows = [
      ['dato', 'elevnummer', 'årsak & merknad'],
      ['2026-11-02', 'B1', 'x'.repeat(MAX_CELL_CHARS + 1)],
      ['2026-11-03', 'B2', 'kort'],
      // Two bytes a character, and an entity: at the limit, not over it.
      ['2026-11-03', 'æ'.repeat(MAX_CELL_CHARS), `${'y'.repeat(MAX_CELL_CHARS - 1)}&`],
      ['2026-11-04', 'ø'.repeat(MAX_CELL_CHARS + 5), 'z'],
    ];
    for (const shared of [true, false]) {
      expect(await scanXlsx(await workbook(rows, shared))).toEqual({
        longCells: [
          { row: 2, column: 'årsak & merknad', length: MAX_CELL_CHARS + 1 },
          { row: 5, column: 'elevnummer', length: MAX_CELL_CHARS + 5 },
        ],
        tooLarge: false,
      });
    }
  });

  it('names the column by its letter when the header does not name it', async () => {
    const scan = await scanXlsx(await workbook([['dato'], ['2026-11-02', 'B1', 'x'.repeat(MAX_CELL_CHARS + 1)]]));
    expect(scan?.longCells).toEqual([{ row: 2, column: 'C', length: MAX_CELL_CHARS + 1 }]);
  });

  it('finds nothing in an ordinary workbook', async () => {
    expect(await scanXlsx(await workbook([['dato', 'elevnummer'], [new Date(Date.UTC(2026, 10, 2)), 42]]))).toEqual({ longCells: [], tooLarge: false });
  });

  it('refuses a workbook that says it unpacks to more than the limit, and one that does without saying so', async () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>dato</t></is></c></row></sheetData></worksheet>';
    const limit = 100_000;
    const fits = zip({ 'xl/sharedStrings.xml': `<sst>${' '.repeat(limit / 2)}</sst>`, 'xl/worksheets/sheet1.xml': sheet });
    expect(await scanXlsx(fits, limit)).toEqual({ longCells: [], tooLarge: false });
    const big = zip({ 'xl/sharedStrings.xml': `<sst>${' '.repeat(limit)}</sst>`, 'xl/worksheets/sheet1.xml': sheet });
    expect(zipEntries(big)!.map((e) => e.name)).toEqual(['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']);
    expect(await scanXlsx(big, limit)).toEqual({ longCells: [], tooLarge: true });
    // The directory claims a small size for the shared strings, which unpack to more.
    const lying = Buffer.from(big);
    const directoryAt = lying.readUInt32LE(lying.length - 6);
    lying.writeUInt32LE(1000, directoryAt + 24);
    expect(zipEntries(lying)![0]!.size).toBe(1000);
    expect(await scanXlsx(lying, limit)).toEqual({ longCells: [], tooLarge: true });
  });

  it('counts markup no workbook writes (a CDATA section) as the cell’s text, in a stored entry too', async () => {
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>årsak</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[${'x'.repeat(MAX_CELL_CHARS * 2)}]]></t></is></c></row></sheetData></worksheet>`;
    const scan = await scanXlsx(zip({ 'xl/worksheets/sheet1.xml': sheet }, false));
    expect(scan?.longCells).toEqual([{ row: 2, column: 'årsak', length: MAX_CELL_CHARS * 2 + '![CDATA[]]'.length }]);
  });

  it('leaves what is not a zip to ExcelJS', async () => {
    expect(await scanXlsx(Buffer.from('PK\u0003\u0004 not really'))).toBeUndefined();
  });
});
