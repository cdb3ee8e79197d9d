import { describe, expect, it } from 'vitest';
import { readJsonLines } from './json-lines';

/** A stream that delivers the text's bytes in the given chunk sizes. */
function streamOf(text: string, chunkSizes: number[]): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = chunkSizes[i % chunkSizes.length]!;
    chunks.push(bytes.slice(at, at + size));
    at += size;
  }
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function all(stream: ReadableStream<Uint8Array>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const line of readJsonLines(stream)) out.push(line);
  return out;
}

const lines = [
  { type: 'progress', phase: 'reading', rowsRead: 4, rowsWritten: 0 },
  { type: 'result', status: 'rejected', problems: [{ row: 2, column: 'fødselsdato', message: '«31.02.2010» er ikke en gyldig dato.' }] },
];
const text = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';

describe('readJsonLines', () => {
  it('yields each line whole, however the bytes are cut, also inside ø and «', async () => {
    for (const sizes of [[1], [2], [3], [7, 1], [text.length * 2]]) {
      expect(await all(streamOf(text, sizes))).toEqual(lines);
    }
  });

  it('reads a last line without a line break, and skips blank lines', async () => {
    expect(await all(streamOf(`\n${JSON.stringify(lines[0])}\n\n${JSON.stringify(lines[1])}`, [5]))).toEqual(lines);
  });

  it('refuses a line that is not JSON', async () => {
    await expect(all(streamOf('{"type":"progress"}\n<html>\n', [64]))).rejects.toThrow(/Not a JSON line/);
  });
});
