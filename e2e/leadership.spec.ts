import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

test('leadership sees every class of the school with its students’ lights and absence figures', async ({ page }) => {
  await signIn(page, 'rektor');
  // Leadership lands on its own page (/ledelse); the school overview is one step away.
  await expect(page).toHaveURL(/\/skoler\/[0-9a-f-]{36}\/ledelse$/);
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Skoleoversikt', exact: true }).click();
  await expect(page).toHaveURL(/\/skoler\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Varde videregående skole');
  const table = page.getByRole('table', { name: /Klasser ved/ });
  for (const name of ['1STA', '1STB', '2STA', '3STA']) {
    await expect(table.getByRole('rowheader', { name, exact: true }).or(table.getByRole('cell', { name, exact: true }))).toBeVisible();
  }
  // Per class, how many students are at each level of the one light.
  for (const level of ['Rød', 'Gul', 'Grønn']) await expect(table.getByRole('columnheader', { name: `${level} lys, antall elever` })).toBeVisible();
  await expectAccessible(page);

  // The class's name leads to the class, where each student has the one light with its reasons.
  await table.getByRole('link', { name: '1STA', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Klasselærermøte for 1STA' })).toBeVisible();
  const flagged = page.getByRole('article').filter({ has: page.getByRole('button', { name: /(åpent|åpne) flagg/ }) }).first();
  await expect(flagged.getByRole('button', { name: /(åpent|åpne) flagg/ })).toContainText(/Rød|Gul/);
  // The student page shows the same light under the student's name.
  await flagged.getByRole('heading', { level: 3 }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.student-light').getByRole('button', { name: /(åpent|åpne) flagg/ })).toContainText(/Rød|Gul/);
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
