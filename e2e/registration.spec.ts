import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

type Lesson = { groupId: string; groupName: string; lessonNumber: number; registered: boolean };
type MyLessons = { date: string; lessons: Lesson[]; groups: Array<{ groupName: string }> };
type Register = { students: Array<{ id: string; givenName: string; familyName: string; wholeDay: boolean; notice: { cause: string } | null }> };

const todayInNorway = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
const daysBefore = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const norwegian = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

test("a contact teacher's morning: my lessons, a date typed by keyboard, a lesson registered", async ({ page }) => {
  await signIn(page, 'kontaktlaerer');
  const today = todayInNorway();

  // The start page leads to registration, which opens on my lessons today.
  await page.goto('/');
  await page.getByRole('link', { name: 'Registrer fravær' }).first().click();
  await expect(page).toHaveURL(/\/registrering$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mine timer i dag' })).toBeVisible();

  // Today may be a weekend or a day without lessons: then the page says which days the groups have lessons.
  const todays = (await (await page.request.get(`/api/me/lessons?date=${today}`)).json()) as MyLessons;
  if (todays.lessons.length === 0) {
    await expect(page.getByRole('status').filter({ hasText: 'Du har ingen timer' })).toBeVisible();
    await expect(page.getByText(/ har timer (mandag|tirsdag|onsdag|torsdag|fredag)/).first()).toBeVisible();
  } else {
    await expect(page.locator('a[href*="gruppe="]').first()).toBeVisible();
  }
  await expectAccessible(page);

  // A lesson with a student of the teacher's own class (whose guardian may call in the morning)
  // on an earlier day, chosen through the API so that no weekday, weekend or holiday makes this
  // flaky: the timetable repeats every week, so two weeks back hold every lesson the teacher has.
  const mine = (await (await page.request.get('/api/me/students')).json()) as { groups: Array<{ relation: string; students: Array<{ id: string }> }> };
  const ownClass = new Set(mine.groups.filter((g) => g.relation === 'kontaktlaerer').flatMap((g) => g.students.map((s) => s.id)));
  const registerOf = async (date: string, l: Lesson) => (await (await page.request.get(`/api/groups/${l.groupId}/register?date=${date}&lessonNumber=${l.lessonNumber}`)).json()) as Register;
  let found: { day: MyLessons; lesson: Lesson; sheet: Register } | null = null;
  for (let back = 1; back <= 14 && !found; back++) {
    const candidate = (await (await page.request.get(`/api/me/lessons?date=${daysBefore(today, back)}`)).json()) as MyLessons;
    for (const l of candidate.lessons.filter((x) => !x.registered)) {
      const sheet = await registerOf(candidate.date, l);
      if (sheet.students.filter((s) => !s.wholeDay).slice(2).some((s) => ownClass.has(s.id) && s.notice === null)) {
        found = { day: candidate, lesson: l, sheet };
        break;
      }
    }
  }
  expect(found, 'a lesson with a student of the own class in the last two weeks').not.toBeNull();
  const { day, lesson, sheet } = found!;

  // Typing the date with the keyboard gives that date, not another.
  const dateField = page.getByRole('textbox', { name: 'Dato' });
  await dateField.click();
  await dateField.press('ControlOrMeta+a');
  await dateField.pressSequentially(norwegian(day.date));
  await expect(dateField).toHaveValue(norwegian(day.date));
  await dateField.press('Tab');
  await expect(page).toHaveURL(new RegExp(`dato=${day.date}`));
  await expect(page.getByRole('heading', { level: 1, name: `Mine timer ${norwegian(day.date)}` })).toBeVisible();
  await expect(dateField).toHaveValue(norwegian(day.date));

  const link = page.locator(`a[href*="gruppe=${lesson.groupId}"][href*="time=${lesson.lessonNumber}"]`);
  await expect(link).toBeVisible();
  await expectAccessible(page);

  const [absent, late, ...others] = sheet.students.filter((s) => !s.wholeDay);
  // A guardian calls in the morning, before the lesson is registered: the notice is kept and shown on the sheet.
  const called = others.find((s) => ownClass.has(s.id) && s.notice === null)!;
  const { csrfToken } = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const notice = await page.request.post(`/api/students/${called.id}/notices`, { data: { date: day.date, cause: 'syk', documented: false }, headers: { 'X-CSRF-Token': csrfToken } });
  expect(notice.status()).toBe(200);

  // One tap opens the lesson's register.
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer fravær' })).toBeVisible();
  const nameOf = (s: { givenName: string; familyName: string }) => `${s.givenName} ${s.familyName}`;
  await expect(page.getByRole('rowheader', { name: nameOf(called) })).toContainText('Melding fra hjemmet: syk');
  await page.getByRole('group', { name: `Oppmøte for ${nameOf(absent!)}` }).getByLabel('Borte').check();
  await page.getByRole('combobox', { name: `Type fravær for ${nameOf(absent!)}` }).selectOption('sykdom');
  await page.getByRole('group', { name: `Oppmøte for ${nameOf(late!)}` }).getByLabel('For sent').check();
  await page.getByRole('textbox', { name: `Minutter for sent for ${nameOf(late!)}` }).fill('10');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Lagre oppmøtet' }).click();
  await expect(page.getByRole('heading', { name: /^Oppmøtet for .* er lagret for \d+ elever\.$/ })).toBeVisible();

  // Back on my lessons, the lesson is registered.
  await page.getByRole('link', { name: 'Tilbake til mine timer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Mine timer ${norwegian(day.date)}` })).toBeVisible();
  await expect(link.locator('xpath=..').getByText('Registrert', { exact: true })).toBeVisible();
  await expectAccessible(page);
});
