import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

test('a subject teacher’s concern report reaches the coordinator’s workspace at once', async ({ page }) => {
  await signIn(page, 'faglaerer');
  await expect(page.getByRole('heading', { level: 1, name: 'Mine elever' })).toBeVisible();
  // The teaching group shows each student's share against the absence limit.
  const table = page.getByRole('table').first();
  await expect(table.getByRole('columnheader', { name: /Udokumentert fravær i faget \(grense 10/ })).toBeVisible();
  const report = table.getByRole('link', { name: /^Send melding om / }).first();
  const name = ((await report.textContent()) ?? '').replace(/^Send melding\s*om\s*/, '').trim();
  expect(name).not.toBe('');
  await report.click();

  await expect(page.getByRole('heading', { level: 1, name: `Send melding om ${name}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('radio', { name: 'Mistrivsel' }).check();
  await page.getByRole('textbox', { name: 'Hva har du sett?' }).fill('Sitter alene i friminuttene og har sluttet å levere i faget.');
  await page.getByRole('button', { name: 'Send melding' }).click();
  await expect(page.getByRole('heading', { name: 'Meldingen er sendt' })).toBeVisible();
  await expect(page.getByText(/ser den nå i IKO-arbeidet sitt/)).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, 'radgiver');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'IKO-arbeid' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^IKO-arbeid: / })).toBeVisible();
  const reports = page.getByRole('table', { name: /^Meldinger om elever ved / });
  const row = reports.getByRole('row').filter({ hasText: name }).first();
  await expect(row).toContainText('Mistrivsel');
  await expect(row).toContainText('Sitter alene i friminuttene');
  await expectAccessible(page);
});

test('the counsellor’s intake priority list, the identified students and the class-teacher meeting', async ({ page }) => {
  await signIn(page, 'radgiver');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'IKO-arbeid' }).click();
  const priority = page.getByRole('table', { name: /^Prioriteringsliste: \d+ elev/ });
  await expect(priority).toBeVisible();
  const first = priority.getByRole('row').nth(1);
  await expect(first.getByRole('cell').first()).toHaveText('1');
  await expect(first.getByRole('link').first()).toHaveAttribute('href', /\/elever\//);
  await expect(page.getByRole('table', { name: /med åpne flagg eller sak/ })).toBeVisible();

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Klasselærermøte' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Klasselærermøte' })).toBeFocused();
  await page.getByRole('link', { name: /^Klasselærermøte for 1STA/ }).click();
  await expect(page).toHaveURL(/\/klasselaerermote\//);
});

test('a check recorded as done shows in its history, for the period chosen', async ({ page }) => {
  await signIn(page, 'rektor');
  // Leadership lands on its own page, /skoler/:id/ledelse.
  const schoolUrl = page.url().replace(/\/ledelse$/, '');
  await page.goto(`${schoolUrl}/manedssjekk`);
  await expect(page.getByRole('heading', { level: 1, name: /^Månedssjekken: / })).toBeVisible();
  // The days the monthly check's rule looks back over, up to today while the month runs.
  const period = /^Måneden (\S+ \d{4}): de 31 dagene \d\d\.\d\d\.\d{4}–\d\d\.\d\d\.\d{4}/;
  await expect(page.getByText(new RegExp(`${period.source} \\(til og med i dag\\)$`))).toBeVisible();
  await page.getByRole('navigation', { name: 'Velg periode' }).getByRole('link', { name: 'Forrige måned' }).click();
  await expect(page).toHaveURL(/\?dato=/);
  await expect(page.getByText(new RegExp(`${period.source}$`))).toBeVisible();
  // An earlier month from the list of months, shown on the button: choosing in the list moves nothing.
  const months = page.getByRole('combobox', { name: 'Måned' });
  const earlier = (await months.locator('option').nth(2).textContent())!;
  await months.selectOption({ index: 2 });
  await expect(page.getByText(new RegExp(`^Måneden ${earlier}:`))).toHaveCount(0);
  await page.getByRole('button', { name: 'Vis måneden' }).click();
  await expect(page).toHaveURL(/\?dato=\d{4}-\d\d-01$/);
  await expect(page.getByText(new RegExp(`^Måneden ${earlier}: de 31 dagene`))).toBeVisible();
  await page.getByRole('navigation', { name: 'Velg periode' }).getByRole('link', { name: 'Neste måned' }).click();
  await expect(page.getByText('Sjekken er ikke registrert som gjort for denne perioden.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Notat (valgfritt)' }).fill('Gått gjennom med skolemiljøteamet.');
  // The meeting with the skolemiljøteam: its day (today unless changed) and who of the resource persons took part.
  const participants = page.getByRole('group', { name: 'Hvem deltok?' });
  await participants.getByRole('checkbox', { name: /\(helsesykepleier\)$/ }).first().check();
  const participant = (await participants.getByText(/\(helsesykepleier\)$/).first().textContent())!;
  await page.getByRole('button', { name: 'Registrer som gjort' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'er registrert som gjort' })).toBeVisible();
  const history = page.getByRole('table', { name: 'Sjekker registrert som gjort' });
  await expect(history.getByRole('row').nth(1)).toContainText('Gått gjennom med skolemiljøteamet.');
  await expect(history.getByRole('row').nth(1)).toContainText(participant.replace(/ \(helsesykepleier\)$/, ''));
  await expect(page.getByText(/^Gjort for denne perioden av /)).toBeVisible();
  await expectAccessible(page);

  await page.goto(`${schoolUrl}/semestersjekk`);
  await expect(page.getByRole('heading', { level: 1, name: /^Semestersjekken: / })).toBeVisible();
  // The system meeting's agenda, in counts without names, and the record of its item.
  await expect(page.getByRole('heading', { level: 2, name: 'Dagsorden for systemmøtet' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Elever med bekymringsfullt fravær dette halvåret' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Referat fra saken «Status på fravær»' }).fill('Fravær rundt helger i Vg1.');
  await page.getByRole('button', { name: 'Registrer som gjort' }).click();
  await expect(page.getByRole('table', { name: 'Sjekker registrert som gjort' })).toContainText('Fravær rundt helger i Vg1.');
  await expectAccessible(page);
});

test('OT and the school owner see what they can do now, the owner without names', async ({ page }) => {
  await signIn(page, 'skoleeier');
  await expect(page.getByRole('heading', { level: 2, name: 'Skolene i tall' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Skolene dine i dag' })).toContainText('Varde videregående skole');
  await expect(page.getByText(/ikke tatt i bruk/)).toHaveCount(0);
  await expectAccessible(page);

  await page.context().clearCookies();
  await signIn(page, 'ot');
  // OT lands on its list of youth (issue 12); the start page says what OT does in Varde.
  await expect(page.getByRole('heading', { level: 1, name: 'Ungdom i oppfølgingstjenesten' })).toBeVisible();
  await page.goto('/start');
  await expect(page.getByRole('heading', { level: 2, name: 'Dette gjør du i Varde nå' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Til listen over ungdom i oppfølging' })).toBeVisible();
  await expect(page.getByText(/ikke tatt i bruk/)).toHaveCount(0);
  await expectAccessible(page);
});
