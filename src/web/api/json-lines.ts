/**
 * JSON lines (application/x-ndjson) from a streamed answer: one value per line, yielded as each
 * line is complete. Bytes are decoded as a stream, so that a letter split between two chunks
 * (æ, ø, å are two bytes in UTF-8) comes out whole. Blank lines are skipped; a line that is not
 * JSON is an error, since the answer can then not be trusted.
 */
export async function* readJsonLines(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      pending += done ? decoder.decode() : decoder.decode(value, { stream: true });
      const lines = pending.split('\n');
      // The last piece is an unfinished line, unless the stream has ended.
      pending = done ? '' : lines.pop()!;
      for (const line of lines) {
        if (line.trim()) yield parseLine(line);
      }
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`Not a JSON line: ${line.slice(0, 80)}`);
  }
}
