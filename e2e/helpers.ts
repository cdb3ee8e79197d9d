import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'varde-demo';

/** Signs in through the form, with the keyboard only. */
export async function signIn(page: Page, username: string) {
  await page.goto('/logg-inn');
  await page.getByLabel('Brukernavn', { exact: true }).fill(username);
  await page.getByLabel('Passord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('Passord', { exact: true }).press('Enter');
  await expect(page).not.toHaveURL(/logg-inn/);
}

/** WCAG 2.1 A and AA: no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  // Axe judges colours as they are painted: a transition still running (a details element opening,
  // a hover fading) would be judged half-way. Wait for the finite animations to finish.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const grave = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    grave.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `axe on ${page.url()}`,
  ).toEqual([]);
}

/** A student id the given user can see, fetched through the API in its own session. */
export async function someStudentOf(request: APIRequestContext, username: string): Promise<string> {
  const signIn = await request.post('/api/session', { data: { username, password: DEMO_PASSWORD } });
  expect(signIn.status()).toBe(200);
  const mine = await request.get('/api/me/students');
  const body = (await mine.json()) as { groups: Array<{ students: Array<{ id: string }> }> };
  return body.groups[0]!.students[0]!.id;
}

type Student = { id: string; givenName: string; familyName: string };
type Group = { id: string; name: string; relation: string; students: Student[] };
type Flag = { id: string; ruleCode: string; state: string };
type CaseSummary = { id: string; kind: string; status: string };

const absenceRules = new Set(['fravaer_halvaar', 'sammenhengende_fravaer', 'manedssjekk', 'udokumentert_fravaer', 'fravaer_uten_melding', 'ukesjekk', 'fravaersgrense']);
export const caseUrl = /\/saker\/([0-9a-f-]{36})$/;
export const nameOf = (s: Student) => `${s.givenName} ${s.familyName}`;

/** A student of the contact teacher's class 1STA with an open absence flag and no open absence case. */
export async function studentWithAbsenceFlag(request: APIRequestContext): Promise<{ klass: Group; student: Student; flag: Flag }> {
  const mine = await request.get('/api/me/students');
  expect(mine.status()).toBe(200);
  const { groups } = (await mine.json()) as { groups: Group[] };
  const klass = groups.find((g) => g.relation === 'kontaktlaerer' && g.name === '1STA');
  expect(klass, 'the contact teacher has 1STA').toBeTruthy();
  for (const student of klass!.students) {
    const flags = (await (await request.get(`/api/students/${student.id}/flags`)).json()) as { flags: Flag[] };
    const flag = flags.flags.find((f) => absenceRules.has(f.ruleCode) && (f.state === 'ny' || f.state === 'bekreftet'));
    if (!flag) continue;
    const cases = (await (await request.get(`/api/students/${student.id}/cases`)).json()) as { cases: CaseSummary[] };
    if (cases.cases.some((c) => c.kind === 'fravaer' && c.status === 'aapen')) continue;
    return { klass: klass!, student, flag };
  }
  throw new Error('No student of 1STA has an open absence flag without an open absence case');
}
