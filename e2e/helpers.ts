import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'varde-demo';

/** Signs in through the form, with the keyboard only. */
export async function signIn(page: Page, username: string) {
  await page.goto('/logg-inn');
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(DEMO_PASSWORD);
  await page.getByLabel('Passord').press('Enter');
  await expect(page).not.toHaveURL(/logg-inn/);
}

/** WCAG 2.1 A and AA: no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page) {
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
