import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

// Issue 13, part 6: the rektor of Varde ungdomsskule moves a student to the municipality's other
// school. The dialog asks for the school, the day and a choice for each open case; after the move
// the student's page says where the student went, and the case closed at the move can still be read.

type Group = { relation: string; students: Array<{ id: string; givenName: string; familyName: string }> };

test('gs-rektor moves a student to another school of the municipality, closing the open case with a note', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, 'gs-rektor');
  const { csrfToken, roles } = (await (await page.request.get('/api/session')).json()) as { csrfToken: string; roles: Array<{ role: string; schoolId: string | null }> };
  const schoolId = roles.find((r) => r.role === 'skoleleder')!.schoolId!;

  // A student of the school without an open case gets one, opened by the rektor.
  const overview = (await (await page.request.get(`/api/cases?scope=school&schoolId=${schoolId}&status=aapen`)).json()) as { cases: Array<{ student: { id: string } }> };
  const withCase = new Set(overview.cases.map((c) => c.student.id));
  const teacher = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const teacherPage = await teacher.newPage();
  await signIn(teacherPage, 'gs-kontaktlaerer');
  const { groups } = (await (await teacherPage.request.get('/api/me/students')).json()) as { groups: Group[] };
  await teacher.close();
  const student = groups.find((g) => g.relation === 'kontaktlaerer')!.students.find((s) => !withCase.has(s.id))!;
  const opened = await page.request.post(`/api/students/${student.id}/cases`, { data: { kind: 'fravaer', openedFrom: 'manuelt', reason: 'Mye fravær' }, headers: { 'X-CSRF-Token': csrfToken } });
  expect(opened.status()).toBe(201);
  const caseId = ((await opened.json()) as { id: string }).id;

  await page.goto(`/elever/${student.id}`);
  const name = `${student.givenName} ${student.familyName}`;
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await test.step('the dialog asks for the school, the day and the open case’s choice, and says what is missing', async () => {
    await page.getByRole('button', { name: 'Flytt til en annen skole' }).click();
    const dialog = page.getByRole('dialog', { name: `Flytt ${name} til en annen skole` });
    await expect(dialog.getByLabel('Ny skole')).toBeFocused();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Flytt eleven' }).click();
    await expect(dialog.getByText('Velg skolen eleven skal begynne på.')).toBeVisible();
    await expect(dialog.getByLabel('Ny skole')).toBeFocused();
    await dialog.getByLabel('Ny skole').selectOption({ label: 'Varde barneskule – Barneskole (1.–7. trinn)' });
    await dialog.getByRole('radio', { name: 'Avslutt saken med et notat' }).check();
    await dialog.getByRole('button', { name: 'Flytt eleven' }).click();
    await expect(dialog.getByText('Skriv et notat om saken før den avsluttes.')).toBeVisible();
    await dialog.getByLabel('Notat', { exact: true }).fill('Familien flytter; barneskulen er orientert.');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Flytt eleven' }).click();
  });

  await test.step('the page says where the student went, and the closed case can still be read', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Eleven har byttet skole' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Eleven gikk fra Varde ungdomsskule til Varde barneskule' })).toBeVisible();
    await expect(page.getByText('Avsluttet med notat: Fraværsoppfølging.')).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/saker/${caseId}`);
    await expect(page.getByText('Skolebytte').first()).toBeVisible();
  });
});
