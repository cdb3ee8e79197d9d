import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, signIn } from './helpers';

const example = (name: string) => fileURLToPath(new URL(`../examples/imports/${name}`, import.meta.url));

/** A students file with two broken rows: an impossible birth date, and a class the school does not have. */
const brokenStudents = {
  name: 'elever-med-feil.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    ['elevnummer;fornavn;etternavn;fødselsdato;klasse', '900101;Ola;Nordmann;14.03.2010;1STA', '900102;Kari;Nordmann;31.02.2010;1STA', '900103;Per;Hansen;02.11.2010;9ZZZ', ''].join('\n'),
    'utf8',
  ),
};

/** The numbers of one row of the counts table: new, changed, unchanged, removed. */
async function countsOf(table: Locator, entity: string): Promise<number[]> {
  const row = table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: entity, exact: true }) });
  const cells = await row.getByRole('cell').allTextContents();
  return cells.map((c) => Number(c.replace(/\s/g, '')));
}

async function openImport(page: Page) {
  await signIn(page, 'rektor');
  // Leadership lands on its own page (/ledelse); the school overview is one step away.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Skoleoversikt', exact: true }).click();
  await page.getByRole('link', { name: 'Importer filer fra det skoleadministrative systemet' }).click();
  await expect(page).toHaveURL(/\/skoler\/[0-9a-f-]{36}\/import$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Importer filer: Varde videregående skole');
  await expect(page).toHaveTitle('Importer filer: Varde videregående skole – Varde');
}

test('the school leader imports the students file, sees what changed, and a second import changes nothing', async ({ page }) => {
  test.setTimeout(120_000);
  await openImport(page);
  await expectAccessible(page);

  const kind = page.getByLabel('Hva vil du importere?');
  await expect(kind).toHaveValue('students');
  await expect(kind).toHaveAccessibleDescription(/elevnummer, fornavn, etternavn, fødselsdato/);

  // Without a file, the import says so at the field.
  await page.getByRole('button', { name: 'Importer' }).click();
  await expect(page.getByLabel('Fil', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Fil', { exact: true })).toHaveAccessibleDescription(/Velg filen du vil importere/);

  await page.getByLabel('Fil', { exact: true }).setInputFiles(example('elever.csv'));
  await page.getByRole('button', { name: 'Importer' }).click();

  const heading = page.getByRole('heading', { level: 2, name: 'Filen er importert' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Ferdig: importen er gjennomført.' })).toBeVisible();
  await expect(page.locator('progress')).toHaveAttribute('value', '1');
  await expect(page.getByText('Elever: 4 rader lest fra elever.csv.')).toBeVisible();

  const table = page.getByRole('table', { name: 'Dette endret importen' });
  const [inserted, updated, unchanged, removed] = await countsOf(table, 'Elever');
  // A fresh database gets four new students; a retried test finds them there already.
  expect(inserted! + updated! + unchanged!).toBe(4);
  expect(removed).toBe(0);
  await expect(table.getByRole('rowheader', { name: 'Elever i klasser', exact: true })).toBeVisible();
  await expectAccessible(page);

  await test.step('importing the same file again changes nothing', async () => {
    await page.getByRole('button', { name: 'Importer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ferdig: importen er gjennomført.' })).toBeVisible();
    await expect(await countsOf(page.getByRole('table', { name: 'Dette endret importen' }), 'Elever')).toEqual([0, 0, 4, 0]);
  });
});

test('a file with errors is rejected whole, with every problem by row and column', async ({ page }) => {
  await openImport(page);
  const school = /\/skoler\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
  const studentsIn1STA = async () => {
    const response = await page.request.get(`/api/schools/${school}/overview`);
    const { classes } = (await response.json()) as { classes: Array<{ name: string; studentCount: number }> };
    return classes.find((c) => c.name === '1STA')!.studentCount;
  };
  const before = await studentsIn1STA();

  await page.getByLabel('Fil', { exact: true }).setInputFiles(brokenStudents);
  await page.getByRole('button', { name: 'Importer' }).click();

  const heading = page.getByRole('heading', { level: 2, name: 'Filen ble ikke importert – ingenting er endret' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByText('Vi fant 2 problemer i filen.')).toBeVisible();
  // The import's own announcement (the page has another live region: the missing birth dates).
  await expect(page.getByRole('status').filter({ hasText: 'Ferdig:' })).toContainText('Ferdig: filen ble ikke importert. Den har 2 problemer.');

  const problems = page.getByRole('table', { name: 'Problemer i elever-med-feil.csv' });
  await expect(problems.getByRole('columnheader')).toHaveText(['Fil', 'Rad', 'Kolonne', 'Verdi', 'Hva er galt']);
  const rows = problems.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByRole('cell')).toHaveText(['elever-med-feil.csv', '3', 'fødselsdato', '31.02.2010', /ikke en gyldig dato/]);
  await expect(rows.nth(1).getByRole('cell')).toHaveText(['elever-med-feil.csv', '4', 'klasse', '9ZZZ', /Fant ingen gruppe «9ZZZ»/]);
  await expectAccessible(page);

  // Nothing was stored, not even the row without problems (Ola Nordmann in 1STA).
  expect(await studentsIn1STA()).toBe(before);
});

test.describe('rule profiles', () => {
  async function openProfiles(page: Page) {
    await signIn(page, 'admin');
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Regelprofiler' })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByText(/kommandolinjen/)).toBeVisible();
    await main.getByRole('link', { name: 'Regelprofiler' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Regelprofiler' })).toBeVisible();
    await expect(page).toHaveTitle('Regelprofiler – Varde');
    await expect(page.getByRole('heading', { level: 2, name: 'IKO-modellen for videregående skole' })).toBeVisible();
  }

  /** The version in use, as the page says it. */
  async function versionInUse(page: Page): Promise<number> {
    const text = await page.getByText(/^Versjon \d+ er i bruk\./).textContent();
    return Number(/Versjon (\d+)/.exec(text ?? '')![1]);
  }

  test('the administrator changes a threshold and saves a new version, shown in the history', async ({ page }) => {
    test.setTimeout(120_000);
    await openProfiles(page);
    await expectAccessible(page);
    const before = await versionInUse(page);

    const yellow = page.getByLabel('Gult fra (dager)');
    await expect(yellow).toHaveAccessibleDescription('Over 0.');
    const next = String(Number(await yellow.inputValue()) === 4 ? 5 : 4);
    await yellow.fill(next);
    await page.getByRole('button', { name: 'Lagre ny versjon' }).click();

    await expect(page.getByRole('status').filter({ hasText: `Versjon ${before + 1} av «IKO-modellen for videregående skole» er lagret.` })).toContainText(
      'Alle skolene er vurdert på nytt',
    );
    const history = page.getByRole('region', { name: 'Versjoner' });
    await expect(history.getByRole('listitem').first()).toContainText(new RegExp(`^Versjon ${before + 1} \\(i bruk\\): lagret \\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d av Ellen Khan$`));
    // The oldest is the built-in version the database started with (version 2 of the IKO profile since issue 9).
    await expect(history.getByRole('listitem').last()).toHaveText(/^Versjon \d+: levert med Varde$/);
    await expect(page.getByRole('combobox', { name: 'Regelprofil' })).toContainText(`(versjon ${before + 1})`);
    await expectAccessible(page);

    // The new version is what the server has.
    await page.reload();
    await expect(page.getByLabel('Gult fra (dager)')).toHaveValue(next);
    expect(await versionInUse(page)).toBe(before + 1);
  });

  test('a crossed threshold is shown at its field and in an error summary that takes focus, and nothing is saved', async ({ page }) => {
    await openProfiles(page);
    const before = await versionInUse(page);
    await page.getByLabel('Gult fra (dager)').fill('9');
    await page.getByLabel('Rødt fra (dager)').fill('7');
    await page.getByRole('button', { name: 'Lagre ny versjon' }).click();

    const summary = page.locator('ds-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading')).toHaveText('Rett opp dette før du lagrer (1 feil):');
    const link = summary.getByRole('link', { name: 'Fravær i halvåret, Rødt fra (dager): Må være flere dager enn «Gult fra (dager)».' });
    await expect(link).toBeVisible();

    const red = page.getByLabel('Rødt fra (dager)');
    await expect(red).toHaveAttribute('aria-invalid', 'true');
    await expect(red).toHaveAccessibleDescription(/Må være flere dager enn «Gult fra \(dager\)»/);
    await link.click();
    await expect(red).toBeFocused();
    await expectAccessible(page);

    expect(await versionInUse(page)).toBe(before);
    await expect(page.getByRole('status').filter({ hasText: 'er lagret' })).toHaveCount(0);
  });

  test('a version saved meanwhile by someone else is not overwritten', async ({ page, playwright, baseURL }) => {
    await openProfiles(page);
    await page.getByLabel('Ser tilbake (dager)').first().fill('6');

    // Someone else saves the same profile in another session.
    const other = await playwright.request.newContext({ baseURL });
    const session = await other.post('/api/session', { data: { username: 'admin', password: DEMO_PASSWORD } });
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const { profiles } = (await (await other.get('/api/rule-profiles')).json()) as { profiles: Array<{ key: string; version: number; rules: unknown }> };
    const iko = profiles.find((p) => p.key === 'iko-vgs')!;
    const saved = await other.put('/api/rule-profiles/iko-vgs', { data: { baseVersion: iko.version, rules: iko.rules }, headers: { 'X-CSRF-Token': csrfToken } });
    expect(saved.status()).toBe(200);
    await other.dispose();

    await page.getByRole('button', { name: 'Lagre ny versjon' }).click();
    await expect(page.getByRole('alert')).toContainText('Noen andre har lagret profilen etter at du åpnet den');
    await page.getByRole('button', { name: 'Hent den nyeste versjonen' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'IKO-modellen for videregående skole' })).toBeFocused();
    expect(await versionInUse(page)).toBe(iko.version + 1);
    await expect(page.getByLabel('Ser tilbake (dager)').first()).toHaveValue('7');
  });

  test('a problem the server finds is placed at the field its path names', async ({ page }) => {
    await openProfiles(page);
    // The form checks what the server checks, so a refusal is staged: the answer the route gives.
    await page.route('**/api/rule-profiles/iko-vgs', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'validation_failed',
            message: 'body.rules.ukesjekk.fromDays: Too small',
            details: [{ path: 'body.rules.ukesjekk.fromDays', message: 'Too small: expected number to be >0' }],
          },
        }),
      }),
    );
    await page.getByRole('button', { name: 'Lagre ny versjon' }).click();
    const summary = page.locator('ds-error-summary');
    await expect(summary).toBeFocused();
    const field = page.getByLabel('Kontakt rektor og hjemmet fra (hele dager i terminen)');
    await expect(field).toHaveAccessibleDescription(/Skriv et tall over 0\./);
    await summary.getByRole('link').click();
    await expect(field).toBeFocused();
  });
});
