/**
 * Looks through an Excel workbook before ExcelJS reads it, without unpacking it into memory: a
 * workbook is a zip of XML, and a few kilobytes of it can unpack to gigabytes, or to one cell of
 * a hundred million characters, which ExcelJS (and its XML parser) would build whole as one string.
 * The scan inflates the first worksheet and the shared strings piece by piece and measures every
 * cell's text as it streams past, keeping only short texts (the header's names, the numbers that
 * point into the shared strings); it finds:
 *  - cells longer than MAX_CELL_CHARS, with their row and column (the header's name for the column
 *    when the header is plain text, else its letter), whether the text is in the cell itself or
 *    in the shared strings;
 *  - a workbook that unpacks to more than MAX_XLSX_UNPACKED_BYTES.
 * A file that is not a zip it understands is left to ExcelJS, which reports it unreadable.
 */
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { MAX_CELL_CHARS, MAX_XLSX_UNPACKED_BYTES } from '../shared/import-limits.js';

export interface XlsxScan {
  /** Cells longer than the limit, in the order of the sheet. */
  longCells: Array<{ row: number; column: string; length: number }>;
  /** True when the workbook unpacks to more than the limit (the scan stops there). */
  tooLarge: boolean;
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  headerOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** The zip's central directory, or undefined when the bytes are not a zip this reads (ZIP64, damaged). */
export function zipEntries(data: Buffer): ZipEntry[] | undefined {
  const from = Math.max(0, data.length - 65_557);
  let end = -1;
  for (let i = data.length - 22; i >= from; i--) {
    if (data.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = data.readUInt16LE(at + 28);
    const entry = {
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      headerOffset: data.readUInt32LE(at + 42),
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
    };
    // 0xffffffff: the real figure is in a ZIP64 field, which no workbook under the file limit needs.
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.headerOffset === 0xffffffff) return undefined;
    entries.push(entry);
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return entries;
}

/** The entry's bytes unpacked, in pieces of some kilobytes. */
async function* unpacked(data: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const at = entry.headerOffset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL_HEADER) throw new Error(`${entry.name}: no local header`);
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const packed = data.subarray(start, start + entry.compressedSize);
  const pieces = function* () {
    for (let i = 0; i < packed.length; i += 65_536) yield packed.subarray(i, i + 65_536);
  };
  if (entry.method === 0) {
    let n = 0;
    for (const piece of pieces()) {
      yield piece;
      // Inflating yields to the event loop by itself; reading stored bytes does not.
      if (++n % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    return;
  }
  if (entry.method !== 8) throw new Error(`${entry.name}: compression method ${entry.method}`);
  const inflater = Readable.from(pieces()).pipe(createInflateRaw());
  for await (const chunk of inflater) yield chunk as Buffer;
}

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SEMICOLON = 0x3b;
/** Tags and short texts are kept up to this many bytes; longer ones are only measured. */
const KEPT_BYTES = 512;

/**
 * A streaming XML tokenizer just good enough for a workbook's parts: it hands over each tag (when
 * short) and the length in characters of each text between tags, with the text when short. An
 * entity (&amp;) is one character; UTF-8 continuation bytes are not counted.
 */
class XmlScanner {
  private inTag = false;
  private inEntity = false;
  private kept: Buffer[] = [];
  private keptBytes = 0;
  private keptTooMuch = false;
  private chars = 0;
  private tagBytes = 0;

  constructor(
    /** The tag without its brackets, or undefined when it is longer than KEPT_BYTES; and its length in bytes. */
    private readonly onTag: (tag: string | undefined, bytes: number) => void,
    private readonly onText: (chars: number, text: string | undefined) => void,
  ) {}

  feed(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.inTag) {
        const close = chunk.indexOf(GT, i);
        const stop = close < 0 ? chunk.length : close;
        this.tagBytes += stop - i;
        this.keep(chunk, i, stop);
        i = stop;
        if (close < 0) break;
        this.onTag(this.keptTooMuch ? undefined : Buffer.concat(this.kept).toString('utf8'), this.tagBytes);
        this.inTag = false;
        this.reset();
        i++;
        continue;
      }
      const open = chunk.indexOf(LT, i);
      const stop = open < 0 ? chunk.length : open;
      let chars = 0;
      let inEntity = this.inEntity;
      for (let k = i; k < stop; k++) {
        const b = chunk[k]!;
        if (inEntity) {
          if (b === SEMICOLON) inEntity = false;
        } else {
          if (b === AMP) inEntity = true;
          if ((b & 0xc0) !== 0x80) chars++;
        }
      }
      this.inEntity = inEntity;
      this.chars += chars;
      this.keep(chunk, i, stop);
      i = stop;
      if (open < 0) break;
      if (this.chars > 0) this.onText(this.chars, this.keptTooMuch ? undefined : decodeEntities(Buffer.concat(this.kept).toString('utf8')));
      this.inTag = true;
      this.inEntity = false;
      this.reset();
      i++;
    }
  }

  private keep(chunk: Buffer, from: number, to: number) {
    if (this.keptTooMuch || to === from) return;
    this.keptBytes += to - from;
    if (this.keptBytes > KEPT_BYTES) {
      this.keptTooMuch = true;
      this.kept = [];
    } else this.kept.push(Buffer.from(chunk.subarray(from, to)));
  }

  private reset() {
    this.kept = [];
    this.keptBytes = 0;
    this.keptTooMuch = false;
    this.chars = 0;
    this.tagBytes = 0;
  }
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return named[name] ?? whole;
  });
}

/** The tag's name (with a leading / for a closing tag), its attributes, and whether it closes itself. */
function parseTag(tag: string): { name: string; attributes: string; selfClosing: boolean } {
  const match = /^(\/?[\w:.-]+)([\s\S]*?)(\/?)$/.exec(tag.trim());
  if (!match) return { name: '', attributes: '', selfClosing: false };
  // Namespaced parts (x:c) are read as their local names.
  const name = match[1]!.replace(/^(\/?)[\w.-]+:/, '$1');
  return { name, attributes: match[2]!, selfClosing: match[3] === '/' };
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(attributes)?.[1] ?? new RegExp(`(?:^|\\s)${name}\\s*=\\s*'([^']*)'`).exec(attributes)?.[1];
}

/** Column letters (A, Z, AA) to a number from 1, and back. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}
function columnLetters(n: number): string {
  let letters = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

/** The first shared strings are the header's names when the header was typed first, as it almost always is. */
const NAMES_KEPT = 256;

interface SharedStrings {
  /** Index → length, for the strings longer than the limit. */
  long: Map<number, number>;
  /** The first strings, when short: the header's names. */
  first: Array<string | undefined>;
}

export async function scanXlsx(data: Uint8Array, maxUnpackedBytes = MAX_XLSX_UNPACKED_BYTES): Promise<XlsxScan | undefined> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const entries = zipEntries(bytes);
  if (!entries) return undefined;
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > maxUnpackedBytes) return { longCells: [], tooLarge: true };
  const strings = entries.find((e) => e.name === 'xl/sharedStrings.xml');
  const sheet = entries.find((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
  if (!sheet) return undefined;
  // The declared sizes may lie: the bytes are counted as they are unpacked as well.
  const budget = { left: maxUnpackedBytes };
  try {
    const shared = strings ? await scanSharedStrings(bytes, strings, budget) : { long: new Map<number, number>(), first: [] };
    if (budget.left < 0) return { longCells: [], tooLarge: true };
    const longCells = await scanSheet(bytes, sheet, shared, budget);
    if (budget.left < 0) return { longCells: [], tooLarge: true };
    return { longCells, tooLarge: false };
  } catch {
    // Not a workbook this scan can read: ExcelJS will say what is wrong with it.
    return undefined;
  }
}

async function scanSharedStrings(data: Buffer, entry: ZipEntry, budget: { left: number }): Promise<SharedStrings> {
  const long = new Map<number, number>();
  const first: Array<string | undefined> = [];
  let index = -1;
  let chars = 0;
  let text: string | undefined = '';
  const scanner = new XmlScanner(
    (tag, bytes) => {
      // Markup no workbook writes (a huge attribute, a CDATA section) counts as text: the XML parser would build it whole.
      if (tag === undefined) {
        chars += bytes;
        text = undefined;
        return;
      }
      const { name, selfClosing } = parseTag(tag);
      if (name === 'si') {
        index++;
        chars = 0;
        text = '';
        if (selfClosing && index < NAMES_KEPT) first[index] = '';
      } else if (name === '/si') {
        if (chars > MAX_CELL_CHARS) long.set(index, chars);
        if (index < NAMES_KEPT) first[index] = text;
      }
    },
    (n, piece) => {
      chars += n;
      text = text === undefined || piece === undefined || text.length + piece.length > KEPT_BYTES ? undefined : text + piece;
    },
  );
  for await (const chunk of unpacked(data, entry)) {
    budget.left -= chunk.length;
    if (budget.left < 0) break;
    scanner.feed(chunk);
  }
  return { long, first };
}

async function scanSheet(data: Buffer, entry: ZipEntry, shared: SharedStrings, budget: { left: number }): Promise<XlsxScan['longCells']> {
  const found: XlsxScan['longCells'] = [];
  const header = new Map<number, string>();
  let row = 0;
  let column = 0;
  let inCell = false;
  let cellType: string | undefined;
  let chars = 0;
  let value: string | undefined;
  let inValue = false;
  let inlineText: string | undefined;
  const scanner = new XmlScanner(
    (tag, bytes) => {
      // Markup no workbook writes (a huge attribute, a CDATA section) counts as the cell's text: the XML parser would build it whole.
      if (tag === undefined) {
        if (inCell) chars += bytes;
        else if (bytes > MAX_CELL_CHARS) found.push({ row: Math.max(row, 1), column: columnLetters(column + 1), length: bytes });
        return;
      }
      const { name, attributes, selfClosing } = parseTag(tag);
      switch (name) {
        case 'row': {
          const r = Number(attribute(attributes, 'r'));
          row = Number.isInteger(r) && r > 0 ? r : row + 1;
          column = 0;
          break;
        }
        case 'c': {
          const ref = attribute(attributes, 'r');
          const letters = ref ? /^([A-Za-z]+)/.exec(ref)?.[1] : undefined;
          column = letters ? columnNumber(letters) : column + 1;
          cellType = attribute(attributes, 't');
          chars = 0;
          value = '';
          inlineText = '';
          inCell = !selfClosing;
          break;
        }
        case 'v':
          inValue = !selfClosing;
          break;
        case '/v':
          inValue = false;
          break;
        case '/c': {
          inCell = false;
          const index = cellType === 's' && value !== undefined ? Number(value) : Number.NaN;
          const length = chars > MAX_CELL_CHARS ? chars : shared.long.get(index);
          if (row === 1) {
            const name = cellType === 's' ? shared.first[index] : cellType === 'inlineStr' ? inlineText : value;
            if (name !== undefined && name.trim() !== '') header.set(column, name.trim());
          }
          if (length !== undefined) found.push({ row, column: header.get(column) ?? columnLetters(column), length });
          break;
        }
      }
    },
    (n, piece) => {
      if (!inCell) return;
      chars += n;
      if (inValue) value = value === undefined || piece === undefined || value.length + piece.length > KEPT_BYTES ? undefined : value + piece;
      else inlineText = inlineText === undefined || piece === undefined || inlineText.length + piece.length > KEPT_BYTES ? undefined : inlineText + piece;
    },
  );
  for await (const chunk of unpacked(data, entry)) {
    budget.left -= chunk.length;
    if (budget.left < 0) break;
    scanner.feed(chunk);
  }
  return found;
}
