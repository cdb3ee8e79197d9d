/** `npm start`: runs Varde until it is stopped. */
import { ConfigError, readConfig } from '../config.js';
import { DatabaseError } from '../db/database.js';
import { startVarde, StartError } from './start-varde.js';

async function main() {
  const started = performance.now();
  const config = readConfig();
  const running = await startVarde(config);
  const where = running.database.kind === 'pglite' ? `embedded database in ${running.database.location}` : `PostgreSQL at ${running.database.location}`;
  console.log(`Varde is ready at ${running.url} (${where}) after ${Math.round(performance.now() - started)} ms`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Varde stops (${signal})`);
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DatabaseError || error instanceof StartError;
  console.error(`Varde could not start: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}`);
  process.exit(1);
});
