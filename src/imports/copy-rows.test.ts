import { describe, expect, it } from 'vitest';
import { copyText } from './copy-rows.js';

describe('the COPY text form of a value', () => {
  it('writes null as \\N and escapes backslashes, tabs and line breaks, and nothing else', () => {
    expect(copyText(null)).toBe('\\N');
    expect(copyText('Syk; "hodepine"')).toBe('Syk; "hodepine"');
    expect(copyText('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyText('\\N')).toBe('\\\\N');
  });
});
