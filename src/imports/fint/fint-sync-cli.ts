/**
 * Syncs one school's roster from the county's FINT on the command line (docs/imports/fint.md);
 * the same as `npm run import -- --kind fint …`. The work is fint-sync-command.ts.
 */
import { ConfigError } from '../../config.js';
import { reason } from '../../db/database.js';
import { fintSyncCommand, usage, UsageError } from './fint-sync-command.js';

fintSyncCommand(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof UsageError ? `${error.message}\n\n${usage}` : error instanceof ConfigError ? error.message : `The FINT sync could not run: ${reason(error)}`);
    process.exitCode = 2;
  },
);
