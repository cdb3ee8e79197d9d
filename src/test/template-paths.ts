import os from 'node:os';
import path from 'node:path';

/** Where global-setup leaves the template databases for this run. */
export function templatePaths() {
  const run = process.env.VARDE_TEST_RUN ?? 'local';
  return {
    pgliteDump: path.join(os.tmpdir(), `varde-template-${run}.tar.gz`),
    postgresTemplate: `varde_template_${run}`,
  };
}
