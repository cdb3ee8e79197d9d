import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

// Issue 13: the rektor of an ungdomsskole lands on a leadership page of the absence routine's
// rhythm — not IKO's pitfalls and wheel — and finds the monthly check's many summonses as one item
// of Mine oppgaver, opened to the students, with the way to the Månedssjekk.

type Task = { id: string; kind: string; doneAt: string | null };

test('gs-rektor sees the absence routine’s rhythm, and the summonses gathered into one task', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'gs-rektor');
  await expect(page).toHaveURL(/\/skoler\/[0-9a-f-]{36}\/ledelse$/);

  await test.step('the leadership page shows the routine, the funnel and the board, and none of IKO’s parts', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Ledelsens oversikt: Varde ungdomsskule' })).toBeVisible();
    for (const name of ['Fraværsrutinen', 'Gjennomføring', 'Ingen har gjort noe ennå']) await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    for (const name of ['De sju fallgruvene', 'Årshjulet og ansvarskartet']) await expect(page.getByRole('heading', { level: 2, name, exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'IKO-arbeid' })).toHaveCount(0);
    const routine = page.locator('#fravaersrutinen');
    for (const name of ['Ukesjekken', 'Fraværsprotokollen', 'Månedssjekken', 'Semestersjekken', 'Trappetrinnene']) await expect(routine.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
    await expect(routine.getByRole('link', { name: 'Gå til månedssjekken' })).toHaveAttribute('href', /\/manedssjekk$/);
    await routine.getByText(/^Ukesjekken og fraværsprotokollen per klasse/).click();
    await expect(routine.getByRole('table', { name: 'Ukesjekken og gjennomgangen av fraværsprotokollen per klasse' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /Henter/ })).toHaveCount(0);
    await expectAccessible(page);
  });

  await test.step('Mine oppgaver gathers the summonses into one item, due the earliest date, opened to every student', async () => {
    const { tasks } = (await (await page.request.get('/api/me/tasks')).json()) as { tasks: Task[] };
    const summonses = tasks.filter((t) => t.kind === 'innkall_foresatte' && t.doneAt === null);
    expect(summonses.length, 'the demo gives rektor several summonses').toBeGreaterThanOrEqual(3);
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Mine oppgaver' }).click();
    const item = page.getByRole('region', { name: `Kall inn foresatte til samtale – ${summonses.length} elever` });
    await expect(item).toBeVisible();
    await expect(item.getByRole('link', { name: 'Gå til månedssjekken' })).toBeVisible();
    await item.getByText(`Vis de ${summonses.length} elevene`).click();
    await expect(item.getByRole('article')).toHaveCount(summonses.length);
    await expect(item.getByRole('article').first().getByRole('button', { name: /^Nådd:/ })).toBeVisible();
    await expectAccessible(page);
  });
});
