/**
 * Varde as the load test meets it: `node --import tsx src/server/main.ts` as a child process on a
 * database prepared beforehand (VARDE_DEMO=false, so the start loads nothing of its own), waited
 * for until it answers /api/health and has finished the full evaluation every start runs in the
 * background (src/server/daily-evaluation.ts), so that the load does not share the machine with it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export interface VardeProcess {
  url: string;
  pid: number;
  /** Until it has no more work: what it was asked before is then answered and stored. */
  settle(): Promise<void>;
  /** Stops it with SIGTERM, which lets it answer the requests it has begun. */
  stop(): Promise<void>;
}

export async function startVarde(env: Record<string, string>, log: (message: string) => void, options: { cpuProfileDir?: string; logFile: string }): Promise<VardeProcess> {
  const port = 3300 + Math.floor(Math.random() * 500);
  // --cpu-prof writes the profile when the process exits (SIGTERM lets main.ts exit on its own).
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, LOG_LEVEL: 'warn', VARDE_DEMO: 'false', ...env, PORT: String(port), HOST: '127.0.0.1' },
    // Its log (warnings and errors: a 500's cause) in a file of its own, to read after the run.
    stdio: ['ignore', fs.openSync(options.logFile, 'w'), 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    const url = `http://127.0.0.1:${port}`;
    const started = performance.now();
    for (;;) {
      if (child.exitCode !== null) throw new Error(`Varde exited with ${child.exitCode} before it answered`);
      const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
      if (ok) break;
      await sleep(50);
    }
    log(`Varde answers after ${Math.round(performance.now() - started)} ms; waiting for its start-up evaluation`);
    await waitUntilIdle(child, log);
    return { url, pid: child.pid!, settle: () => waitUntilIdle(child, log), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Until the process has used under a tenth of a core for two seconds in a row: the start's full
 * evaluation keeps Node busy (it evaluates one school while the database gathers the next), so
 * an idle Node means it is done. Read from /proc (Linux); elsewhere a fixed wait.
 */
async function waitUntilIdle(child: ChildProcess, log: (message: string) => void) {
  const stat = `/proc/${child.pid}/stat`;
  if (!fs.existsSync(stat)) {
    await sleep(30_000);
    return;
  }
  const cpuSeconds = () => processCpuSeconds(child.pid!) ?? 0;
  const started = performance.now();
  let quiet = 0;
  let last = cpuSeconds();
  while (quiet < 4) {
    await sleep(500);
    if (child.exitCode !== null) throw new Error(`Varde exited with ${child.exitCode}`);
    const now = cpuSeconds();
    quiet = now - last < 0.05 ? quiet + 1 : 0;
    last = now;
    if (performance.now() - started > 15 * 60_000) throw new Error('Varde was still busy 15 minutes after it started');
  }
  log(`Varde idle after ${Math.round((performance.now() - started) / 100) / 10} s (load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')})`);
}

/** The CPU time a process has used (user and system), from /proc; undefined where there is none (not Linux, or gone). */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    // Fields after the command's parentheses: utime and stime are the 14th and 15th of the line.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticksPerSecond = 100; // USER_HZ on Linux
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
