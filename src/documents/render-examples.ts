/**
 * Writes every example document as PDF, for people to look at:
 *   npx tsx src/documents/render-examples.ts /tmp/varde-documents
 *   pdftoppm -png -r 60 /tmp/varde-documents/tiltaksplan.pdf /tmp/varde-documents/tiltaksplan
 * Do not commit the output.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planKinds } from '../domain/plans/plan-content.js';
import { exampleMinutesInput, examplePlanInput, exampleSummonsInput, longPlanInput, nynorskPlanInput } from './document-examples.js';
import { renderMinutesPdf } from './render-minutes-pdf.js';
import { renderPlanPdf } from './render-plan-pdf.js';
import { renderSummonsPdf } from './render-summons-pdf.js';

const outDir = process.argv[2];
if (!outDir) {
  console.error('Usage: npx tsx src/documents/render-examples.ts <outdir>');
  process.exit(1);
}
await mkdir(outDir, { recursive: true });

const documents: Array<[string, Promise<Buffer>]> = [
  ...planKinds.flatMap((kind): Array<[string, Promise<Buffer>]> => [
    [`${kind}.pdf`, renderPlanPdf(examplePlanInput(kind))],
    [`${kind}-utkast.pdf`, renderPlanPdf(examplePlanInput(kind, { signed: false }))],
  ]),
  ['tiltaksplan-lang.pdf', renderPlanPdf(longPlanInput())],
  ['tiltaksplan-nynorsk.pdf', renderPlanPdf(nynorskPlanInput())],
  ['innkalling.pdf', renderSummonsPdf(exampleSummonsInput())],
  ['innkalling-myndig-elev.pdf', renderSummonsPdf(exampleSummonsInput({ adult: true }))],
  ['innkalling-evalueringsmote-nynorsk.pdf', renderSummonsPdf(exampleSummonsInput({ language: 'nn', kind: 'evalueringsmote' }))],
  ['referat.pdf', renderMinutesPdf(exampleMinutesInput())],
  ['referat-nynorsk.pdf', renderMinutesPdf(exampleMinutesInput({ language: 'nn' }))],
];

for (const [name, pdf] of documents) {
  const path = join(outDir, name);
  await writeFile(path, await pdf);
  console.log(path);
}
