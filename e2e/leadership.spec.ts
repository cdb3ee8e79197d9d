import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

test('leadership sees every class of the school with absence figures', async ({ page }) => {
  await signIn(page, 'rektor');
  await expect(page).toHaveURL(/\/skoler\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Varde videregående skole');
  const table = page.getByRole('table', { name: /Klasser ved/ });
  for (const name of ['1STA', '1STB', '2STA', '3STA']) {
    await expect(table.getByRole('rowheader', { name, exact: true }).or(table.getByRole('cell', { name, exact: true }))).toBeVisible();
  }
  await expectAccessible(page);
});

test('a subject teacher sees own groups, and a student without guardians', async ({ page }) => {
  await signIn(page, 'faglaerer');
  await expect(page.getByRole('heading', { level: 1, name: 'Mine elever' })).toBeVisible();
  await page.getByRole('table').first().getByRole('link').first().click();
  await expect(page.getByText('Som faglærer ser du ikke foresatte')).toBeVisible();
  await expectAccessible(page);
});

test('everything works from the keyboard: skip link first, then the menu', async ({ page }) => {
  await signIn(page, 'rektor');
  // A fresh page load starts the tab order at the top (after a navigation inside the app, focus
  // is moved to the main content on purpose).
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnhold' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
