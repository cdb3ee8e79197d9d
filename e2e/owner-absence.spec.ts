import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

// The municipality's absence team (issue 13, part 4): the skoleeier reaches the overview from the
// start page and the menu; figures per school and trinn in tables with captions, no names.
test('the school owner reads the absence team’s overview, in figures without names', async ({ page }) => {
  await signIn(page, 'skoleeier');
  await page.getByRole('link', { name: 'Fraværsteamets oversikt per skole og trinn' }).click();
  await expect(page).toHaveURL(/\/eier\/fravaer$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Fraværsteamet: fravær ved skolene' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Fravær ved skolene' })).toBeVisible();
  for (const caption of [
    'Elever etter fravær dette skoleåret, per skole og trinn',
    'Åpne fraværssaker per trinn i trappen, og hvor lenge de har vært åpne',
    'Fraværssaker avsluttet dette skoleåret, etter utfall',
    'Elever med fraværsmønster og elever tilbake i trappen',
  ]) {
    await expect(page.getByRole('table', { name: caption })).toBeVisible();
  }
  await expect(page.getByRole('table', { name: 'Elever etter fravær dette skoleåret, per skole og trinn' })).toContainText('hele skolen');
  await expectAccessible(page);

  // A contact teacher is not offered the page, and the server refuses it.
  await page.context().clearCookies();
  await signIn(page, 'kontaktlaerer');
  await expect(page.getByRole('link', { name: 'Fravær ved skolene' })).toHaveCount(0);
  expect((await page.request.get('/api/owner/absence-team')).status()).toBe(403);
});
