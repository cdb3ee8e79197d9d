import { expect, test, type Page } from '@playwright/test';
import { caseUrl, expectAccessible, nameOf, signIn } from './helpers';

// Issue 11, part 11: rektor lands on the leadership page, opens a pitfall with students behind
// it, follows one student to the student page and assigns the next step there (a case with the
// contact teacher responsible), and sees it took effect.

const pitfallNames: Record<string, string> = {
  not_identified: 'Burde vært identifisert, men ble det ikke',
  identified_late: 'Identifisert for sent',
  not_mapped: 'Identifisert, men ikke kartlagt',
  followed_up_without_mapping: 'Tiltak uten kartlegging først',
  mapped_not_followed_up: 'Kartlagt, men ikke fulgt opp',
  slow_to_follow_up: 'For lang tid fra kartlegging til tiltak',
  no_effect: 'Fulgt opp uten effekt',
};
// The case kinds rektor may open from the student page, the one that fits a pitfall first.
const caseKinds = [
  { kind: 'iko', label: 'IKO – tettere oppfølging' },
  { kind: 'fravaer', label: 'Fraværsoppfølging' },
] as const;

type Student = { id: string; givenName: string; familyName: string; classId: string | null };
type PitfallsView = { pitfalls: Record<string, { count: number; findings: Array<{ studentId: string }> }>; students: Student[] };
type CaseSummary = { id: string; kind: string; status: string };
type StudentDetail = { groups: Array<{ kind: string; contactTeachers: string[] }> };

async function schoolIdOf(page: Page): Promise<string> {
  const match = /\/skoler\/([0-9a-f-]{36})\/ledelse$/.exec(new URL(page.url()).pathname);
  expect(match, 'rektor lands on the leadership page').toBeTruthy();
  return match![1]!;
}

/** Waits for every section of the page to have its view (headings come with the data). */
async function expectLoaded(page: Page, headings: readonly string[]) {
  for (const name of headings) await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Henter|Hentar|Loading/ })).toHaveCount(0);
}

const nbHeadings = ['Gjennomføring', 'De sju fallgruvene', 'Ingen har gjort noe ennå', 'Årshjulet og ansvarskartet'];

test('rektor opens a pitfall, follows a student to the student page and assigns the next step', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'rektor');
  await expect(page).toHaveURL(/\/skoler\/[0-9a-f-]{36}\/ledelse$/);
  const schoolId = await schoolIdOf(page);
  await expect(page.getByRole('heading', { level: 1, name: /^Ledelsens oversikt: Varde videregående skole$/ })).toBeVisible();
  await expectLoaded(page, nbHeadings);

  await test.step('the funnel is a chart with the same figures in a table, and the page is accessible', async () => {
    await expect(page.getByRole('table', { name: 'Antall elever på hvert trinn, for hele skolen og per klasse' })).toBeVisible();
    await expect(page.locator('.leadership-charts')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('.leadership-charts svg').first()).toBeVisible();
    await expectAccessible(page);
  });

  // A pitfall with students behind it, and among them a student without an open case of a kind rektor can open.
  const view = (await (await page.request.get(`/api/schools/${schoolId}/pitfalls`)).json()) as PitfallsView;
  let chosen: { key: string; student: Student; kind: (typeof caseKinds)[number] } | null = null;
  for (const key of Object.keys(pitfallNames)) {
    const pitfall = view.pitfalls[key];
    if (!pitfall || pitfall.count === 0) continue;
    for (const finding of pitfall.findings) {
      const cases = (await (await page.request.get(`/api/students/${finding.studentId}/cases`)).json()) as { cases: CaseSummary[] };
      const kind = caseKinds.find((k) => !cases.cases.some((c) => c.kind === k.kind && c.status === 'aapen'));
      const student = view.students.find((s) => s.id === finding.studentId);
      if (kind && student) {
        chosen = { key, student, kind };
        break;
      }
    }
    if (chosen) break;
  }
  const counts = Object.fromEntries(Object.entries(view.pitfalls).map(([k, p]) => [k, p.count]));
  expect(chosen, `the demo school shows a pitfall with a student rektor can open a case for (counts: ${JSON.stringify(counts)})`).not.toBeNull();
  const { key, student, kind } = chosen!;
  const studentName = nameOf(student);

  await test.step('the pitfall card gives the count, the definition and who acts; opened, the students', async () => {
    const card = page.getByRole('article', { name: pitfallNames[key], exact: true });
    await expect(card).toContainText(/\d+ elev/);
    await expect(card).toContainText('Den som kan gjøre noe:');
    await card.locator('summary').click();
    const table = card.getByRole('table', { name: `Elevene bak fallgruven «${pitfallNames[key]}»` });
    await expect(table).toBeVisible();
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: studentName, exact: true }) }).first();
    await expect(row.getByRole('cell').nth(1)).not.toBeEmpty();
    await expectAccessible(page);
    await row.getByRole('link', { name: studentName, exact: true }).click();
  });

  await test.step('on the student page, rektor opens a case with the contact teacher responsible', async () => {
    await expect(page).toHaveURL(new RegExp(`/elever/${student.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: studentName })).toBeVisible();
    const detail = (await (await page.request.get(`/api/students/${student.id}`)).json()) as StudentDetail;
    const contactTeachers = [...new Set(detail.groups.filter((g) => g.kind === 'basisgruppe').flatMap((g) => g.contactTeachers))];
    expect(contactTeachers.length, 'the student has a contact teacher').toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Opprett sak', exact: true }).click();
    await page.getByRole('radio', { name: kind.label }).check();
    await page.getByLabel('Hvorfor opprettes saken?').fill(`Fallgruve på ledelsens oversikt: ${pitfallNames[key]}. Neste steg er en kartleggingssamtale.`);
    await expect(page.getByRole('radio', { name: /^Kontaktlæreren/ })).toBeChecked();
    await page.getByRole('button', { name: 'Opprett saken' }).click();
    await expect(page).toHaveURL(caseUrl);
    await expect(page.getByRole('heading', { level: 1, name: `${kind.label}: ${studentName}` })).toBeVisible();
    // The contact teacher is named responsible for the case.
    const responsible = page.locator('dt', { hasText: /^Ansvarlig$/ }).locator('xpath=following-sibling::dd[1]');
    await expect(responsible).toHaveText(new RegExp(contactTeachers.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
    const cases = (await (await page.request.get(`/api/students/${student.id}/cases`)).json()) as { cases: CaseSummary[] };
    expect(cases.cases.some((c) => c.kind === kind.kind && c.status === 'aapen')).toBe(true);
  });
});

test('the leadership page has every text in nynorsk and English', async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, 'rektor');
  await expect(page).toHaveURL(/\/ledelse$/);
  await expectLoaded(page, nbHeadings);
  const languages = [
    { value: 'nn', headings: ['Gjennomføring', 'Dei sju fallgruvene', 'Ingen har gjort noko enno', 'Årshjulet og ansvarskartet'] },
    { value: 'en', headings: ['Follow-through', 'The seven pitfalls', 'Nobody has acted yet', 'The annual wheel and responsibility map'] },
  ];
  for (const language of languages) {
    await page.getByLabel(/^(Språk|Language)$/).selectOption(language.value);
    await expectLoaded(page, language.headings);
    // i18next shows a missing key as the key itself.
    await expect(page.locator('main')).not.toContainText(/\b(leadership|signal|role|ruleCode|common)\.[a-zA-Z_]+/);
    await expectAccessible(page);
  }
  await page.getByLabel(/^(Språk|Language)$/).selectOption('nb');
});
