import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

type Student = {
  id: string;
  givenName: string;
  familyName: string;
  absence: { days: number; hours: number };
  signal: { level: string; flags: Array<{ concern: string; ruleCode: string }> } | null;
};
type Group = { id: string; name: string; kind: string; relation: string; students: Student[] };

/** Today in Norway, as the server counts it. */
const todayInNorway = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
const addDays = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
};
const isWeekday = (iso: string) => ![0, 6].includes(new Date(`${iso}T12:00:00Z`).getUTCDay());
const norwegian = (iso: string) => iso.split('-').reverse().join('.');
const nameOf = (s: Student) => `${s.givenName} ${s.familyName}`;

/** The last `n` weekdays up to today, oldest first (today among them on a weekday). */
function lastWeekdays(n: number): string[] {
  const days: string[] = [];
  for (let date = todayInNorway(); days.length < n; date = addDays(date, -1)) if (isWeekday(date)) days.unshift(date);
  return days;
}

/** The contact teacher's class 1STA and, of its students with a green light, the one with the least absence. */
async function classAndStudent(request: APIRequestContext) {
  const response = await request.get('/api/me/students');
  expect(response.status()).toBe(200);
  const { groups } = (await response.json()) as { groups: Group[] };
  const klass = groups.find((g) => g.relation === 'kontaktlaerer' && g.name === '1STA');
  expect(klass, 'the contact teacher has 1STA').toBeTruthy();
  const green = klass!.students.filter((s) => s.signal?.level === 'gronn').sort((a, b) => a.absence.days - b.absence.days || a.absence.hours - b.absence.hours);
  expect(green[0], 'a student of 1STA with no open flags').toBeTruthy();
  return { klass: klass!, student: green[0]! };
}

async function signalOf(request: APIRequestContext, studentId: string) {
  const { groups } = (await (await request.get('/api/me/students')).json()) as { groups: Group[] };
  return groups.find((g) => g.relation === 'kontaktlaerer' && g.name === '1STA')!.students.find((s) => s.id === studentId)!.signal!;
}

/*
 * The upper-secondary IKO profile no longer runs the grunnskole routine's daily rules (a red
 * "contact the home" for one lesson without a notice): its rule that asks the contact teacher
 * to contact the home is consecutive days away (sammenhengende fravær, from 3 school days). So
 * the student is away two whole days registered through the API and the third through the UI.
 * One flag per concern: the second flag to take a stand on is another concern, a concern report
 * (melding) the contact teacher, who also teaches the class, sent before.
 */
test('a teacher registers absence, and the contact teacher sees the light with its reason and takes a stand', async ({ page }) => {
  // Five pages, each checked with axe: more than the default minute on a slow machine.
  test.setTimeout(120_000);
  await signIn(page, 'kontaktlaerer');
  const { klass, student } = await classAndStudent(page.request);
  const [first, second, date] = lastWeekdays(3) as [string, string, string];
  const name = nameOf(student);

  await test.step('before: a concern report, and two whole days away registered through the API', async () => {
    const { csrfToken } = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
    const headers = { 'X-CSRF-Token': csrfToken };
    const report = await page.request.post(`/api/students/${student.id}/teacher-reports`, {
      headers,
      data: { kind: 'mistrivsel', text: 'Virker sliten og trekker seg unna i timene.' },
    });
    expect(report.status()).toBe(201);
    for (const day of [first, second]) {
      const saved = await page.request.post(`/api/groups/${klass.id}/day-register`, { headers, data: { date: day, entries: [{ studentId: student.id, status: 'fravaer' }] } });
      expect(saved.status()).toBe(200);
    }
    // Two days away are not yet a concern of their own: the light is yellow, for the report.
    const signal = await signalOf(page.request, student.id);
    expect(signal.level).toBe('gul');
    expect(signal.flags.map((f) => f.concern)).toContain('melding');
    expect(signal.flags.map((f) => f.concern)).not.toContain('fravaersomfang');
  });

  await test.step('register the third day away, from my lessons to the whole day of the class', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Registrer fravær' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mine timer i dag' })).toBeVisible();
    if (date !== todayInNorway()) {
      // The date typed by keyboard, as a teacher does on a day after.
      const dateField = page.getByRole('textbox', { name: 'Dato' });
      await dateField.click();
      await dateField.press('ControlOrMeta+a');
      await dateField.pressSequentially(norwegian(date));
      await dateField.press('Tab');
      await expect(page.getByRole('heading', { level: 1, name: `Mine timer ${norwegian(date)}` })).toBeVisible();
    }
    await page.getByRole('link', { name: '1STA: registrer hele dagen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hele dagen for 1STA' })).toBeVisible();
    await expect(page).toHaveTitle('Registrer hele dagen – Varde');
    const sheet = page.getByRole('table', { name: `Oppmøte hele dagen i 1STA ${norwegian(date)}` });
    await expect(sheet).toBeVisible();
    await expectAccessible(page);

    // Everyone is present by default; the arrow key moves the student's choice to "Borte hele dagen".
    const choice = sheet.getByRole('group', { name: `Oppmøte for ${name}` });
    await expect(choice.getByRole('radio', { name: 'Til stede' })).toBeChecked();
    await choice.getByRole('radio', { name: 'Til stede' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(choice.getByRole('radio', { name: 'Borte hele dagen' })).toBeChecked();
    // No type chosen: away without a notice from home.
    await expect(sheet.getByRole('combobox', { name: `Type fravær for ${name}` })).toHaveValue('ikke_mott');

    await page.getByRole('button', { name: 'Lagre dagen' }).click();
    const status = page.getByRole('status').filter({ hasText: 'er lagret for' });
    await expect(status).toContainText(`Dagen ${norwegian(date)} er lagret for ${klass.students.length} elever`);
    await expect(status).toContainText(/Registreringen ga \d+ (nytt|nye) flagg/);
    await expect(status.getByRole('link', { name }).first()).toBeVisible();
    await expect(status).toContainText(`skoledager på rad, ${norwegian(first)}–${norwegian(date)}`);
    await expectAccessible(page);
  });

  await test.step('Mine elever shows the red light, with the reason on keyboard focus and on hover', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mine elever' }).click();
    const classTable = page.getByRole('table', { name: /^Elever i 1STA: status og fravær/ });
    await expect(classTable.getByRole('columnheader', { name: 'Status' })).toBeVisible();
    const row = classTable.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
    const light = row.getByRole('button', { name: /^Rød \d+ (åpent|åpne) flagg$/ });
    await expect(light).toBeVisible();
    await expect(row.getByRole('cell').filter({ hasText: 'Ingen åpne flagg' })).toHaveCount(0);

    await light.focus();
    const reasons = page.locator('.signal-popover:popover-open');
    await expect(reasons).toBeVisible();
    await expect(reasons).toContainText(norwegian(date));
    await expect(reasons).toContainText(/skoledager på rad/);
    // Screen readers hear the reasons as the button's description.
    await expect(light).toHaveAccessibleDescription(new RegExp(norwegian(date).replace(/\./g, '\\.')));
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(reasons).toBeHidden();

    // Away from the light with the keyboard focus, then back with the pointer only.
    await page.locator('h1').click();
    await expect(page.locator('.signal-popover:popover-open')).toHaveCount(0);
    await light.hover();
    await expect(page.locator('.signal-popover:popover-open')).toContainText(norwegian(date));
    await page.locator('h1').hover();
    await expect(page.locator('.signal-popover:popover-open')).toHaveCount(0);
  });

  await test.step('the student page explains the flags; the contact teacher confirms the absence and dismisses the report', async () => {
    await page.getByRole('table', { name: /^Elever i 1STA:/ }).getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const panel = page.getByRole('region', { name: 'Flagg – hvorfor?' });
    await expect(panel.getByRole('heading', { level: 3, name: /^Åpne flagg \(\d+\)$/ })).toBeVisible();
    // One flag for the concern, however many of its rules fire: consecutive days lead it.
    const absenceFlag = panel.getByRole('article', { name: 'Sammenhengende fravær' });
    await expect(absenceFlag).toHaveCount(1);
    await expect(absenceFlag).toContainText(`${norwegian(first)}–${norwegian(date)}`);
    await expect(absenceFlag).toContainText('Rød');
    await expect(absenceFlag).toContainText('Ny');
    await expect(page.getByRole('table', { name: `Udokumentert fravær per fag for ${name}` })).toBeVisible();
    await expectAccessible(page);

    await absenceFlag.getByRole('button', { name: 'Bekreft', exact: true }).click();
    const reason = absenceFlag.getByLabel('Begrunnelse');
    await expect(reason).toBeFocused();
    // Six weeks ahead unless chosen: no student stays marked by default.
    await expect(absenceFlag.getByLabel('Ny vurdering senest')).toHaveValue(addDays(todayInNorway(), 42));
    await absenceFlag.getByRole('button', { name: 'Bekreft flagget' }).click();
    await expect(absenceFlag.getByText('Skriv en begrunnelse.')).toBeVisible();
    await expect(reason).toBeFocused();
    await reason.fill('Borte tre dager på rad uten at hjemmet har meldt fra. Ringer hjemmet i dag.');
    await absenceFlag.getByRole('button', { name: 'Bekreft flagget' }).click();
    await expect(panel.getByRole('status')).toContainText('Flagget «Sammenhengende fravær» er bekreftet.');
    const confirmed = panel.getByRole('article').filter({ hasText: 'Borte tre dager på rad uten at hjemmet har meldt fra' });
    await expect(confirmed).toContainText('Bekreftet');
    await expect(confirmed).toContainText(norwegian(addDays(todayInNorway(), 42)));
    await expect(confirmed.getByRole('button', { name: 'Merk som løst' })).toBeVisible();

    // The other concern, the report sent before, is dismissed with a reason.
    const other = panel.getByRole('article', { name: 'Melding fra lærer' }).filter({ hasText: 'Ny' });
    await expect(other).toHaveCount(1);
    await other.getByRole('button', { name: 'Avvis', exact: true }).click();
    await expect(other).toContainText('kommer det ikke tilbake for det samme grunnlaget');
    await other.getByLabel('Begrunnelse').fill('Meldingen gjaldt fraværet, som nå følges opp med hjemmet.');
    await other.getByRole('button', { name: 'Avvis flagget' }).click();
    await expect(panel.getByRole('status')).toContainText('Flagget «Melding fra lærer» er avvist.');
    await expect(panel.getByRole('heading', { level: 3, name: /^Avviste og løste flagg \(\d+\)$/ })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('Mine oppgaver lists the contact with the home under the student, done by logging the contact', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mine oppgaver' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mine oppgaver' })).toBeVisible();
    const tasks = page.getByRole('region', { name, exact: true }).getByRole('article', { name: `Kontakt hjemmet – ${name}` });
    // One task per student, person and kind.
    await expect(tasks).toHaveCount(1);
    await expect(tasks).toContainText(norwegian(date));
    await expectAccessible(page);
    await tasks.getByRole('button', { name: `Nådd: Kontakt hjemmet – ${name}`, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kontakten er logget' })).toContainText(`«Kontakt hjemmet – ${name}» er gjort.`);
  });
});

test('Ukesjekken and midtveisvurdering are there for the teacher, and accessible', async ({ page }) => {
  await signIn(page, 'kontaktlaerer');
  await page.getByRole('link', { name: 'Ukesjekken for 1STA' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ukesjekken: 1STA' })).toBeVisible();
  await expect(page).toHaveTitle('Ukesjekken: 1STA – Varde');
  const table = page.getByRole('table', { name: /^Ukesjekken for 1STA/ });
  await expect(table.getByRole('columnheader', { name: 'Søsken borte samme dager' })).toBeVisible();
  expect(await table.getByRole('row').count()).toBeGreaterThan(20);
  // The review of the class's absence record, due in each half of the month.
  await expect(page.getByText(/er protokollen ikke gjennomgått ennå\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Registrer at protokollen er gjennomgått' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Gjennomgangen for .* er registrert\.$/ })).toBeVisible();
  await expect(page.getByText(/er protokollen gjennomgått\.$/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Midtveisvurdering' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Midtveisvurdering' })).toBeVisible();
  const grades = page.getByRole('table', { name: /^Karakterer for / });
  await expect(grades.getByRole('combobox').first()).toBeVisible();
  await expectAccessible(page);
});

test('leadership opens Månedssjekken from the school overview', async ({ page }) => {
  await signIn(page, 'rektor');
  // Leadership lands on its own page (/ledelse); the school overview is one step away.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Skoleoversikt', exact: true }).click();
  await page.getByRole('link', { name: 'Gå til månedssjekken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Månedssjekken: / })).toBeVisible();
  await expect(page.getByRole('table', { name: /etter type$/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Elever med udokumentert fravær' })).toBeVisible();
  await expectAccessible(page);
});
