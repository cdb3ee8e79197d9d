import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, nameOf, signIn } from './helpers';

// Issue 12, part 9: a worried contact teacher to a signed agreement and OT's list. The contact
// teacher opens a clarification case with OT for a student of the own class, does what comes
// before the meeting, summons it, fills in the form, records the meeting held (refused first
// without the student) and sees the signed agreement go out; rektor writes the student out; the
// OT advisor finds the youth in OT's list with the agreement.
test.describe.configure({ mode: 'serial' });

type Student = { id: string; givenName: string; familyName: string; signal: { level: string } | null };
type Group = { name: string; relation: string; students: Student[] };
type StudentDetail = { birthDate: string; guardians: Array<{ givenName: string; familyName: string; parentalResponsibility: boolean }> };
type CaseSummary = { kind: string; status: string };
type Avklaring = {
  step: string;
  status: string;
  outcome: string | null;
  meetings: Array<{ id: string; outcome: string | null; participants: Array<{ kind: string; name: string }> }>;
  guardians: Array<{ name: string; parentalResponsibility: boolean }>;
  signedAt: string | null;
  otYouthId: string | null;
};

const zone = 'Europe/Oslo';
const todayInNorway = () => new Date().toLocaleDateString('sv-SE', { timeZone: zone });
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const norwegian = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const ageOn = (birthDate: string, on: string) => Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (on.slice(5) < birthDate.slice(5) ? 1 : 0);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The meeting's time: today, an hour before now by Norway's clock (midnight just after midnight).
 * The server records a meeting held from its day on, and the test server runs on the real clock.
 */
function meetingTimeToday(): string {
  const hour = Number(new Date().toLocaleString('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }));
  return `${todayInNorway()}T${String(Math.max(0, hour - 1)).padStart(2, '0')}:00`;
}

/** The name of a demo account's person, through the API in a session of its own. */
async function nameOfAccount(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post('/api/session', { data: { username, password: DEMO_PASSWORD } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { name: string }).name;
}

/**
 * A student of the contact teacher's class 1STA the teacher worries about (a light that is not
 * green) with no open case, under 18 with guardians who have parental responsibility (so that the
 * guardian rule applies). Taken from the end of the class list: other specs pick from its start.
 */
async function worryingStudent(request: APIRequestContext): Promise<{ student: Student; guardians: string[] }> {
  const { groups } = (await (await request.get('/api/me/students')).json()) as { groups: Group[] };
  const klass = groups.find((g) => g.relation === 'kontaktlaerer' && g.name === '1STA');
  expect(klass, 'the contact teacher has 1STA').toBeTruthy();
  const today = todayInNorway();
  for (const student of [...klass!.students].reverse()) {
    if (!student.signal || student.signal.level === 'gronn') continue;
    const { cases } = (await (await request.get(`/api/students/${student.id}/cases`)).json()) as { cases: CaseSummary[] };
    if (cases.some((c) => c.status === 'aapen')) continue;
    const detail = (await (await request.get(`/api/students/${student.id}`)).json()) as StudentDetail;
    const guardians = detail.guardians.filter((g) => g.parentalResponsibility).map((g) => `${g.givenName} ${g.familyName}`);
    if (ageOn(detail.birthDate, today) < 18 && guardians.length > 0) return { student, guardians };
  }
  throw new Error('No student of 1STA with a light, no open case, under 18 and with guardians');
}

async function avklaringOf(page: Page, caseId: string): Promise<Avklaring> {
  const response = await page.request.get(`/api/ot-avklaringar/${caseId}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Avklaring;
}

async function expectPdf(page: Page, href: string | null) {
  expect(href).not.toBeNull();
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
}

let caseId = '';
let studentName = '';
const plan = { what: 'Søke læreplass eller arbeidspraksis gjennom OT', who: 'OT-rådgiveren og eleven', by: addDays(todayInNorway(), 14) };

test('the contact teacher opens a clarification case, prepares and summons the meeting, and records it held with the agreement signed', async ({ page, request }) => {
  test.setTimeout(180_000);
  const otName = await nameOfAccount(request, 'ot');
  const leaderName = await nameOfAccount(request, 'rektor');
  await signIn(page, 'kontaktlaerer');
  const teacherName = ((await (await page.request.get('/api/session')).json()) as { name: string }).name;
  const { student, guardians } = await worryingStudent(page.request);
  studentName = nameOf(student);

  await test.step('from the student page, a clarification case: certain to leave, with the reason', async () => {
    await page.goto(`/elever/${student.id}`);
    await expect(page.getByRole('heading', { level: 1, name: studentName })).toBeVisible();
    const cases = page.getByRole('region', { name: 'Saker', exact: true });
    await cases.getByRole('button', { name: 'Avklaringssamtale med OT' }).click();
    const ground = cases.getByRole('group', { name: 'Hvorfor skal samtalen holdes?' });
    await expect(ground.getByRole('radio').first()).toBeFocused();
    // Without a ground, the form says what is missing and sends nothing.
    await cases.getByRole('button', { name: 'Opprett avklaringssak' }).click();
    await expect(ground).toContainText('Velg grunnlaget for samtalen.');
    await ground.getByRole('radio', { name: 'Det er sikkert at eleven slutter' }).check();
    await cases.getByRole('textbox', { name: 'Beskriv bekymringen' }).fill('Eleven har sagt til kontaktlæreren at hen slutter etter jul. Høyt fravær siden oktober; samtaler med rådgiver har ikke hjulpet.');
    await expect(cases.getByRole('radio', { name: 'Elevens kontaktlærer (standard)' })).toBeChecked();
    await cases.getByRole('button', { name: 'Opprett avklaringssak' }).click();
    await expect(page).toHaveURL(/\/avklaringar\/[0-9a-f-]{36}$/);
    caseId = /\/avklaringar\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    await expect(page.getByRole('heading', { level: 1, name: `Avklaringssamtale med OT: ${studentName}` })).toBeVisible();
    await expect(page).toHaveTitle('Avklaringssamtale med OT – Varde');
    for (const name of ['Før samtalen', 'Opplysninger om eleven', 'Innkalling til avklaringssamtale', 'Avklaringssamtale og oppfølgingsavtale']) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    }
    await expect(page.getByText('Det er sikkert at eleven slutter', { exact: true })).toBeVisible();
    const steps = page.getByRole('list', { name: 'Trinnene i avklaringssaken' });
    await expect(steps.getByRole('listitem').first()).toContainText('– nå');
    await expectAccessible(page);
  });

  const preparation = page.getByRole('region', { name: 'Før samtalen', exact: true });
  const checklist = preparation.getByRole('list', { name: 'Sjekkliste før samtalen' });
  const item = (text: string) => checklist.getByRole('listitem').filter({ hasText: text });

  await test.step('before OT is contacted and "Opplysninger om eleven" is saved, the summons form says what is missing', async () => {
    const summons = page.getByRole('region', { name: 'Innkalling til avklaringssamtale' });
    await summons.getByRole('button', { name: 'Kall inn til avklaringssamtale' }).click();
    await expect(summons.getByText('Før samtalen kan kalles inn, må dette være gjort:')).toBeVisible();
    await expect(summons.getByRole('list').first().getByRole('listitem')).toHaveText(['OT-rådgiveren kontaktet for å avtale tidspunkt', '«Opplysninger om eleven» fylt ut']);
    await summons.getByRole('button', { name: 'Avbryt' }).click();
    await expect(summons.getByRole('button', { name: 'Kall inn til avklaringssamtale' })).toBeFocused();
  });

  await test.step('the resource team discussed the case', async () => {
    await preparation.getByRole('button', { name: 'Registrer drøfting i ressursteamet' }).click();
    await expect(preparation.getByLabel('Dato for drøftingen')).toBeFocused();
    await expect(preparation.getByLabel('Dato for drøftingen')).toHaveValue(todayInNorway());
    await preparation.getByRole('textbox', { name: 'Notat fra ressursteamet' }).fill('Ressursteamet anbefaler avklaringssamtale med OT før eleven skrives ut.');
    await preparation.getByRole('button', { name: 'Registrer', exact: true }).click();
    await expect(preparation.getByRole('status')).toContainText('Registrert: Saken drøftet i ressursteamet.');
    await expect(item('Saken drøftet i ressursteamet')).toContainText('Gjort');
    await expect(item('Saken drøftet i ressursteamet')).toContainText(`Gjort ${norwegian(todayInNorway())} av ${teacherName}.`);
  });

  await test.step('the OT advisor contacted by e-mail, chosen among the county’s advisors', async () => {
    await expect(item('OT-rådgiveren kontaktet for å avtale tidspunkt')).toContainText('Ikke gjort – må gjøres før innkalling');
    await preparation.getByRole('button', { name: 'Registrer kontakt med OT' }).click();
    const advisor = preparation.getByRole('combobox', { name: 'OT-rådgiver' });
    // Sending without choosing the advisor is refused in the form.
    await expect(advisor).toBeVisible();
    await preparation.getByRole('button', { name: 'Registrer', exact: true }).click();
    await expect(preparation.getByText('Velg OT-rådgiveren du kontaktet.')).toBeVisible();
    await expect(advisor).toBeFocused();
    await advisor.selectOption({ label: otName });
    await expect(preparation.getByRole('group', { name: 'Hvordan kontaktet du OT?' }).getByRole('radio', { name: 'E-post' })).toBeChecked();
    await preparation.getByRole('textbox', { name: 'Notat, for eksempel avtalt tidspunkt' }).fill('E-post til OT-rådgiveren; tidspunkt avtalt.');
    await preparation.getByRole('button', { name: 'Registrer', exact: true }).click();
    await expect(preparation.getByRole('status')).toContainText('Registrert: OT-rådgiveren kontaktet for å avtale tidspunkt.');
    await expect(item('OT-rådgiveren kontaktet for å avtale tidspunkt')).toContainText('Gjort');
    // The advisor now takes part in the case.
    await expect(page.getByRole('list', { name: 'Deltakere i saken' })).toContainText(otName);
  });

  await test.step('the student phoned, and reached', async () => {
    await preparation.getByRole('button', { name: 'Logg kontakt på telefon eller SMS' }).click();
    await expect(preparation.getByLabel('Tidspunkt')).toBeFocused();
    await expect(preparation.getByRole('textbox', { name: 'Hvem ble kontaktet' })).toHaveValue(studentName);
    await preparation.getByRole('group', { name: 'Kontaktmåte' }).getByRole('radio', { name: 'Telefon' }).check();
    await expect(preparation.getByRole('group', { name: 'Utfall' }).getByRole('radio', { name: 'Nådd', exact: true })).toBeChecked();
    await preparation.getByRole('textbox', { name: 'Notat', exact: true }).fill('Ringte eleven om tidspunktet for samtalen.');
    await preparation.getByRole('button', { name: 'Registrer', exact: true }).click();
    await expect(preparation.getByRole('status')).toContainText('Registrert: Eleven eller foresatte kontaktet på telefon eller SMS.');
    await expect(item('Eleven eller foresatte kontaktet på telefon eller SMS')).toContainText('Gjort');
  });

  await test.step('"Opplysninger om eleven", prefilled by Varde, corrected and saved', async () => {
    const opplysninger = page.getByRole('region', { name: 'Opplysninger om eleven' });
    await expect(opplysninger).toContainText('Forhåndsutfylt av Varde, ikke lagret ennå.');
    await expect(opplysninger.getByRole('textbox', { name: 'Klasse', exact: true })).toHaveValue('1STA');
    await expect(opplysninger.getByRole('textbox', { name: 'Utdanningsprogram' })).not.toHaveValue('');
    await opplysninger.getByRole('textbox', { name: 'Bakgrunn og bekymring' }).fill('Eleven sier selv at skolen ikke passer, og vil heller jobbe. Fraværet har økt gjennom høsten.');
    await opplysninger.getByRole('button', { name: 'Lagre opplysningene' }).click();
    await expect(opplysninger.getByRole('status')).toContainText('Opplysningene om eleven er lagret.');
    await expect(opplysninger).toContainText('Sist lagret');
    await expect(item('«Opplysninger om eleven» fylt ut')).toContainText('Gjort');
    await expect(page.getByText('Alt som må være gjort før innkallingen, er gjort.')).toBeVisible();
  });

  const meetingAt = meetingTimeToday();
  await test.step('the meeting summoned today, with the guardians since the student is under 18', async () => {
    const summons = page.getByRole('region', { name: 'Innkalling til avklaringssamtale' });
    await summons.getByRole('button', { name: 'Kall inn til avklaringssamtale' }).click();
    await expect(summons.getByLabel('Tidspunkt')).toBeFocused();
    await expect(summons.getByText('Før samtalen kan kalles inn, må dette være gjort:')).toHaveCount(0);
    // The mandatory participants are proposed: the contact teacher, the student and the OT advisor by name; leadership to fill in.
    await expect(summons.getByRole('textbox', { name: 'Navn, deltaker 2' })).toHaveValue(teacherName);
    await expect(summons.getByRole('textbox', { name: 'Navn, deltaker 3' })).toHaveValue(studentName);
    await expect(summons.getByRole('textbox', { name: 'Navn, deltaker 4' })).toHaveValue(otName);
    await expect(summons.getByRole('combobox', { name: 'Rolle, deltaker 1' })).toHaveValue('leiing');
    await expect(summons.getByRole('textbox', { name: 'Navn, deltaker 1' })).toHaveValue('');
    await summons.getByLabel('Tidspunkt').fill(meetingAt);
    await summons.getByRole('textbox', { name: 'Sted' }).fill('Møterom 2');
    await expect(summons.getByText(/Eleven er \d+ år på møtedagen .*, altså under 18: foresatte må kalles inn\./)).toBeVisible();
    await expect(summons.getByText('Foresatte med foreldreansvar som kalles inn:')).toContainText(guardians[0]!);
    // Summoning without leadership is refused in the form, with the name field to fill in.
    await summons.getByRole('button', { name: 'Kall inn og lag innkallingen' }).click();
    await expect(summons.getByRole('textbox', { name: 'Navn, deltaker 1' })).toBeFocused();
    await expect(summons.getByText('Skriv navnet, eller fjern raden.')).toBeVisible();
    await summons.getByRole('textbox', { name: 'Navn, deltaker 1' }).fill(leaderName);
    await expect(summons.getByRole('group', { name: 'Målform i innkallingen' }).getByRole('radio', { checked: true })).toHaveCount(1);
    await expectAccessible(page);
    await summons.getByRole('button', { name: 'Kall inn og lag innkallingen' }).click();
    await expect(summons.getByRole('status')).toContainText('Samtalen er kalt inn, og innkallingen er laget.');
    const meetings = summons.getByRole('list', { name: 'Avklaringssamtaler i saken' });
    await expect(meetings.getByRole('listitem')).toHaveCount(1);
    await expect(meetings).toContainText('Møterom 2');
    await expect(meetings).toContainText('Kalt inn');
    await expect(meetings).toContainText('Foresatte er kalt inn: eleven er under 18 år på møtedagen.');
    for (const name of [leaderName, teacherName, studentName, otName, ...guardians]) await expect(meetings).toContainText(name);
    await expectPdf(page, await meetings.getByRole('link', { name: /^Innkallingen \(PDF\)/ }).getAttribute('href'));
    await expect(item('Skriftlig innkalling sendt')).toContainText('Gjort');
  });

  await test.step('the form filled in during the meeting and saved as a draft', async () => {
    const agreement = page.getByRole('region', { name: 'Avklaringssamtale og oppfølgingsavtale' });
    await agreement.getByRole('textbox', { name: 'Hva kom fram i samtalen' }).fill('Eleven trives ikke på studiespesialisering og vil ut i arbeid. Foresatte støtter at eleven slutter.');
    await agreement.getByRole('textbox', { name: 'Alternativer for eleven' }).fill('Bytte til yrkesfag neste høst, arbeidspraksis gjennom OT, eller læreplass.');
    await agreement.getByRole('group', { name: 'Avgjørelse' }).getByRole('radio', { name: 'Eleven slutter' }).check();
    await agreement.getByRole('button', { name: 'Legg til punkt' }).click();
    await expect(agreement.getByRole('textbox', { name: 'Hva, punkt 1' })).toBeFocused();
    await agreement.getByRole('textbox', { name: 'Hva, punkt 1' }).fill(plan.what);
    await agreement.getByRole('textbox', { name: 'Hvem, punkt 1' }).fill(plan.who);
    await agreement.getByLabel('Innen, punkt 1').fill(plan.by);
    await agreement.getByRole('textbox', { name: 'Oppfølging fra OT' }).fill('OT tar kontakt innen to uker og følger opp til eleven er i arbeid eller opplæring.');
    await agreement.getByRole('group', { name: 'Målform i avtalen' }).getByRole('radio', { name: 'Bokmål' }).check();
    await agreement.getByRole('button', { name: 'Lagre utkastet' }).click();
    await expect(agreement.getByRole('status')).toContainText('Utkastet er lagret.');
  });

  const outcome = page.getByRole('region', { name: 'Etter samtalen' });
  const heldForm = outcome.getByRole('group', { name: 'Hvem var til stede' });
  const meetingPeople = (await avklaringOf(page, caseId)).meetings[0]!.participants;

  await test.step('recording the meeting held without the student is refused, with the reason, and the meeting stays unheld', async () => {
    await outcome.getByRole('button', { name: 'Registrer at samtalen er holdt' }).click();
    await expect(heldForm.getByRole('checkbox').first()).toBeFocused();
    await expect(heldForm.getByRole('checkbox')).toHaveCount(meetingPeople.length);
    for (const person of meetingPeople.filter((p) => p.kind !== 'elev')) await heldForm.getByRole('checkbox', { name: new RegExp(`^${escape(person.name)} \\(`) }).check();
    await expect(outcome.getByText('Disse obligatoriske delene er ikke krysset av som til stede:')).toBeVisible();
    await outcome.getByRole('button', { name: 'Registrer samtalen og signaturene' }).click();
    await expect(outcome.getByText('Samtalen kan ikke registreres som holdt: disse obligatoriske delene var ikke til stede.')).toBeVisible();
    // The one list in the form is the missing parts'.
    await expect(outcome.getByRole('listitem')).toHaveText(['eleven']);
    await expect(outcome.getByText('Møtte ikke eleven, bruk «Eleven møtte ikke».', { exact: false })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Avklaringssamtaler i saken' })).toContainText('Kalt inn');
    const stored = await avklaringOf(page, caseId);
    expect(stored.meetings[0]!.outcome).toBeNull();
    expect(stored.signedAt).toBeNull();

    // The server refuses it too, naming the missing part.
    const { csrfToken } = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
    const present = meetingPeople.flatMap((p, i) => (p.kind === 'elev' ? [] : [i]));
    const refused = await page.request.post(`/api/ot-avklaringar/${caseId}/meetings/${stored.meetings[0]!.id}/held`, {
      headers: { 'X-CSRF-Token': csrfToken },
      data: { present, signedBy: [teacherName] },
    });
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { error: { details: Array<{ path: string; message: string }> } }).error.details).toEqual([{ path: 'present', message: 'elev' }]);
    expect((await avklaringOf(page, caseId)).meetings[0]!.outcome).toBeNull();
  });

  await test.step('with everyone present and signed, the meeting is recorded held', async () => {
    await heldForm.getByRole('checkbox', { name: `${studentName} (Eleven)` }).check();
    await expect(outcome.getByText('Alle obligatoriske deler er til stede.')).toBeVisible();
    const signers = outcome.getByRole('group', { name: 'Hvem signerte skjemaet' }).getByRole('checkbox');
    await expect(signers).toHaveCount(meetingPeople.length);
    for (const signer of await signers.all()) await expect(signer).toBeChecked();
    await outcome.getByRole('button', { name: 'Registrer samtalen og signaturene' }).click();
    await expect(outcome.getByRole('status')).toContainText('Samtalen er registrert som holdt, og avtalen er signert.');
    await expect(page.getByRole('list', { name: 'Avklaringssamtaler i saken' })).toContainText('Holdt');
  });

  await test.step('the signed agreement, where it goes, and its PDF', async () => {
    const agreement = page.getByRole('region', { name: 'Avklaringssamtale og oppfølgingsavtale' });
    await expect(agreement).toContainText('Skjemaet ble signert i møtet og kan ikke endres.');
    await expect(agreement.getByRole('heading', { level: 3, name: 'Signert avtale' })).toBeVisible();
    await expect(agreement).toContainText(`Signert ${norwegian(todayInNorway())} av`);
    await expect(agreement.getByRole('button', { name: 'Lagre utkastet' })).toHaveCount(0);
    await expect(agreement.getByRole('table', { name: 'Avtalt plan' })).toContainText(plan.what);

    const distribution = agreement.getByRole('table', { name: 'Hvor avtalen skal' });
    const row = (name: string) => distribution.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
    await expect(row(studentName)).toContainText('Originalen');
    for (const name of [leaderName, teacherName, otName, ...guardians]) await expect(row(name)).toContainText('Kopi');
    await expect(row('Skolens arkiv')).toContainText('Elevmappen');
    await expect(row('Skolens arkiv')).toContainText('Arkiveres');
    // The header, the student, leadership, the contact teacher, OT, the guardians and the archive.
    await expect(distribution.getByRole('row')).toHaveCount(6 + guardians.length);

    await expectPdf(page, await agreement.getByRole('link', { name: 'Avtalen på bokmål (PDF)' }).getAttribute('href'));
    await expectPdf(page, await agreement.getByRole('link', { name: 'Avtalen på nynorsk (PDF)' }).getAttribute('href'));

    // The student leaves, but writing out is for leadership and the counsellor.
    const ending = page.getByRole('region', { name: 'Avslutning' });
    await expect(ending).toContainText('Eleven skrives ut av skoleledelsen eller rådgiveren.');
    await expect(ending.getByRole('button', { name: 'Skriv ut eleven' })).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Trinnene i avklaringssaken' }).getByRole('listitem').last()).toContainText('– nå');
    await expectAccessible(page);
  });
});

test('rektor writes the student out (SL) from the case page, and the case goes to OT', async ({ page }) => {
  expect(caseId, 'the case of the first test').not.toBe('');
  await signIn(page, 'rektor');
  await page.goto(`/avklaringar/${caseId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Avklaringssamtale med OT: ${studentName}` })).toBeVisible();
  const ending = page.getByRole('region', { name: 'Avslutning' });
  await ending.getByRole('button', { name: 'Skriv ut eleven' }).click();
  await expect(ending.getByRole('heading', { level: 3, name: `Skriv ut ${studentName}` })).toBeVisible();
  await expect(ending.getByLabel('Sluttdato')).toBeFocused();
  await expect(ending.getByLabel('Sluttdato')).toHaveValue(todayInNorway());
  // Without a reason code, nothing is sent.
  await ending.getByRole('button', { name: 'Skriv ut eleven' }).click();
  await expect(ending.getByText('Velg årsakskode.')).toBeVisible();
  await ending.getByRole('group', { name: 'Årsakskode' }).getByRole('radio', { name: 'SL – skolelei' }).check();
  await ending.getByRole('textbox', { name: 'Notat' }).fill('Skrevet ut etter avklaringssamtalen; OT følger opp etter avtalen.');
  await ending.getByRole('button', { name: 'Skriv ut eleven' }).click();

  const done = ending.getByRole('heading', { level: 3, name: 'Ungdommen er på OTs liste' });
  await expect(done).toBeFocused();
  await expect(ending).toContainText(`${studentName} ble skrevet ut ${norwegian(todayInNorway())} (SL – skolelei).`);
  await expect(ending.getByRole('button', { name: 'Skriv ut eleven' })).toHaveCount(0);
  const stored = await avklaringOf(page, caseId);
  expect(stored.status).toBe('avsluttet');
  expect(stored.outcome).toBe('overfort_ot');
  expect(stored.otYouthId).not.toBeNull();
});

test('the OT advisor sees the youth in OT’s list with the signed agreement, and the agreement on the youth’s page', async ({ page }) => {
  expect(caseId, 'the case of the first test').not.toBe('');
  await signIn(page, 'ot');
  await expect(page).toHaveURL(/\/ot$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ungdom i oppfølgingstjenesten' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /ungdommer? i listen\./ })).toBeVisible();
  // Not yet reached by OT: among those with unknown activity, who come first.
  const unknown = page.getByRole('table', { name: /^Ukjent aktivitet \(\d+\)$/ });
  const row = unknown.getByRole('row').filter({ has: page.getByRole('link', { name: studentName, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Varde videregående skole');
  await expect(row).toContainText(norwegian(todayInNorway()));
  await expect(row).toContainText('Skolelei');
  await expect(row.getByRole('cell').last()).toHaveText('Signert');
  await expectAccessible(page);

  await row.getByRole('link', { name: studentName, exact: true }).click();
  await expect(page).toHaveURL(/\/ot\/ungdom\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: studentName })).toBeVisible();
  await expect(page).toHaveTitle('Ungdom i oppfølgingstjenesten – Varde');
  const agreement = page.getByRole('region', { name: 'Avtale fra avklaringssamtalen' });
  await expect(agreement).toContainText(`Signert ${norwegian(todayInNorway())}`);
  await expect(agreement).toContainText('Eleven slutter');
  await expect(agreement).toContainText('Bytte til yrkesfag neste høst');
  const planTable = agreement.getByRole('table', { name: 'Avtalt: hvem gjør hva innen når' });
  await expect(planTable.getByRole('row').filter({ hasText: plan.what })).toContainText(plan.who);
  await expect(planTable.getByRole('row').filter({ hasText: plan.what })).toContainText(norwegian(plan.by));
  await expectPdf(page, await agreement.getByRole('link', { name: 'Last ned den signerte avtalen (PDF)' }).getAttribute('href'));
  await expect(agreement.getByRole('link', { name: 'Åpne avklaringssaken' })).toHaveAttribute('href', `/avklaringar/${caseId}`);
  await expectAccessible(page);
});
