/**
 * A data directory for Varde to start on, as VARDE_DATA_DIR names one, whose embedded database has
 * been initialised and holds nothing else, not even the migrations. A PGlite on an empty directory
 * runs initdb first, which costs many times what copying global-setup's initialised one does; the
 * tests that start Varde for something else than the initialising take this one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { templatePaths } from './template-paths.js';

export function initialisedDataDir(name: string): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `varde-${name}-`));
  // The layout src/db/database.ts opens: the embedded database in the directory's "pglite" folder.
  fs.cpSync(templatePaths().pgliteEmptyDataDir, path.join(dataDir, 'pglite'), { recursive: true });
  return dataDir;
}
