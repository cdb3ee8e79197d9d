import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

// Issue 14, part 5 (the leadership side, docs/innsyn.md): the contact teacher opens a student's
// page; the rektor then sees, on that student's page, that the teacher read it, and can print the
// report; and on the leadership page lists what the teacher has read (misuse control).

type Student = { id: string; givenName: string; familyName: string };

test('rektor sees who has read a student’s data, prints it, and lists what a teacher has read', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const teacher = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const teacherPage = await teacher.newPage();
  await signIn(teacherPage, 'kontaktlaerer');
  const { name: teacherName } = (await (await teacherPage.request.get('/api/session')).json()) as { name: string };
  const { groups } = (await (await teacherPage.request.get('/api/me/students')).json()) as { groups: Array<{ relation: string; students: Student[] }> };
  const student = groups.find((g) => g.relation === 'kontaktlaerer')!.students.at(-1)!;
  const name = `${student.givenName} ${student.familyName}`;
  await teacherPage.goto(`/elever/${student.id}`);
  await expect(teacherPage.getByRole('heading', { level: 1, name })).toBeVisible();
  // The teacher is not leadership: no report on the page.
  await expect(teacherPage.getByRole('heading', { name: 'Hvem har sett opplysningene' })).toHaveCount(0);
  await teacher.close();

  await signIn(page, 'rektor');
  await page.goto(`/elever/${student.id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const section = page.getByRole('region', { name: 'Hvem har sett opplysningene' });
  await section.getByRole('button', { name: 'Vis oversikten' }).click();
  const lines = section.getByRole('table', { name: new RegExp(`^Oppslag og endringer om ${name}`) });
  await expect(lines.getByRole('row').filter({ hasText: teacherName }).filter({ hasText: 'elevsiden' }).first()).toBeVisible();
  await expectAccessible(page);

  const pdfLink = section.getByRole('link', { name: /Last ned som PDF/ });
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  const { roles } = (await (await page.request.get('/api/session')).json()) as { roles: Array<{ role: string; schoolId: string | null }> };
  await page.goto(`/skoler/${roles.find((r) => r.role === 'skoleleder')!.schoolId}/ledelse`);
  const control = page.getByRole('region', { name: 'Kontroll av oppslag' });
  await control.getByLabel('Ansatt').selectOption({ label: teacherName });
  await control.getByRole('button', { name: 'Vis oppslagene' }).click();
  const read = control.getByRole('table', { name: new RegExp(`^Oppslag og endringer av ${teacherName}`) });
  await expect(read.getByRole('row').filter({ hasText: name }).first()).toBeVisible();
  await expectAccessible(page);
});
