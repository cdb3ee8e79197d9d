import { expect, request as playwrightRequest, test } from '@playwright/test';
import { expectAccessible, signIn, someStudentOf } from './helpers';

test('the sign-in page is accessible and says what is wrong', async ({ page }) => {
  await page.goto('/logg-inn');
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Brukernavn', { exact: true }).fill('kontaktlaerer');
  await page.getByLabel('Passord', { exact: true }).fill('feil-passord');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByText('Brukernavnet eller passordet er feil.').first()).toBeVisible();
  await expectAccessible(page);
});

test('a contact teacher sees own class and opens own student', async ({ page }) => {
  await signIn(page, 'kontaktlaerer');
  await expect(page).toHaveURL(/\/mine-elever$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mine elever' })).toBeVisible();
  const classTable = page.getByRole('table', { name: /^Elever i 1STA:/ });
  await expect(classTable).toBeVisible();
  expect(await classTable.getByRole('row').count()).toBeGreaterThan(20);
  await expectAccessible(page);

  const firstStudent = classTable.getByRole('link').first();
  const name = (await firstStudent.textContent())!.trim();
  await firstStudent.click();
  await expect(page).toHaveURL(/\/elever\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('heading', { name: 'Foresatte' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Foresatte til/ })).toBeVisible();
  await expectAccessible(page);
});

test('a contact teacher cannot open a student of another class', async ({ page, baseURL }) => {
  const other = await playwrightRequest.newContext({ baseURL });
  const strangerId = await someStudentOf(other, 'faglaerer');
  await other.dispose();

  await signIn(page, 'kontaktlaerer');
  const api = await page.request.get(`/api/students/${strangerId}`);
  // A student one may not see answers as a missing one: the answer does not tell that the student is there.
  expect(api.status()).toBe(404);
  expect((await api.json()).error.code).toBe('not_found');

  await page.goto(`/elever/${strangerId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke eleven' })).toBeVisible();
  await expect(page.getByText('du har ikke tjenstlig behov for å se eleven')).toBeVisible();
  await expectAccessible(page);
});

test('the app can be used in nynorsk and English', async ({ page }) => {
  await signIn(page, 'kontaktlaerer');
  await page.getByLabel('Språk').selectOption('nn');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(page.getByRole('heading', { level: 1, name: 'Mine elevar' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'My students' })).toBeVisible();
  // Only the first page's words in the chosen language come first; another page brings the rest,
  // and a language chosen after that gets the rest at once.
  await page.getByLabel('Language').selectOption('nn');
  await page.getByRole('link', { name: 'Mine oppgåver' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mine oppgåver' })).toBeVisible();
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'My tasks' })).toBeVisible();
  // The choice is remembered: a fresh load starts in English, and a page loaded later is English too.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My tasks' })).toBeVisible();
  await page.getByRole('link', { name: 'My students' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My students' })).toBeVisible();
});
