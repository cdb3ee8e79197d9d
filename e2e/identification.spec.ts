import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

type Student = { id: string; givenName: string; familyName: string; signal: { level: string } | null };
type Group = { id: string; name: string; kind: string; relation: string; students: Student[] };
type Register = { lessonsThatDay: Array<{ lessonNumber: number }> };

/** Today in Norway, as the server counts it. */
const todayInNorway = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
const addDays = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
};
const norwegian = (iso: string) => iso.split('-').reverse().join('.');
const nameOf = (s: Student) => `${s.givenName} ${s.familyName}`;

/** Today if the group has a lesson today, or else the last day before with a lesson. */
async function lastDayWithLesson(request: APIRequestContext, groupId: string): Promise<string> {
  const today = todayInNorway();
  for (let back = 0; back < 14; back++) {
    const date = addDays(today, -back);
    const response = await request.get(`/api/groups/${groupId}/register?date=${date}&lessonNumber=1`);
    expect(response.status()).toBe(200);
    if (((await response.json()) as Register).lessonsThatDay.length > 0) return date;
  }
  throw new Error('The group has had no lesson in two weeks');
}

/** The contact teacher's class, one of own teaching groups in it, and a student of both with a green light. */
async function classAndGroup(page: Page) {
  const response = await page.request.get('/api/me/students');
  expect(response.status()).toBe(200);
  const { groups } = (await response.json()) as { groups: Group[] };
  const klass = groups.find((g) => g.relation === 'kontaktlaerer' && g.name === '1STA')!;
  const teaching = groups.find((g) => g.kind === 'undervisningsgruppe' && g.name.startsWith('1STA/'))!;
  expect(klass, 'the contact teacher has 1STA').toBeTruthy();
  expect(teaching, 'and teaches a group of 1STA').toBeTruthy();
  const inTeaching = new Set(teaching.students.map((s) => s.id));
  const student = klass.students.find((s) => s.signal?.level === 'gronn' && inTeaching.has(s.id));
  expect(student, 'a student of 1STA with no open flags').toBeTruthy();
  return { klass, teaching, student: student! };
}

test('a teacher registers absence, and the contact teacher sees the light with its reason and takes a stand', async ({ page }) => {
  // Four pages, each checked with axe: more than the default minute on a slow machine.
  test.setTimeout(120_000);
  await signIn(page, 'kontaktlaerer');
  const { teaching, student } = await classAndGroup(page);
  const date = await lastDayWithLesson(page.request, teaching.id);
  const name = nameOf(student);

  await test.step('register the lesson with the student absent', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Registrer fravær' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registrer fravær' })).toBeVisible();
    await expect(page).toHaveTitle('Registrer fravær – Varde');
    await page.getByLabel('Gruppe').selectOption(teaching.id);
    if (date !== todayInNorway()) await page.getByLabel('Dato').fill(date);
    const sheet = page.getByRole('table', { name: new RegExp(`^Oppmøte i ${teaching.name}.*${norwegian(date)}`) });
    await expect(sheet).toBeVisible();
    await expect(page.getByLabel('Time', { exact: true })).toBeVisible();
    await expectAccessible(page);

    // Everyone is present by default; the arrow key moves the student's choice to "Borte".
    const choice = sheet.getByRole('group', { name: `Oppmøte for ${name}` });
    await expect(choice.getByRole('radio', { name: 'Til stede' })).toBeChecked();
    await choice.getByRole('radio', { name: 'Til stede' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(choice.getByRole('radio', { name: 'Borte' })).toBeChecked();

    await page.getByRole('button', { name: 'Lagre oppmøtet' }).click();
    const status = page.getByRole('status').filter({ hasText: 'er lagret for' });
    await expect(status).toContainText(`er lagret for ${teaching.students.length} elever`);
    await expect(status).toContainText(/Registreringen ga \d+ (nytt|nye) flagg/);
    await expect(status.getByRole('link', { name }).first()).toBeVisible();
    await expect(status).toContainText(norwegian(date));
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
    await expect(reasons).toContainText(/hjemmet/);
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

  await test.step('the student page explains the flags; the contact teacher confirms one and dismisses another', async () => {
    await page.getByRole('table', { name: /^Elever i 1STA:/ }).getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const panel = page.getByRole('region', { name: 'Flagg – hvorfor?' });
    await expect(panel.getByRole('heading', { level: 3, name: /^Åpne flagg \(\d+\)$/ })).toBeVisible();
    const absenceFlag = panel
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { level: 4, name: /^(Fravær uten melding|Udokumentert fravær)$/ }) })
      .filter({ hasText: norwegian(date) })
      .first();
    await expect(absenceFlag).toContainText('Rød');
    await expect(absenceFlag).toContainText('Ny');
    await expect(page.getByRole('table', { name: `Udokumentert fravær per fag for ${name}` })).toBeVisible();
    await expectAccessible(page);

    const flagName = (await absenceFlag.getByRole('heading', { level: 4 }).textContent())!.trim();
    await absenceFlag.getByRole('button', { name: 'Bekreft', exact: true }).click();
    const reason = absenceFlag.getByLabel('Begrunnelse');
    await expect(reason).toBeFocused();
    // Six weeks ahead unless chosen: no student stays marked by default.
    await expect(absenceFlag.getByLabel('Ny vurdering senest')).toHaveValue(addDays(todayInNorway(), 42));
    await absenceFlag.getByRole('button', { name: 'Bekreft flagget' }).click();
    await expect(absenceFlag.getByText('Skriv en begrunnelse.')).toBeVisible();
    await expect(reason).toBeFocused();
    await reason.fill('Borte uten at hjemmet har meldt fra. Ringer hjemmet i dag.');
    await absenceFlag.getByRole('button', { name: 'Bekreft flagget' }).click();
    await expect(panel.getByRole('status')).toContainText(`Flagget «${flagName}» er bekreftet.`);
    const confirmed = panel.getByRole('article').filter({ hasText: 'Borte uten at hjemmet har meldt fra' });
    await expect(confirmed).toContainText('Bekreftet');
    await expect(confirmed).toContainText(norwegian(addDays(todayInNorway(), 42)));
    await expect(confirmed.getByRole('button', { name: 'Merk som løst' })).toBeVisible();

    // Another new flag from the same registration is dismissed, with a reason.
    const undecided = panel.getByRole('article').filter({ has: page.getByRole('button', { name: 'Avvis', exact: true }) }).first();
    await expect(undecided).toBeVisible();
    const otherName = (await undecided.getByRole('heading', { level: 4 }).textContent())!.trim();
    const other = panel.getByRole('article', { name: otherName }).filter({ hasText: 'Ny' }).first();
    await other.getByRole('button', { name: 'Avvis', exact: true }).click();
    await expect(other).toContainText('kommer det ikke tilbake for det samme grunnlaget');
    await other.getByLabel('Begrunnelse').fill('Fraværet er kjent og fulgt opp.');
    await other.getByRole('button', { name: 'Avvis flagget' }).click();
    await expect(panel.getByRole('status')).toContainText(`Flagget «${otherName}» er avvist.`);
    await expect(panel.getByRole('heading', { level: 3, name: /^Avviste og løste flagg \(\d+\)$/ })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step('Mine oppgaver lists the contact with the home, and it can be marked as done', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mine oppgaver' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mine oppgaver' })).toBeVisible();
    const tasks = page.getByRole('table', { name: 'Oppgavene dine, forfalte først' });
    const row = tasks.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) }).filter({ hasText: 'Kontakt hjemmet' }).first();
    await expect(row).toContainText(norwegian(date));
    await expectAccessible(page);
    await row.getByRole('button', { name: `Merk som gjort: Kontakt hjemmet – ${name}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'er merket som gjort' })).toContainText(`«Kontakt hjemmet – ${name}» er merket som gjort.`);
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
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Midtveisvurdering' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Midtveisvurdering' })).toBeVisible();
  const grades = page.getByRole('table', { name: /^Karakterer for / });
  await expect(grades.getByRole('combobox').first()).toBeVisible();
  await expectAccessible(page);
});

test('leadership opens Månedssjekken from the school overview', async ({ page }) => {
  await signIn(page, 'rektor');
  await page.getByRole('link', { name: 'Gå til månedssjekken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Månedssjekken: / })).toBeVisible();
  await expect(page.getByRole('table', { name: /etter type$/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Elever med udokumentert fravær' })).toBeVisible();
  await expectAccessible(page);
});
