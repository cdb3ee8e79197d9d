/**
 * The first page — the frame, the sign-in page and Mine elever — shows before the rest of the
 * catalog loads (i18n.ts), so every text its code asks for must be in the first part
 * (parts/<language>-first-page.ts). Its code is what router.tsx imports statically, followed
 * through every static import; the pages it imports with import() bring the rest with them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mergeCatalogs, type Catalog } from './catalog';
import enFirstPage from './parts/en-first-page';
import nbFirstPage from './parts/nb-first-page';
import nnFirstPage from './parts/nn-first-page';

const webRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const firstParts = { nb: mergeCatalogs(nbFirstPage), nn: mergeCatalogs(nnFirstPage), en: mergeCatalogs(enFirstPage) };

/** Static, non-type imports of the web app's own files (`import … from './x'`, `import './x'`). */
const staticImport = /^import\s+(?!type\s)(?:[^'"]*?\s+from\s+)?['"](\.[^'"]+)['"]/gm;

function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function firstPageFiles(): string[] {
  const seen = new Set<string>();
  const queue = [path.join(webRoot, 'app', 'router.tsx')];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !/\.tsx?$/.test(file) || !file.startsWith(webRoot)) continue;
    seen.add(file);
    for (const match of fs.readFileSync(file, 'utf8').matchAll(staticImport)) {
      const target = resolve(file, match[1]!);
      if (target) queue.push(target);
    }
  }
  return [...seen];
}

function has(catalog: Catalog, key: string): boolean {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.').filter(Boolean)) {
    if (typeof node !== 'object') return false;
    node = node[part] ?? node[`${part}_one`] ?? node[`${part}_other`];
  }
  return node !== undefined;
}

describe('the first part of the catalog', () => {
  const files = firstPageFiles();

  it('is found for the code of the frame, the sign-in page and Mine elever, and not for the pages loaded later', () => {
    const names = files.map((file) => path.relative(webRoot, file));
    expect(names).toEqual(expect.arrayContaining(['app/app-shell.tsx', 'features/sign-in/sign-in-page.tsx', 'features/my-students/my-students-page.tsx']));
    expect(names).not.toContain('features/student/student-page.tsx');
  });

  it.each(['nb', 'nn', 'en'] as const)('holds in %s every text the first page asks for', (language) => {
    const missing: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*(['"`])([^'"`$]+?)\1/g)) if (!has(firstParts[language], match[2]!)) missing.push(`${match[2]} (${path.relative(webRoot, file)})`);
      // t(`prefix.${x}`): the prefix must be there.
      for (const match of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) if (!has(firstParts[language], match[1]!.replace(/\.$/, ''))) missing.push(`${match[1]}… (${path.relative(webRoot, file)})`);
    }
    expect(missing).toEqual([]);
  });
});
