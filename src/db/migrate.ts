/**
 * Applies the versioned migrations in src/db/migrations. Drizzle runs all pending migrations in
 * one transaction, so a migration that fails halfway leaves the database as it was; applying
 * them again changes nothing.
 */
import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { type Database, DatabaseError, reason } from './database.js';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export async function runMigrations(database: Database, folder = migrationsFolder): Promise<void> {
  try {
    if (database.kind === 'pglite') {
      await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    } else {
      await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder: folder });
    }
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause ?? error;
    throw new DatabaseError(`A database migration failed and none was applied: ${reason(cause)}`);
  }
}
