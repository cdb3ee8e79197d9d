import { expect, test, type Page } from '@playwright/test';
import { caseUrl, expectAccessible, nameOf, signIn, studentWithAbsenceFlag } from './helpers';

// One case goes through the file: opened by the contact teacher, seen by the principal, a
// referral in it, and refused to a subject teacher.
test.describe.configure({ mode: 'serial' });
let casePath = '';
let studentName = '';

async function stepsList(page: Page) {
  return page.getByRole('list', { name: /^Trinnene i saken/ });
}

test('the contact teacher opens an absence case from a flag, logs a contact with the home and moves on to kartlegging', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'kontaktlaerer');
  const { student, flag } = await studentWithAbsenceFlag(page.request);
  studentName = nameOf(student);

  await test.step('the flag on the student page opens a case, from the keyboard', async () => {
    await page.goto(`/elever/${student.id}`);
    await expect(page.getByRole('heading', { level: 1, name: studentName })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Saker' })).toBeVisible();
    const item = page.locator(`article[aria-labelledby="flagg-${flag.id}"]`);
    const open = item.getByRole('button', { name: 'Opprett sak fra dette flagget' });
    await open.focus();
    await page.keyboard.press('Enter');
    // The kind that fits an absence flag is chosen, and focus is on it.
    const kind = item.getByRole('radio', { name: 'Fraværsoppfølging' });
    await expect(kind).toBeChecked();
    await expect(kind).toBeFocused();
    await expect(item.getByLabel('Hvorfor opprettes saken?')).not.toHaveValue('');
    await expect(item.getByRole('radio', { name: /^Kontaktlæreren/ })).toBeChecked();
    await expectAccessible(page);
    await item.getByRole('button', { name: 'Opprett saken' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(caseUrl);
    casePath = new URL(page.url()).pathname;
  });

  await test.step('the case page shows the steps, the deadline and what the step needs', async () => {
    await expect(page.getByRole('heading', { level: 1, name: `Fraværsoppfølging: ${studentName}` })).toBeVisible();
    await expect(page).toHaveTitle('Sak – Varde');
    await expect(page.getByRole('link', { name: studentName, exact: true })).toHaveAttribute('href', `/elever/${student.id}`);
    const steps = await stepsList(page);
    await expect(steps.getByRole('listitem')).toHaveCount(5);
    await expect(steps.getByRole('listitem').first()).toContainText('Kontakt med hjemmet – nå');
    await expect(steps.getByRole('listitem').first()).toContainText('Frist:');
    await expect(steps.getByRole('listitem').nth(1)).toContainText('Kartlegging – senere');
    await expect(page.getByText('Logg en kontakt med hjemmet.')).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('moving on before the contact is logged is refused, with the reason', async () => {
    await page.getByRole('button', { name: 'Gå videre til kartlegging' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Saken kunne ikke flyttes' });
    await expect(refusal).toBeVisible();
    await expect(refusal).toContainText('Logg en kontakt med hjemmet.');
  });

  await test.step('log a phone call with a guardian', async () => {
    await page.getByRole('button', { name: 'Logg kontakt med hjemmet' }).click();
    await expect(page.getByLabel('Tidspunkt')).toBeFocused();
    const who = page.getByRole('group', { name: 'Hvem ble kontaktet?' });
    const guardian = who.getByRole('radio').first();
    await expect(guardian).toBeChecked();
    const guardianName = await guardian.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? '');
    await page.getByLabel('Kanal').selectOption('telefon');
    await page.getByRole('group', { name: 'Resultat' }).getByRole('radio', { name: 'Nådd', exact: true }).check();
    await page.getByLabel('Notat', { exact: true }).fill('Snakket med mor om fraværet. Avtalte kartleggingssamtale.');
    await page.getByRole('button', { name: 'Lagre kontakten' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kontakten er logget.' })).toBeVisible();
    // The form is gone: focus is on the section's heading.
    await expect(page.getByRole('heading', { level: 2, name: 'Kontakt med hjemmet' })).toBeFocused();
    const contacts = page.getByRole('list', { name: 'Logget kontakt med hjemmet' });
    await expect(contacts).toContainText(`${guardianName.trim()} – Telefon: Nådd`);
    await expect(contacts).toContainText('Avtalte kartleggingssamtale');
    await expect(page.getByText('Trinnet har det det trenger. Saken kan gå videre.')).toBeVisible();
  });

  await test.step('move on to kartlegging', async () => {
    await page.getByRole('button', { name: 'Gå videre til kartlegging' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saken er nå på trinnet «Kartlegging».' })).toBeVisible();
    const steps = await stepsList(page);
    await expect(steps.getByRole('listitem').first()).toContainText('Kontakt med hjemmet – ferdig');
    await expect(steps.getByRole('listitem').nth(1)).toContainText('Kartlegging – nå');
    await expect(page.getByRole('list', { name: /^Hendelser i saken/ })).toContainText('Saken gikk til et nytt trinn');
    await expect(page.getByRole('table', { name: /^Oppgaver i saken/ })).toContainText('Hold kartleggingssamtale');
    await expectAccessible(page);
  });

  await test.step('the case is in Mine saker', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Saker' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Saker' })).toBeVisible();
    const mine = page.getByRole('table', { name: /^Mine saker/ });
    const row = mine.getByRole('row').filter({ hasText: studentName });
    await expect(row).toContainText('Fraværsoppfølging');
    await expect(row).toContainText('Kartlegging');
    await expect(row).toContainText('Einar Dahl');
    await expectAccessible(page);
  });
});

test('the principal sees the case in the school list, and can show only overdue steps', async ({ page }) => {
  expect(casePath, 'the case of the first test').not.toBe('');
  await signIn(page, 'rektor');
  await page.goto('/saker');
  const school = page.getByRole('region', { name: 'Alle saker ved skolen', exact: true });
  await expect(school).toBeVisible();
  const table = school.getByRole('table');
  const row = table.getByRole('row').filter({ hasText: studentName });
  await expect(row).toContainText('Fraværsoppfølging');
  await expect(row).toContainText('Kartlegging');
  await expect(row.getByRole('link')).toHaveAttribute('href', casePath);
  await expectAccessible(page);

  // The new step has a week to go: it is not among the overdue.
  await school.getByRole('checkbox', { name: 'Bare saker der fristen er passert' }).check();
  await expect(school.getByRole('row').filter({ hasText: studentName })).toHaveCount(0);
  await school.getByRole('checkbox', { name: 'Bare saker der fristen er passert' }).uncheck();
  await expect(school.getByRole('row').filter({ hasText: studentName })).toHaveCount(1);

  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: `Fraværsoppfølging: ${studentName}` })).toBeVisible();
});

test('a referral to PPT is refused without consent and recorded with the guardians’ consent', async ({ page }) => {
  expect(casePath, 'the case of the first test').not.toBe('');
  await signIn(page, 'kontaktlaerer');
  await page.goto(casePath);
  const section = page.getByRole('region', { name: 'Henvisninger' });
  await section.getByRole('button', { name: 'Ny henvisning' }).click();
  await expect(section.getByLabel('Henvis til')).toBeFocused();
  await expect(section.getByLabel('Henvis til')).toHaveValue('ppt');
  const consent = section.getByRole('group', { name: 'Samtykke' });
  await expect(consent).toContainText(/er \d+ år\. I dag kan/);
  await section.getByLabel('Hvorfor henvises eleven?').fill('Vedvarende fravær og faglige vansker; ønsker sakkyndig vurdering.');
  await expect(consent.getByRole('radio', { name: 'Samtykke er ikke gitt ennå' })).toBeChecked();

  await section.getByRole('button', { name: 'Registrer henvisningen' }).click();
  await expect(section.getByRole('alert')).toContainText('Henvisningen ble ikke registrert.');
  await expect(consent).toContainText('Henvisningen krever samtykke.');
  await expect(section.getByRole('list', { name: 'Henvisninger i saken' })).toHaveCount(0);
  await expectAccessible(page);

  await consent.getByRole('radio', { name: 'Foresatte har samtykket' }).check();
  await section.getByRole('button', { name: 'Registrer henvisningen' }).click();
  await expect(section.getByRole('status')).toContainText('Henvisningen (PPT) er registrert.');
  const list = section.getByRole('list', { name: 'Henvisninger i saken' });
  await expect(list).toContainText('PPT');
  await expect(list).toContainText('Samtykke fra foresatte');
});

test('a summons to a meeting is a PDF in bokmål and nynorsk', async ({ page }) => {
  expect(casePath, 'the case of the first test').not.toBe('');
  await signIn(page, 'kontaktlaerer');
  await page.goto(casePath);
  const section = page.getByRole('region', { name: 'Møter og innkallinger' });
  await section.getByRole('button', { name: 'Kall inn til møte' }).click();
  await expect(section.getByLabel('Type møte')).toBeFocused();
  // A meeting two weeks ahead (a summons years ahead is refused as a typing error).
  const [y, m, d] = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' }).split('-').map(Number);
  const meetingDay = new Date(Date.UTC(y!, m! - 1, d! + 14)).toISOString().slice(0, 10);
  await section.getByLabel('Tidspunkt').fill(`${meetingDay}T09:00`);
  await section.getByLabel('Sted').fill('Møterom 2');
  await expect(section.getByLabel('Navn, person 1')).toHaveValue(studentName);
  await section.getByLabel('Hva møtet skal handle om').fill('Kartleggingssamtale om fraværet.');
  await section.getByRole('button', { name: 'Lagre innkallingen' }).click();
  await expect(section.getByRole('status')).toContainText('Innkallingen er lagret.');
  const meetings = section.getByRole('list', { name: 'Møter i saken' });
  await expect(meetings).toContainText(`Kartleggingsmøte – ${meetingDay.split('-').reverse().join('.')}, 09:00, Møterom 2`);
  for (const [language, name] of [
    ['nb', 'Innkalling (PDF, bokmål)'],
    ['nn', 'Innkalling (PDF, nynorsk)'],
  ] as const) {
    const link = meetings.getByRole('link', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) });
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`/api/meetings/[0-9a-f-]{36}/summons\\.pdf\\?language=${language}$`));
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
  }
});

test('a subject teacher who is not in the case cannot open it', async ({ page }) => {
  expect(casePath, 'the case of the first test').not.toBe('');
  await signIn(page, 'faglaerer');
  await page.goto(casePath);
  // To someone outside it, the case is as missing as one that is not there.
  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke saken' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('en sak ses bare av dem som deltar i den, og av skolens ledelse.');
  await expect(page.getByText(studentName)).toHaveCount(0);
  await expect(page).toHaveTitle('Fant ikke saken – Varde');
});

test('the contact teacher closes the case in a dialog, from the keyboard, with its outcome', async ({ page }) => {
  expect(casePath, 'the case of the first test').not.toBe('');
  await signIn(page, 'kontaktlaerer');
  await page.goto(casePath);
  const close = page.getByRole('button', { name: 'Avslutt saken …' });
  await close.click();
  const dialog = page.getByRole('dialog', { name: /^Avslutt saken: Fraværsoppfølging/ });
  await expect(dialog).toBeVisible();
  const outcome = dialog.getByRole('group', { name: 'Utfall' });
  await expect(outcome.getByRole('radio').first()).toBeFocused();
  // Escape leaves the case open, and focus goes back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(close).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Avslutt saken' }).click();
  await expect(dialog).toContainText('Velg utfall.');
  await outcome.getByRole('radio', { name: 'Avbrutt' }).check();
  // Only an IKO case with effect removes the closer-follow-up mark.
  await expect(dialog).not.toContainText('merket for tettere oppfølging fjernes');
  await dialog.getByLabel('Hvordan endte saken?').fill('Opprettet for å teste; avsluttet.');
  await dialog.getByRole('button', { name: 'Avslutt saken' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saken er avsluttet.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Trinn' })).toBeFocused();
  await expect(page.getByText('Avsluttet', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logg kontakt med hjemmet' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: /^Hendelser i saken/ })).toContainText('Saken ble avsluttet');
});
