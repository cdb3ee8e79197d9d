/**
 * From a flag to effect (issue 4): the contact teacher opens an absence case from a flag of a
 * student in the class, logs a contact with the home, holds the mapping conversation from the
 * guide, writes a tiltaksplan with a measure from the bank, has it signed by the student, a
 * guardian and the school, sees that the signed version cannot be changed (a change is version
 * 2), records the evaluation without satisfactory effect, and takes the case to the class-teacher
 * meeting, whose decision goes into the case's history.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { caseUrl, expectAccessible, nameOf, signIn, studentWithAbsenceFlag } from './helpers';

const todayInNorway = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
const addDays = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
};
const norwegian = (iso: string) => iso.split('-').reverse().join('.');

async function expectPdf(page: Page, link: Locator, path: RegExp) {
  const href = await link.getAttribute('href');
  expect(href).toMatch(path);
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
}

async function advanceTo(page: Page, step: string) {
  await page.getByRole('button', { name: new RegExp(`^Gå videre til ${step}$`, 'i') }).click();
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`Saken er nå på trinnet «${step}»`, 'i') })).toBeVisible();
}

/** Signs the newest version in the dialog: the student, the first guardian and the school. */
async function signAll(page: Page, plans: Locator, version: number, studentName: string) {
  await plans.getByRole('button', { name: `Signer versjon ${version}` }).click();
  const dialog = page.getByRole('dialog', { name: `Signer tiltaksplan, versjon ${version}` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Når versjon ${version} er signert, kan den ikke endres lenger.`);
  await expect(dialog).toContainText('blir endringen en ny versjon');
  await dialog.getByRole('button', { name: `Eleven: ${studentName}` }).click();
  await dialog.getByRole('button', { name: /^Foresatt: / }).first().click();
  await dialog.getByRole('button', { name: /^Skolen: / }).click();
  await expect(dialog.getByRole('group', { name: /^Underskrift \d/ })).toHaveCount(3);
  await expect(dialog.getByRole('group', { name: /^Underskrift 1/ }).getByLabel('Navn')).toHaveValue(studentName);
  // The guardian signed on paper.
  await dialog.getByRole('group', { name: /^Underskrift 2/ }).getByRole('radio', { name: 'på papir' }).check();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Registrer 3 underskrifter' }).click();
  await expect(dialog).toBeHidden();
  await expect(plans.getByRole('status')).toContainText(`Versjon ${version} av tiltaksplan er signert av 3 personer.`);
}

// The two tests share one signed-in page: sign-ins are rate-limited per user (10 in 15 minutes),
// and the whole suite signs the demo contact teacher in many times.
test.describe.configure({ mode: 'serial' });
let page: Page;
let casePath = '';
let studentName = '';
let klassName = '';

test.beforeAll(async ({ browser }) => {
  const { baseURL, locale } = test.info().project.use;
  page = await (await browser.newContext({ baseURL, locale })).newPage();
  await signIn(page, 'kontaktlaerer');
});

test.afterAll(async () => {
  await page.context().close();
});

test('from a flag to a mapping conversation, a signed tiltaksplan and its evaluation', async () => {
  // Seven forms and a dialog, each checked with axe: more than the default minute.
  test.setTimeout(240_000);
  const { klass, student, flag } = await studentWithAbsenceFlag(page.request);
  studentName = nameOf(student);
  klassName = klass.name;
  const today = todayInNorway();

  await test.step('the flag on the student page opens an absence case', async () => {
    await page.goto(`/elever/${student.id}`);
    await expect(page.getByRole('heading', { level: 1, name: studentName })).toBeVisible();
    const item = page.locator(`article[aria-labelledby="flagg-${flag.id}"]`);
    await item.getByRole('button', { name: 'Opprett sak fra dette flagget' }).click();
    await expect(item.getByRole('radio', { name: 'Fraværsoppfølging' })).toBeChecked();
    await item.getByRole('button', { name: 'Opprett saken' }).click();
    await expect(page).toHaveURL(caseUrl);
    casePath = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1, name: `Fraværsoppfølging: ${studentName}` })).toBeVisible();
  });

  await test.step('a contact with the home is logged, and the case moves on to kartlegging', async () => {
    await page.getByRole('button', { name: 'Logg kontakt med hjemmet' }).click();
    await page.getByLabel('Kanal').selectOption('telefon');
    await page.getByRole('group', { name: 'Resultat' }).getByRole('radio', { name: 'Nådd', exact: true }).check();
    await page.getByLabel('Notat', { exact: true }).fill('Snakket med mor. Avtalte kartleggingssamtale på torsdag.');
    await page.getByRole('button', { name: 'Lagre kontakten' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kontakten er logget.' })).toBeVisible();
    await advanceTo(page, 'kartlegging');
  });

  const conversations = page.getByRole('region', { name: 'Samtaler' });

  await test.step('the mapping conversation from the guide, with the student and a guardian', async () => {
    await conversations.getByRole('button', { name: 'Ny samtale' }).click();
    await expect(conversations.getByRole('heading', { level: 3, name: 'Ny samtale' })).toBeFocused();
    // The guides of an absence case; the student's comes first.
    const guide = conversations.getByRole('group', { name: 'Samtaleguide' });
    await expect(guide.getByRole('radio')).toHaveCount(3);
    await expect(guide.getByRole('radio').first()).toBeChecked();
    // The seed's questions, word for word, each with a field for the answer.
    await conversations.getByLabel('Trives du på skolen og på fritiden?').fill('Trives i friminuttene, men gruer seg til matematikk.');
    await expect(conversations.getByRole('group', { name: 'Forslag til spørsmål til eleven' })).toBeVisible();

    // The staff of the case are there; the student and a guardian are added.
    const participants = conversations.getByRole('group', { name: 'Hvem var med' });
    await expect(participants.getByLabel('Navn, deltaker 1')).not.toHaveValue('');
    await participants.getByRole('button', { name: `Legg til eleven: ${studentName}` }).click();
    await expect(participants.getByLabel('Rolle, deltaker 2')).toHaveValue('Elev');
    await participants.getByRole('button', { name: /^Legg til foresatt: / }).first().click();
    await expect(participants.getByLabel('Rolle, deltaker 3')).toHaveValue('Foresatt');

    // Saving without a summary: the problem is named at the field and in the summary.
    await conversations.getByRole('button', { name: 'Lagre samtalen' }).click();
    await expect(conversations.getByRole('link', { name: 'Sammendrag: Skriv noe her.' })).toBeVisible();
    await expect(conversations.getByLabel('Sammendrag')).toHaveAttribute('aria-invalid', 'true');
    await conversations.getByRole('link', { name: 'Sammendrag: Skriv noe her.' }).click();
    await expect(conversations.getByLabel('Sammendrag')).toBeFocused();
    await page.keyboard.type('Eleven opplever lite mestring i matematikk og har vondt i magen om morgenen.');

    await conversations.getByRole('checkbox', { name: /^Faglige utfordringer/ }).check();
    await conversations.getByRole('button', { name: 'Legg til en opprettholdende faktor' }).click();
    await expect(conversations.getByLabel('Opprettholdende faktor nr. 1')).toBeFocused();
    await page.keyboard.type('Opplever lite faglig mestring i matematikk');
    await conversations.getByText('Forslag fra fraværsrutinen').click();
    await conversations.getByRole('button', { name: '+ Foresatte opplever at det er vanskelig å få eleven på skolen om morgenen' }).click();
    await expect(conversations.getByLabel('Opprettholdende faktor nr. 2')).toHaveValue('Foresatte opplever at det er vanskelig å få eleven på skolen om morgenen');
    await conversations.getByLabel('Neste steg').fill('Tiltaksplan skrives sammen med eleven fredag.');
    await expectAccessible(page);

    await conversations.getByRole('button', { name: 'Lagre samtalen' }).click();
    await expect(conversations.getByRole('status')).toContainText('Samtalen er lagret.');
    const saved = conversations.getByRole('article').first();
    await expect(saved.getByRole('heading', { level: 3 })).toBeFocused();
    await expect(saved).toContainText(norwegian(today));
    await expect(saved).toContainText('Faglige utfordringer');
    await expect(saved).toContainText('Opplever lite faglig mestring i matematikk');
    await expect(saved).toContainText(`${studentName} (Elev)`);
    await expectPdf(page, saved.getByRole('link', { name: 'Referat som PDF (bokmål)' }), /\/api\/conversations\/[0-9a-f-]{36}\/minutes\.pdf\?language=nb$/);
    await advanceTo(page, 'tiltak');
  });

  const plans = page.getByRole('region', { name: 'Planer' });
  let longTermGoal = '';

  await test.step('a tiltaksplan from the maintaining factors, with a measure from the bank', async () => {
    await plans.getByRole('button', { name: 'Skriv tiltaksplan' }).click();
    await expect(plans.getByRole('heading', { level: 3, name: 'Ny tiltaksplan' })).toBeFocused();
    await expect(plans).toContainText('bruk elevens egne ord');
    // One row for each maintaining factor of the conversation.
    await expect(plans.getByLabel('Opprettholdende faktor', { exact: true })).toHaveCount(2);
    await expect(plans.getByLabel('Opprettholdende faktor', { exact: true }).first()).toHaveValue('Opplever lite faglig mestring i matematikk');
    // Three weeks from today, the evaluation no later than the staircase allows.
    await expect(plans.getByLabel('Planen gjelder fra')).toHaveValue(today);
    await expect(plans.getByLabel('Planen gjelder til')).toHaveValue(addDays(today, 21));

    longTermGoal = 'Komme tilbake til skolen og være i klassen.';
    await plans.getByLabel('Langsiktige mål nr. 1').fill(longTermGoal);
    await plans.getByLabel('Kortsiktige, målbare mål nr. 1').fill('Komme til skolen med bussen tre dager i uken.');

    await plans.getByRole('button', { name: 'Velg fra tiltaksbanken (nr. 1)' }).click();
    const bank = page.getByRole('dialog', { name: 'Tiltaksbanken' });
    await expect(bank).toBeVisible();
    await expect(bank).toContainText(/\d+ tiltak passer/);
    const search = bank.getByRole('search', { name: 'Søk i tiltaksbanken' });
    await search.getByLabel('Søk', { exact: true }).fill('prøve');
    await search.getByLabel('Nivå').selectOption('individ');
    const first = bank.getByRole('article').first();
    const title = (await first.getByRole('heading').textContent())!.trim();
    await expectAccessible(page);
    await first.getByRole('button', { name: `Velg «${title}»` }).click();
    await expect(bank).toBeHidden();
    const measure = plans.getByLabel('Tiltak', { exact: true }).first();
    await expect(measure).toHaveValue(title);
    await expect(measure).toBeFocused();
    await measure.press('End');
    await page.keyboard.type(' I matematikk tas en M4-prøve for å finne hullene.');
    await plans.getByLabel('Ansvarlig', { exact: true }).first().fill('Kontaktlærer');
    await plans.getByLabel('Plan B', { exact: true }).first().fill('Liten gruppe i matematikk.');
    await plans.getByLabel('Tiltak', { exact: true }).nth(1).fill('Mor har avtale med jobben om å være hjemme til bussen har gått de neste to ukene.');
    await plans.getByLabel('Ansvarlig', { exact: true }).nth(1).fill('Mor');

    // An evaluation meeting later than three weeks is refused, with the reason at the field.
    const meeting = plans.getByLabel('Dato for evalueringsmøtet');
    const latest = (await meeting.getAttribute('max'))!;
    expect(latest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await meeting.fill(addDays(latest, 7));
    await plans.getByRole('button', { name: 'Lagre utkastet' }).click();
    await expect(plans.getByRole('link', { name: /^Dato for evalueringsmøtet: Evalueringsmøtet er for sent/ })).toBeVisible();
    await expect(meeting).toHaveAttribute('aria-invalid', 'true');
    await meeting.fill(latest);
    await plans.getByLabel('Klokkeslett').fill('14.00');
    await plans.getByLabel('Sted').fill('Møterom 2');
    await expectAccessible(page);

    await plans.getByRole('button', { name: 'Lagre utkastet' }).click();
    await expect(plans.getByRole('status')).toContainText('Tiltaksplan er lagret som utkast (versjon 1).');
    const card = plans.getByRole('article', { name: 'Tiltaksplan' });
    await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
    await expect(card).toContainText('Utkast');
    await expect(card.getByRole('table', { name: /^Tiltak i Tiltaksplan, versjon 1/ })).toContainText(title);
  });

  await test.step('the student, a guardian and the school sign it; the signed version is locked', async () => {
    await signAll(page, plans, 1, studentName);
    const card = plans.getByRole('article', { name: 'Tiltaksplan' });
    await expect(card).toContainText('Signert');
    await expect(card).toContainText(`${studentName} (elev), signert i Varde`);
    await expect(card).toContainText('(foresatt), signert på papir');
    await expect(card).toContainText(', registrert av ');
    // A signed version cannot be edited in place: only a new version can be made.
    await expect(card.getByRole('button', { name: 'Endre utkastet' })).toHaveCount(0);
    await expect(card).toContainText('Versjon 1 er signert og kan ikke endres.');
    await expectPdf(page, card.getByRole('link', { name: 'Versjon 1 som PDF (bokmål)' }), /\/api\/plans\/[0-9a-f-]{36}\/versions\/1\/pdf\?language=nb$/);
    await expectPdf(page, card.getByRole('link', { name: 'Versjon 1 som PDF (nynorsk)' }), /\/api\/plans\/[0-9a-f-]{36}\/versions\/1\/pdf\?language=nn$/);
  });

  await test.step('changing the signed plan makes version 2, and version 1 stays as signed', async () => {
    const card = plans.getByRole('article', { name: 'Tiltaksplan' });
    await card.getByRole('button', { name: 'Endre planen (blir versjon 2)' }).click();
    await expect(card.getByRole('heading', { level: 4, name: 'Endre tiltaksplan: blir versjon 2' })).toBeFocused();
    await expect(card).toContainText('Versjon 1 er signert og kan ikke endres. Når du lagrer, blir endringene versjon 2');
    await card.getByLabel('Langsiktige mål nr. 1').fill('Være på skolen hele dager og i klassen.');
    await card.getByRole('button', { name: 'Lagre som versjon 2' }).click();
    await expect(plans.getByRole('status')).toContainText('Endringene er lagret som versjon 2 av tiltaksplan. Den signerte versjonen er uendret.');
    await expect(card).toContainText('Versjon 2, sist endret');
    await expect(card).toContainText('Utkast');
    // The signed version is still there to read, as it was signed.
    await expect(card.getByText(longTermGoal)).toBeHidden();
    await card.getByText(/^Versjon 1 \(signert\)/).click();
    await expect(card.getByText(longTermGoal)).toBeVisible();

    // The server holds to it too: an edit that starts from the signed version 1 is refused as stale.
    const caseId = caseUrl.exec(casePath)![1];
    const detail = (await (await page.request.get(`/api/cases/${caseId}`)).json()) as { plans: Array<{ id: string; kind: string; versions: Array<{ version: number; content: unknown; signed: boolean }> }> };
    const stored = detail.plans.find((p) => p.kind === 'tiltaksplan')!;
    expect(stored.versions.map((v) => [v.version, v.signed])).toEqual([
      [2, false],
      [1, true],
    ]);
    const stale = await page.request.put(`/api/plans/${stored.id}`, {
      data: { basedOnVersion: 1, content: stored.versions[0]!.content },
      headers: { 'X-CSRF-Token': await csrfToken(page) },
    });
    expect(stale.status()).toBe(409);

    await signAll(page, plans, 2, studentName);
    await advanceTo(page, 'evaluering');
  });

  await test.step('the evaluation: not satisfactory, with the adjustment, seen in the case', async () => {
    const card = plans.getByRole('article', { name: 'Tiltaksplan' });
    await card.getByRole('button', { name: 'Registrer evaluering' }).click();
    await expect(card.getByRole('heading', { level: 4, name: 'Evaluering av tiltaksplan' })).toBeFocused();
    await expect(card.getByLabel('Dato for evalueringen')).toHaveValue(today);
    await card.getByRole('group', { name: 'Har tiltakene hatt god nok effekt?' }).getByRole('radio', { name: 'Nei' }).check();
    await card.getByRole('button', { name: 'Lagre evalueringen' }).click();
    await expect(card.getByLabel('Justering')).toBeFocused();
    await expect(card.getByText('Skriv hva som justeres når effekten ikke er god nok.')).toBeVisible();
    await card.getByLabel('Justering').fill('Fraværet er fortsatt bekymringsfullt. Ny runde med gradvis opptrapping og ukeplan fra onsdag.');
    await card.getByLabel(/^Nr\. 1: Opplever lite faglig mestring/).fill('M4-prøven er tatt; mestrer bedre i liten gruppe.');
    await expectAccessible(page);
    await card.getByRole('button', { name: 'Lagre evalueringen' }).click();
    await expect(plans.getByRole('status')).toContainText('Evalueringen av tiltaksplan er lagret: ikke god nok effekt.');
    await expect(card).toContainText('Ikke god nok effekt');
    await expect(card).toContainText('Ny runde med gradvis opptrapping');
    await expect(card).toContainText('M4-prøven er tatt');
    // The step has what it needs, and the case can take a new round of measures.
    await expect(page.getByText('Trinnet har det det trenger. Saken kan gå videre.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ny runde med tiltak' })).toBeVisible();
  });

  await test.step('a week plan for the gradual return runs from Wednesday to Wednesday', async () => {
    await plans.getByRole('button', { name: 'Ny ukeplan' }).click();
    await expect(plans.getByRole('heading', { level: 3, name: 'Ny ukeplan' })).toBeFocused();
    await expect(plans).toContainText('Denne timeplanen er «uvanlig» i formen fordi den går fra onsdag til onsdag.');
    const days = plans.getByRole('group', { name: /^(Mandag|Tirsdag|Onsdag|Torsdag|Fredag) \d{2}\.\d{2}\.\d{4}$/ });
    await expect(days).toHaveCount(6);
    await expect(days.first()).toHaveAccessibleName(/^Onsdag/);
    await expect(days.last()).toHaveAccessibleName(/^Onsdag/);
    await days.first().getByLabel('Tidspunkt').fill('08.45 – 08.55');
    await days.first().getByLabel('Mål / hva skal vi gjøre').fill('Sitter i bilen i 10 minutter og hilser på læreren.');
    await plans.getByRole('button', { name: 'Lagre utkastet' }).click();
    await expect(plans.getByRole('status')).toContainText('Ukeplan er lagret som utkast (versjon 1).');
    const week = plans.getByRole('article', { name: /^Ukeplan fra / });
    await expect(week.getByRole('heading', { level: 3 })).toBeFocused();
    // Only the day written in is in the plan.
    await expect(week.getByRole('table').getByRole('row')).toHaveCount(2);
    await expect(week).toContainText('Sitter i bilen i 10 minutter');
  });
});

/** The session's CSRF token, for a request outside the app's own client. */
async function csrfToken(page: Page): Promise<string> {
  const session = await page.request.get('/api/session');
  return ((await session.json()) as { csrfToken: string }).csrfToken;
}

test('the klasselærermøte: the agenda shows the flagged students, and a decision goes into the case', async () => {
  expect(casePath, 'the case of the first test').not.toBe('');
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mine elever' }).click();
  await page.getByRole('link', { name: `Klasselærermøte for ${klassName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Klasselærermøte for ${klassName}` })).toBeVisible();
  await expect(page).toHaveTitle(`Klasselærermøte for ${klassName} – Varde`);

  const item = page.getByRole('article', { name: studentName });
  await expect(item).toContainText('Fraværsoppfølging');
  await expect(item).toContainText('Evaluering');
  // Students with open flags are on the agenda, each flag with its level in words.
  await expect(page.getByRole('article').filter({ hasText: /Åpent flagg|Åpne flagg/ }).first()).toContainText(/Rød|Gul/);
  await expectAccessible(page);

  await page.getByRole('group', { name: 'Til stede' }).getByRole('button', { name: 'Legg til en som var til stede' }).click();
  await expect(page.getByLabel('Til stede nr. 2')).toBeFocused();
  await page.keyboard.type('Rita Rådgiver');
  const decision = 'Klasselærermøtet ber om tett oppfølging i matematikk og en ukeplan fra onsdag.';
  await item.getByLabel(`Avgjørelse for ${studentName}`).fill(decision);
  await expect(item.getByRole('radio', { name: /^Inn i saken: Fraværsoppfølging/ })).toBeChecked();
  await page.getByRole('button', { name: 'Lagre møtet' }).click();
  await expect(page.getByRole('status')).toContainText('Møtet er lagret med én avgjørelse.');

  const earlier = page.getByRole('region', { name: 'Tidligere møter' });
  await expect(earlier).toContainText(decision);
  await expect(earlier).toContainText('Rita Rådgiver');
  await earlier.getByRole('link', { name: `Til saken for ${studentName}` }).first().click();
  await expect(page).toHaveURL(new RegExp(`${casePath}$`));
  await expect(page.getByRole('list', { name: /^Hendelser i saken/ })).toContainText(decision);
});
