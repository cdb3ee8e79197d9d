/**
 * Every package Varde runs with must accept the oldest Node.js Varde supports (package.json
 * `engines.node`). npm only warns when a dependency's `engines` excludes the running Node, and
 * only on the machine that installs, so a transitive upgrade (cookie@2, content-disposition@3
 * wanted Node 22) can slip in unnoticed. This walks package-lock.json's packages that are not
 * dev-only and fails, naming each one, when its `engines.node` excludes that oldest version.
 * Pin a compatible version in package.json `overrides`, or raise Varde's `engines.node` and
 * what CI tests. Run by `npm run lint`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

interface LockedPackage {
  version?: string;
  dev?: boolean;
  link?: boolean;
  engines?: { node?: string } | string[];
}

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines?: { node?: string } };
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };

const supported = manifest.engines?.node;
const oldest = supported ? semver.minVersion(supported) : null;
if (!supported || !oldest) {
  console.error('package.json has no engines.node range to check against');
  process.exit(1);
}

const problems: string[] = [];
for (const [where, pkg] of Object.entries(lock.packages)) {
  // The root, dev-only packages (the build, tests and lint) and links to local folders.
  if (where === '' || pkg.dev || pkg.link) continue;
  // An array is the old, ignored form of `engines`.
  const wanted = Array.isArray(pkg.engines) ? undefined : pkg.engines?.node;
  if (!wanted) continue;
  if (!semver.satisfies(oldest, wanted)) {
    problems.push(`  ${where.replace(/^.*node_modules\//, '')}@${pkg.version ?? '?'} (${where}) wants Node ${wanted}`);
  }
}

if (problems.length > 0) {
  console.error(`Runtime packages whose engines.node excludes Node ${oldest.version}, the oldest Varde supports (${supported}):`);
  console.error(problems.join('\n'));
  console.error('Pin a version that accepts it in package.json "overrides" (then npm install), or raise engines.node and the Node CI tests.');
  process.exit(1);
}
console.log(`Every runtime package accepts Node ${oldest.version} (engines.node ${supported}).`);
