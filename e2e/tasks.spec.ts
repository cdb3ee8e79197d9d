/**
 * The end of the contact teacher's morning (issue 9): a registration makes one "contact home" task
 * (the third whole day away in a row: at upper secondary a single lesson no longer does);
 * the task is done by logging the contact — not reached keeps it open, reached closes it, "Angre"
 * takes that back — and the logged contacts show on the student page.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

type Student = { id: string; givenName: string; familyName: string; signal: { level: string } | null };
type Group = { id: string; name: string; kind: string; relation: string; students: Student[] };
type Task = { id: string; kind: string; doneAt: string | null; logsContact: boolean; student: { id: string } | null };

const todayInNorway = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
const addDays = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
};
const isWeekday = (iso: string) => ![0, 6].includes(new Date(`${iso}T12:00:00Z`).getUTCDay());
const nameOf = (s: Student) => `${s.givenName} ${s.familyName}`;

async function csrfToken(request: APIRequestContext): Promise<string> {
  return ((await (await request.get('/api/session')).json()) as { csrfToken: string }).csrfToken;
}

async function openContactTasks(request: APIRequestContext, studentId: string): Promise<Task[]> {
  const { tasks } = (await (await request.get('/api/me/tasks')).json()) as { tasks: Task[] };
  return tasks.filter((t) => t.student?.id === studentId && t.logsContact && !t.doneAt);
}

/** The contact teacher's class 1STA and a student of it with no open flag and no open "contact home" task. */
async function classAndStudent(page: Page) {
  const { groups } = (await (await page.request.get('/api/me/students')).json()) as { groups: Group[] };
  const klass = groups.find((g) => g.relation === 'kontaktlaerer' && g.name === '1STA')!;
  expect(klass, 'the contact teacher has 1STA').toBeTruthy();
  for (const student of klass.students.filter((s) => s.signal?.level === 'gronn')) {
    if ((await openContactTasks(page.request, student.id)).length === 0) return { klass, student };
  }
  throw new Error('No student of 1STA without open flags and tasks');
}

/** The last three weekdays up to today, oldest first. */
function lastThreeWeekdays(): string[] {
  const days: string[] = [];
  for (let day = todayInNorway(); days.length < 3; day = addDays(day, -1)) if (isWeekday(day)) days.unshift(day);
  return days;
}

test('a registration makes one "contact home" task, done by logging the contact, with undo', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'kontaktlaerer');
  const { klass, student } = await classAndStudent(page);
  const name = nameOf(student);
  const taskName = `Kontakt hjemmet – ${name}`;

  await test.step('the student is registered away three whole days in a row, and the third gives one task to contact the home', async () => {
    const [first, second, third] = lastThreeWeekdays();
    const register = (date: string) =>
      page.request.post(`/api/groups/${klass.id}/day-register`, {
        headers: { 'X-CSRF-Token': token },
        data: { date, entries: [{ studentId: student.id, status: 'fravaer' }] },
      });
    const token = await csrfToken(page.request);
    for (const date of [first!, second!]) expect((await register(date)).status()).toBe(200);
    expect(await openContactTasks(page.request, student.id)).toEqual([]);
    expect((await register(third!)).status()).toBe(200);
    expect((await openContactTasks(page.request, student.id)).map((t) => t.kind)).toEqual(['kontakt_hjem']);
  });

  const group = page.getByRole('region', { name, exact: true });
  const task = group.getByRole('article', { name: taskName });

  await test.step('Mine oppgaver groups the task under the student, with the name linking to the student page', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mine oppgaver' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mine oppgaver' })).toBeVisible();
    await expect(group.getByRole('heading', { level: 2 }).getByRole('link', { name, exact: true })).toHaveAttribute('href', new RegExp(student.id));
    await expect(task).toHaveCount(1);
    // Not ticked off: logged.
    await expect(task.getByRole('button', { name: /^Merk som gjort/ })).toHaveCount(0);
    await expectAccessible(page);
  });

  await test.step('not reached keeps the task open with the attempt logged', async () => {
    await task.getByRole('button', { name: `Ikke nådd: ${taskName}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Forsøket er logget' })).toContainText(`«${taskName}» står åpen til hjemmet er nådd.`);
    await expect(task).toContainText('Ikke nådd, Telefon');
    await expect(task.getByRole('button', { name: `Nådd: ${taskName}`, exact: true })).toBeVisible();
  });

  await test.step('reached closes it; "Angre" takes it back and the task is open again', async () => {
    await task.getByRole('button', { name: `Nådd: ${taskName}`, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kontakten er logget' })).toContainText(`«${taskName}» er gjort.`);
    const undo = task.getByRole('button', { name: `Angre: Nådd – ${taskName}` });
    await expect(undo).toBeFocused();
    await expect(task).toContainText('Gjort ');
    await expectAccessible(page);

    await undo.click();
    await expect(page.getByRole('status').filter({ hasText: 'tatt tilbake' })).toContainText(`«${taskName}» er som før.`);
    await expect(task.getByRole('button', { name: `Nådd: ${taskName}`, exact: true })).toBeFocused();
    await expect(task).not.toContainText('Gjort ');
  });

  await test.step('a message left settles it, and the student page shows the contacts logged', async () => {
    await task.getByRole('button', { name: `Lagt igjen beskjed: ${taskName}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kontakten er logget' })).toContainText(`«${taskName}» er gjort.`);
    await group.getByRole('heading', { level: 2 }).getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const contacts = page.getByRole('table', { name: 'Kontakt med hjemmet, nyeste først' });
    // Newest first; the contact taken back is gone.
    const fromTasks = contacts.getByRole('row').filter({ hasText: 'Oppgave' });
    await expect(fromTasks).toHaveCount(2);
    await expect(fromTasks.nth(0).getByRole('cell').nth(0)).toHaveText('Lagt igjen beskjed');
    await expect(fromTasks.nth(1).getByRole('cell').nth(0)).toHaveText('Ikke nådd');
  });
});
