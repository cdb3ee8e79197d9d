import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

// The fake FINT (e2e/fake-fint.ts) serves a county whose school 38001 has seven students in
// three groups; the administrator syncs it into the demo school and reads what changed, finds
// the run among the school's earlier runs, and sets the school's daily sync.
test('the administrator syncs a school from FINT and sees the students added', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/import');
  const section = page.getByRole('region', { name: 'Synkroniser fra FINT' });
  await expect(section.getByRole('heading', { level: 2, name: 'Synkroniser fra FINT' })).toBeVisible();
  const form = section.getByRole('form', { name: 'Synkroniser fra FINT' });
  await form.getByLabel('Skole i Varde').selectOption({ label: 'Varde videregående skole' });

  // Without FINT's number the form says what is missing and asks FINT nothing.
  await form.getByRole('button', { name: 'Synkroniser fra FINT' }).click();
  await expect(form.getByText('Skriv inn skolens nummer i FINT.')).toBeVisible();

  await form.getByLabel('Skolen i FINT').fill('38001');
  await form.getByRole('button', { name: 'Synkroniser fra FINT' }).click();
  const heading = section.getByRole('heading', { level: 3, name: /Varde videregående skole er synkronisert fra Fjordvik videregående skole i FINT/ });
  await expect(heading).toBeVisible({ timeout: 30_000 });
  await expect(heading).toBeFocused();

  const changes = section.getByRole('table', { name: 'Hva synkroniseringen endret' });
  const added = changes.getByRole('row', { name: /Elever lagt til/ });
  await expect(added.getByRole('cell').first()).toHaveText('7');
  await expect(added).toContainText('(800001)');
  await expect(changes.getByRole('row', { name: /Grupper lagt til/ }).getByRole('cell').first()).toHaveText('3');
  // Seven students and two teachers, each with a Feide name; FINT's data leaves nothing to complete.
  await expect(section.getByText('9 Feide-navn er lagret eller endret.')).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Til utfylling eller kontroll' })).toHaveCount(0);
  await expectAccessible(page);

  // The run is kept: it heads the school's earlier runs, and its whole report opens from there.
  const runs = section.getByRole('region', { name: 'Tidligere kjøringer' });
  const runTable = runs.getByRole('table', { name: 'Kjøringer av FINT-synkroniseringen for Varde videregående skole' });
  const latest = runTable.getByRole('row').nth(1);
  await expect(latest).toContainText('Synkronisert');
  await expect(latest).toContainText(/\d+ lagt til, 0 avsluttet, 0 oppdatert/);
  await expect(latest).not.toContainText('Planlagt');
  await latest.getByRole('button', { name: /^Vis rapporten fra \d\d\.\d\d\.\d{4}/ }).click();
  const runHeading = runs.getByRole('heading', { level: 4, name: /Varde videregående skole er synkronisert fra Fjordvik videregående skole i FINT/ });
  await expect(runHeading).toBeFocused();
  await expect(runs.getByText(/Startet \d\d\.\d\d\.\d{4},? \d\d:\d\d av .+, for skolen 38001 i FINT\./)).toBeVisible();
  const keptChanges = runs.getByRole('table', { name: 'Hva synkroniseringen endret' });
  await expect(keptChanges.getByRole('row', { name: /Elever lagt til/ }).getByRole('cell').first()).toHaveText('7');
  await expectAccessible(page);
  await runs.getByRole('button', { name: 'Lukk rapporten' }).click();
  await expect(keptChanges).toHaveCount(0);
  await expect(latest.getByRole('button', { name: /Vis rapporten/ })).toBeFocused();

  // The daily sync: none yet; the form starts from the sync form's number, and says what is wrong at its field.
  const daily = section.getByRole('region', { name: 'Daglig synkronisering' });
  await expect(daily.getByText('Varde videregående skole har ingen daglig synkronisering ennå.')).toBeVisible();
  const schedule = daily.getByRole('form', { name: 'Sett opp daglig synkronisering' });
  await expect(schedule.getByLabel('Skolen i FINT')).toHaveValue('38001');
  const time = daily.getByLabel('Klokkeslett (norsk tid)');
  await time.fill('');
  await schedule.getByRole('button', { name: 'Lagre daglig synkronisering' }).click();
  await expect(time).toBeFocused();
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  await expect(time).toHaveAccessibleDescription(/Skriv inn et klokkeslett mellom 00:00 og 23:59\./);
  // Twelve hours from now in Norway: never due while the test runs, so the scheduler keeps out of it.
  const at = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(Date.now() + 12 * 3_600_000));
  await time.fill(at);
  await expect(schedule.getByLabel('Slått på')).toBeChecked();
  await schedule.getByRole('button', { name: 'Lagre daglig synkronisering' }).click();
  await expect(daily.getByRole('status')).toContainText(new RegExp(`Den daglige synkroniseringen er lagret\\. Neste kjøring: \\d\\d\\.\\d\\d\\.\\d{4},? ${at}\\.`));
  // Saved, the form changes the schedule rather than setting one up.
  await expect(daily.getByRole('form', { name: 'Endre daglig synkronisering' })).toBeVisible();
  await expect(time).not.toHaveAttribute('aria-invalid', 'true');
  const facts = daily.getByRole('definition');
  await expect(facts.nth(0)).toHaveText('38001');
  await expect(facts.nth(1)).toHaveText(at);
  await expect(facts.nth(2)).toHaveText('Slått på');
  await expect(facts.nth(3)).toHaveText(new RegExp(`^\\d\\d\\.\\d\\d\\.\\d{4},? ${at}$`));
  await expect(facts.nth(4)).toContainText(/^\d\d\.\d\d\.\d{4},? \d\d:\d\d av .+/);
  await expectAccessible(page);

  // A school FINT does not have: the problem with its resource, in the reader's language.
  await form.getByLabel('Skolen i FINT').fill('99999');
  await form.getByRole('button', { name: 'Synkroniser fra FINT' }).click();
  await expect(section.getByRole('heading', { level: 3, name: 'FINT-dataene ble avvist: 1 feil' })).toBeVisible({ timeout: 30_000 });
  const problems = section.getByRole('table', { name: 'Feil i FINT-dataene' });
  await expect(problems.getByRole('row').nth(1)).toContainText('skole');
  await expect(problems.getByRole('row').nth(1)).toContainText('FINT har ingen skole med systemId, skolenummer eller organisasjonsnummer «99999»');
  // The refused run is kept too, above the one that synced.
  await expect(runTable.getByRole('row')).toHaveCount(3);
  await expect(runTable.getByRole('row').nth(1)).toContainText('Avvist');
  await expect(runTable.getByRole('row').nth(1)).toContainText('1 feil i FINT-dataene');
  await expect(runTable.getByRole('row').nth(2)).toContainText('Synkronisert');
  await expectAccessible(page);
});

/** The page is no wider than the screen: a wide table scrolls inside its own region. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scrollWidth, `the page is ${scrollWidth} px wide on a ${width} px screen`).toBeLessThanOrEqual(width);
}

test('on a phone, the runs, a run report and the daily sync fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'admin');
  await page.goto('/import');
  const section = page.getByRole('region', { name: 'Synkroniser fra FINT' });
  const form = section.getByRole('form', { name: 'Synkroniser fra FINT' });
  await form.getByLabel('Skole i Varde').selectOption({ label: 'Varde videregående skole' });
  await form.getByLabel('Skolen i FINT').fill('38001');
  await form.getByRole('button', { name: 'Synkroniser fra FINT' }).click();
  await expect(section.getByRole('heading', { level: 3, name: /er synkronisert fra Fjordvik videregående skole i FINT/ })).toBeFocused({ timeout: 30_000 });

  const runs = section.getByRole('region', { name: 'Tidligere kjøringer' });
  const latest = runs.getByRole('table', { name: /Kjøringer av FINT-synkroniseringen/ }).getByRole('row').nth(1);
  await expect(latest).toContainText('Synkronisert');
  await latest.getByRole('button', { name: /Vis rapporten/ }).click();
  await expect(runs.getByRole('heading', { level: 4, name: /er synkronisert fra Fjordvik videregående skole i FINT/ })).toBeFocused();
  await expect(section.getByRole('region', { name: 'Daglig synkronisering' }).getByLabel('Klokkeslett (norsk tid)')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});
