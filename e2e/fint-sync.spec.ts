import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

// The fake FINT (e2e/fake-fint.ts) serves a county whose school 38001 has seven students in
// three groups; the administrator syncs it into the demo school and reads what changed.
test('the administrator syncs a school from FINT and sees the students added', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/import');
  const section = page.getByRole('region', { name: 'Synkroniser fra FINT' });
  await expect(section.getByRole('heading', { level: 2, name: 'Synkroniser fra FINT' })).toBeVisible();
  await section.getByLabel('Skole i Varde').selectOption({ label: 'Varde videregående skole' });

  // Without FINT's number the form says what is missing and asks FINT nothing.
  await section.getByRole('button', { name: 'Synkroniser fra FINT' }).click();
  await expect(section.getByText('Skriv inn skolens nummer i FINT.')).toBeVisible();

  await section.getByLabel('Skolen i FINT').fill('38001');
  await section.getByRole('button', { name: 'Synkroniser fra FINT' }).click();
  const heading = section.getByRole('heading', { level: 3, name: /Varde videregående skole er synkronisert fra Fjordvik videregående skole i FINT/ });
  await expect(heading).toBeVisible({ timeout: 30_000 });
  await expect(heading).toBeFocused();

  const changes = section.getByRole('table', { name: 'Hva synkroniseringen endret' });
  const added = changes.getByRole('row', { name: /Elever lagt til/ });
  await expect(added.getByRole('cell').first()).toHaveText('7');
  await expect(added).toContainText('(800001)');
  await expect(changes.getByRole('row', { name: /Grupper lagt til/ }).getByRole('cell').first()).toHaveText('3');
  await expectAccessible(page);

  // A school FINT does not have: the problem with its resource, in the reader's language.
  await section.getByLabel('Skolen i FINT').fill('99999');
  await section.getByRole('button', { name: 'Synkroniser fra FINT' }).click();
  await expect(section.getByRole('heading', { level: 3, name: 'FINT-dataene ble avvist: 1 feil' })).toBeVisible({ timeout: 30_000 });
  const problems = section.getByRole('table', { name: 'Feil i FINT-dataene' });
  await expect(problems.getByRole('row').nth(1)).toContainText('skole');
  await expect(problems.getByRole('row').nth(1)).toContainText('FINT har ingen skole med systemId, skolenummer eller organisasjonsnummer «99999»');
  await expectAccessible(page);
});
