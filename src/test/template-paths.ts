import os from 'node:os';
import path from 'node:path';

/** Where global-setup leaves the template databases for this run. */
export function templatePaths() {
  const run = process.env.VARDE_TEST_RUN ?? 'local';
  return {
    pgliteDump: path.join(os.tmpdir(), `varde-template-${run}.tar.gz`),
    /** Initialised and nothing more: not even the migrations. */
    pgliteEmptyDump: path.join(os.tmpdir(), `varde-template-empty-${run}.tar.gz`),
    /** The same, as a PGlite data directory on disk (src/test/initialised-data-dir.ts). */
    pgliteEmptyDataDir: path.join(os.tmpdir(), `varde-template-empty-${run}`),
    postgresTemplate: `varde_template_${run}`,
  };
}
