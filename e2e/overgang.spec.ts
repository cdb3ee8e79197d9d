import { expect, test, type Page, type Response } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

// Issue 13, part 5 (docs/decisions/023): a follow-up moves to the next school only with consent.
// The demo region's two Vg1 students at Varde videregående skole came from Varde ungdomsskule,
// where gs-rektor ran a closed case (src/demo/seed-demo-overgang.ts): the first has nothing
// prepared, the second has a summary waiting. The vgs counsellor asks for the first student's
// follow-up; gs-rektor finds the task, saves the summary and records the guardian's consent; the
// counsellor reads it.
test.describe.configure({ mode: 'serial' });

const todayInNorway = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
const norwegian = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
  await expect(page).toHaveURL(/\/logg-inn/);
}

let studentName = '';
let receivingUrl = '';
let formerUrl = '';

test('the receiving counsellor, the former school and the home’s consent: the summary moves with consent only', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'radgiver');
  // The student page's own overgang (the former school's side): asked for whoever may see it.
  let ownView: Promise<Response> | undefined;

  await test.step('the IKO intake list names the former school and what may be done', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'IKO-arbeid' }).click();
    const intake = page.getByRole('table', { name: /^Prioriteringsliste: \d+ elev/ });
    await expect(intake.getByRole('columnheader', { name: 'Fra avgiverskolen' })).toBeVisible();
    // The second demo student's summary is already waiting.
    await expect(intake.getByRole('row').filter({ hasText: 'Varde ungdomsskule: oppsummering venter' })).toHaveCount(1);
    const row = intake.getByRole('row').filter({ hasText: 'Varde ungdomsskule: kan be om oppfølgingen' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Fulgt opp ved avgiverskolen');
    studentName = ((await row.getByRole('rowheader').textContent()) ?? '').trim();
    expect(studentName).not.toBe('');
    await expectAccessible(page);
    ownView = page.waitForResponse((r) => /\/api\/students\/[0-9a-f-]{36}\/overgang$/.test(r.url()));
    await row.getByRole('link', { name: 'kan be om oppfølgingen' }).click();
  });

  await test.step('the student page opens at "Fra forrige skole", and the counsellor asks', async () => {
    await expect(page).toHaveURL(/\/elever\/[0-9a-f-]{36}#fra-forrige-skole$/);
    receivingUrl = page.url();
    await expect(page.getByRole('heading', { level: 1, name: studentName })).toBeVisible();
    const incoming = page.getByRole('region', { name: 'Fra forrige skole' });
    await expect(incoming.getByRole('heading', { level: 2, name: 'Fra forrige skole' })).toBeFocused();
    const school = incoming.getByRole('article', { name: 'Varde ungdomsskule' });
    await expect(school).toContainText('Kan be om oppfølgingen');
    await expect(school).toContainText('spør Varde ungdomsskule hjemmet om samtykke');
    // The receiving school has nothing of its own to pass on: the former school's side is not shown.
    expect((await ownView!).status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Overgang til ny skole' })).toHaveCount(0);
    await school.getByRole('button', { name: 'Be om oppfølgingen' }).click();
    await expect(school.getByRole('status')).toHaveText('Varde ungdomsskule har fått beskjed og spør hjemmet om samtykke.');
    await expect(school.getByRole('heading', { level: 3, name: 'Varde ungdomsskule' })).toBeFocused();
    await expect(school).toContainText(`Spurt ${norwegian(todayInNorway())}.`);
    await expect(school.getByRole('button', { name: 'Be om oppfølgingen' })).toHaveCount(0);
  });

  await signOut(page);
  await signIn(page, 'gs-rektor');
  const former = page.getByRole('region', { name: 'Overgang til ny skole' });

  await test.step('the former school’s rektor has the task, and opens the student written out in June', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mine oppgaver' }).click();
    const task = page.getByRole('article', { name: `Spør hjemmet om samtykke til å sende oppfølgingen videre – ${studentName}` });
    await expect(task).toBeVisible();
    const group = page.getByRole('region', { name: studentName });
    const incomingView = page.waitForResponse((r) => /\/api\/students\/[0-9a-f-]{36}\/overgang\/incoming$/.test(r.url()));
    await group.getByRole('link', { name: studentName }).click();
    await expect(page.getByRole('heading', { level: 1, name: studentName })).toBeVisible();
    formerUrl = page.url();
    await expect(former.getByRole('heading', { level: 2, name: 'Overgang til ny skole' })).toBeVisible();
    await expect(former).toContainText('men bare når foresatte eller eleven har samtykket');
    // The former school receives nothing for its own former student.
    expect((await incomingView).status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Fra forrige skole' })).toHaveCount(0);
    await expect(former.getByRole('listitem').filter({ hasText: 'Varde videregående skole ba om oppfølgingen' })).toContainText(norwegian(todayInNorway()));
  });

  await test.step('the first draft from the case is there, marked as not saved; saved after a refusal at the field', async () => {
    await expect(former.getByText('Utkast – ikke lagret')).toBeVisible();
    await expect(former.getByText('Fast vaksen som tek imot ved inngangen kvar morgon')).toBeVisible();
    await expect(page.getByText('Ingen samtykke gjelder nå, så oppsummeringen sendes ikke videre.')).toBeVisible();
    await former.getByRole('button', { name: 'Gå gjennom og lagre utkastet' }).click();
    const causes = former.getByRole('textbox', { name: 'Årsaker' });
    await expect(causes).toBeFocused();
    await expect(causes).toHaveValue(/Grue seg til friminutta/);
    await expect(former.getByRole('textbox', { name: 'Tiltak som hjalp' })).toHaveValue(/Eigen plass i klasserommet ved døra/);
    const contact = former.getByRole('group', { name: 'Kontaktperson ved skolen' });
    const name = contact.getByRole('textbox', { name: 'Navn' });
    const contactName = await name.inputValue();
    expect(contactName).not.toBe('');
    await expectAccessible(page);
    // Without a name, the form says what is missing at the field and sends nothing.
    await name.fill('');
    await former.getByRole('button', { name: 'Lagre oppsummeringen' }).click();
    await expect(name).toBeFocused();
    await expect(contact).toContainText('Skriv navnet på den den nye skolen kan kontakte.');
    await name.fill(contactName);
    await contact.getByRole('textbox', { name: 'Telefon' }).fill('900 11 222');
    await former.getByRole('textbox', { name: 'Merknad' }).fill('Eleven ønsker å møte kontaktlæreren før skolestart.');
    await former.getByRole('button', { name: 'Lagre oppsummeringen' }).click();
    await expect(former.getByRole('status')).toHaveText('Oppsummeringen er lagret.');
    await expect(former.getByRole('heading', { level: 3, name: 'Oppsummeringen' })).toBeFocused();
    await expect(former.getByText('Utkast – ikke lagret')).toHaveCount(0);
    await expect(former.getByText(/^Lagret av .+ \d\d\.\d\d\.\d{4}\. Slik leser den nye skolen den\.$/)).toBeVisible();
    await expect(former.getByRole('link', { name: '900 11 222' })).toHaveAttribute('href', 'tel:90011222');
  });

  await test.step('the guardian’s consent, dated today, is recorded', async () => {
    await former.getByRole('button', { name: 'Registrer samtykke' }).click();
    const who = former.getByRole('group', { name: 'Hvem ga samtykket?' });
    await expect(who.getByRole('radio').first()).toBeFocused();
    const guardian = who.getByRole('radio', { name: /\(foresatt\)$/ });
    await expect(guardian).toHaveCount(1);
    const guardianLabel = (await guardian.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? '')).trim();
    expect(guardianLabel).toMatch(/^Hilde .+ \(foresatt\)$/);
    await expect(former.getByRole('textbox', { name: 'Dato samtykket ble gitt' })).toHaveValue(norwegian(todayInNorway()));
    await expectAccessible(page);
    await guardian.check();
    await former.getByRole('button', { name: 'Registrer samtykke' }).click();
    await expect(former.getByRole('status')).toHaveText('Samtykket er registrert. Den nye skolen kan nå lese oppsummeringen.');
    await expect(former.getByRole('heading', { level: 3, name: 'Samtykke' })).toBeFocused();
    await expect(former.getByText(`Gitt av ${guardianLabel} ${norwegian(todayInNorway())}`, { exact: false })).toBeVisible();
    await expect(former.getByRole('button', { name: 'Trekk tilbake samtykke' })).toBeVisible();
    await expect(former).toContainText('Ingen andre skoler har lest oppsummeringen.');
  });

  await signOut(page);
  await signIn(page, 'radgiver');

  await test.step('the counsellor finds the summary waiting, reads it, and the read is said to be logged', async () => {
    await page.goto(receivingUrl);
    const incoming = page.getByRole('region', { name: 'Fra forrige skole' });
    const school = incoming.getByRole('article', { name: 'Varde ungdomsskule' });
    await expect(school).toContainText('Oppsummering venter');
    await expect(school).toContainText('Når du leser den, blir det logget hos begge skolene.');
    await school.getByRole('button', { name: 'Les oppsummeringen' }).click();
    const heading = school.getByRole('heading', { level: 4, name: 'Oppsummering fra Varde ungdomsskule' });
    await expect(heading).toBeFocused();
    await expect(school.getByText('Fast vaksen som tek imot ved inngangen kvar morgon')).toBeVisible();
    await expect(school.getByText('Eigen plass i klasserommet ved døra')).toBeVisible();
    await expect(school.getByRole('link', { name: '900 11 222' })).toBeVisible();
    await expect(school.getByText('Eleven ønsker å møte kontaktlæreren før skolestart.')).toBeVisible();
    await expect(school).toContainText(`Samtykke gitt av foresatte ${norwegian(todayInNorway())}.`);
    await expect(school).toContainText('Oppsummeringen er lest');
    await expect(page.getByRole('status').filter({ hasText: /Henter/ })).toHaveCount(0);
    await expectAccessible(page);
  });

  await test.step('the former school sees who read it', async () => {
    await signOut(page);
    await signIn(page, 'gs-rektor');
    await page.goto(formerUrl);
    await expect(former.getByRole('listitem').filter({ hasText: /^Lest av .+, Varde videregående skole, \d\d\.\d\d\.\d{4}/ })).toHaveCount(1);
    await expectAccessible(page);
  });
});
