/**
 * `npm start`: runs Varde until it is stopped. The one place where the server and the demo school
 * meet: the server itself does not import the demo (the demo builds on the data layer).
 */
import './heap-growth.js';
import { ConfigError, readConfig } from '../config.js';
import { findDemoHomeIdentities } from '../demo/find-demo-home-identities.js';
import { reevaluateAll } from '../data/reevaluate-all.js';
import { DatabaseError, type Database } from '../db/database.js';
import { serverKeys } from '../lib/server-keys.js';
import { findDemoSignIns } from '../demo/find-demo-sign-ins.js';
import { ensureDemoSchool } from '../demo/load-demo-school.js';
import { dateDemoFlags } from '../demo/date-demo-flags.js';
import { seedDemoCases } from '../demo/seed-demo-cases.js';
import { seedDemoGrunnskoleCases } from '../demo/seed-demo-grunnskole-cases.js';
import { seedDemoRoutineRhythm } from '../demo/seed-demo-routine-rhythm.js';
import { seedDemoOvergang } from '../demo/seed-demo-overgang.js';
import type { DemoSignIns } from '../shared/api.js';
import { archiveAgreementDocument } from './ot/make-agreement-document.js';
import { describeDemo, describeNotices, startVarde, StartError } from './start-varde.js';

async function loadDemo(database: Database, today: string, secretKey: string): Promise<DemoSignIns | null> {
  // The guardians' numbers hashed with the server's key, so that ID-porten sign-in finds them.
  const demo = await ensureDemoSchool(database, { hashNationalId: serverKeys(secretKey).hashNationalId });
  // A fresh demo school shows its flags and tasks from the first sign-in.
  if (demo.action === 'loaded') {
    await reevaluateAll(database.db, today);
    await dateDemoFlags(database.db, today);
    await seedDemoCases(database.db, today, { archiveAgreement: archiveAgreementDocument });
    await seedDemoGrunnskoleCases(database.db, today);
    await seedDemoRoutineRhythm(database.db, today);
    await seedDemoOvergang(database.db, today);
  }
  // Named on the sign-in page only while the demo accounts are there and take the demo password.
  return findDemoSignIns(database.db);
}

async function main() {
  const started = performance.now();
  const config = readConfig();
  const running = await startVarde(config, { loadDemo: (database, today) => loadDemo(database, today, config.secretKey), findDemo: (database) => findDemoSignIns(database.db) });
  const where = running.database.kind === 'pglite' ? `embedded database in ${running.database.location}` : `PostgreSQL at ${running.database.location}`;
  console.log(`Varde is ready at ${running.url} (${where}; ${describeDemo(config, running.demo)}; ${describeNotices(running.noticeChannels)}) after ${Math.round(performance.now() - started)} ms`);
  if (running.demo && (config.signIn.feide || config.signIn.idPorten)) {
    // Who to be in the home view: the README points here (the numbers are the demo's synthetic ones).
    const home = await findDemoHomeIdentities(running.database.db);
    if (home) {
      console.log(
        `Demo home view: ID-porten as ${home.guardian.name} (foresatt) with ${home.guardian.nationalId}` +
          (home.student.feideName ? `, or Feide as ${home.student.name} (elev) with ${home.student.feideName}` : '') +
          '; staff with Feide as <username>@demo.varde.no',
      );
    }
  }

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
