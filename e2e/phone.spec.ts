import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible, signIn as signInOnce } from './helpers';

// Phone first: every page of the app at 390 × 844 (an ordinary phone), signed in as a role that
// may see it, is no wider than the screen. A wide table scrolls inside its own region, never the
// page. The pages are those of src/web/app/router.tsx; the ids come from the demo school.
test.use({ viewport: { width: 390, height: 844 } });

type Group = { id: string; name: string; relation: string; students: Array<{ id: string }> };
type CaseSummary = { id: string; kind: string; status: string };
type Role = { role: string; schoolId: string | null };

/** Signs in afresh (the sign-in page sends a signed-in person on, so the old session goes first). */
async function signIn(page: Page, username: string) {
  await page.context().clearCookies();
  await signInOnce(page, username);
}

/** No two landmarks of one kind share a name (axe landmark-unique). */
async function expectUniqueLandmarks(page: Page) {
  const results = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
  expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))), `landmark-unique on ${page.url()}`).toEqual([]);
}

async function contactClass(request: APIRequestContext): Promise<Group> {
  const body = (await (await request.get('/api/me/students')).json()) as { groups: Group[] };
  const klass = body.groups.find((g) => g.relation === 'kontaktlaerer');
  expect(klass, 'the contact teacher has a class').toBeTruthy();
  return klass!;
}

/** The page has loaded what it shows: a main heading, and nothing still loading. */
async function settled(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('main .loading-status')).toHaveCount(0);
  await expect(page.locator('main [aria-busy="true"]')).toHaveCount(0);
}

/** Fails on sideways scrolling, naming the elements that stick out past the screen. */
async function expectNoSidewaysScroll(page: Page) {
  const measured = await page.evaluate(() => {
    const width = window.innerWidth;
    const describe = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        const classes = typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
        parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${classes}`);
      }
      return parts.join(' > ');
    };
    // An element is clipped when an ancestor that scrolls or hides its overflow also contains it
    // as its containing block (absolutely placed elements escape an unpositioned scroller).
    const clipped = (el: Element) => {
      const absolute = ['absolute', 'fixed'].includes(getComputedStyle(el).position);
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX !== 'visible' && (!absolute || style.position !== 'static')) return p.getBoundingClientRect().right <= width + 0.5;
      }
      return false;
    };
    const offenders = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el))
      .map((el) => `${describe(el)} (right edge at ${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.documentElement.scrollWidth, width, offenders: offenders.slice(0, 5) };
  });
  expect(
    measured.scrollWidth,
    `${page.url()} is ${measured.scrollWidth} px wide on a ${measured.width} px screen; sticking out: ${measured.offenders.join('; ') || '(none found)'}`,
  ).toBeLessThanOrEqual(measured.width);
}

async function visit(page: Page, path: string) {
  await page.goto(path);
  await settled(page);
  await expectNoSidewaysScroll(page);
}

test('the sign-in page fits, and names the demo accounts while the demo school is loaded', async ({ page }) => {
  await page.goto('/logg-inn');
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible();
  await page.getByText('Demoregionen: brukere du kan logge inn som').click();
  await expect(page.getByText('Alle brukerne har passordet varde-demo')).toBeVisible();
  // The demo region has three schools: each account names its own.
  await expect(page.getByRole('listitem').filter({ hasText: 'gs-rektor' })).toContainText('Varde ungdomsskule');
  await page.getByRole('button', { name: 'Fyll inn kontaktlaerer' }).click();
  await expect(page.getByLabel('Brukernavn', { exact: true })).toHaveValue('kontaktlaerer');
  await expect(page.getByLabel('Passord', { exact: true })).toBeFocused();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.getByLabel('Passord', { exact: true }).press('Enter');
  await expect(page).not.toHaveURL(/logg-inn/);
});

test('the header is one line on a phone, and its menu opens and closes', async ({ page }) => {
  await signIn(page, 'kontaktlaerer');
  await settled(page);
  const menu = page.getByRole('button', { name: 'Meny' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('nav.app-nav')).toBeHidden();
  const header = await page.locator('header.app-header').boundingBox();
  expect(header!.height, 'the closed header is compact').toBeLessThan(80);
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.locator('nav.app-nav').getByRole('link', { name: 'Saker' }).click();
  await expect(page).toHaveURL(/\/saker$/);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
});

test('the contact teacher’s pages fit the screen', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'kontaktlaerer');
  const klass = await contactClass(page.request);
  for (const path of ['/start', '/mine-elever', '/oppgaver', '/saker', `/ukesjekk/${klass.id}`, `/klasselaerermote/${klass.id}`]) {
    await test.step(path, () => visit(page, path));
  }
  await test.step('/midtveisvurdering', async () => {
    await visit(page, '/midtveisvurdering');
    await expectUniqueLandmarks(page);
  });
  // Each student page of the class: flags, absence, grades and guardians in many lengths.
  for (const student of klass.students.slice(0, 6)) {
    await test.step(`/elever/${student.id}`, () => visit(page, `/elever/${student.id}`));
  }
});

test('the register sheet fits a student per row', async ({ page }) => {
  await signIn(page, 'kontaktlaerer');
  await visit(page, '/registrering');
  // A school day with lessons for one of the teacher's subject groups, looking back from today.
  const groups = ((await (await page.request.get('/api/me/students')).json()) as { groups: Group[] }).groups;
  let found: { groupId: string; day: string } | null = null;
  for (const group of groups.filter((g) => g.relation === 'faglaerer')) {
    for (let back = 0; back < 14 && !found; back++) {
      const day = new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
      const register = (await (await page.request.get(`/api/groups/${group.id}/register?date=${day}&lessonNumber=1`)).json()) as { lessonsThatDay?: unknown[] };
      if ((register.lessonsThatDay?.length ?? 0) > 0) found = { groupId: group.id, day };
    }
    if (found) break;
  }
  expect(found, 'a subject group has lessons in the last two weeks').toBeTruthy();
  await visit(page, `/registrering?dato=${found!.day}&gruppe=${found!.groupId}`);
  const sheet = page.locator('.table-scroll:has(.register-table)');
  await expect(sheet).toBeVisible();
  const fits = async () => sheet.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  expect(await fits(), 'the register sheet needs no sideways scrolling').toBe(true);
  await expectUniqueLandmarks(page);
  await expectAccessible(page);

  // The contact teacher's whole-day register of the class, with a student marked away and the type and cause shown.
  const klass = await contactClass(page.request);
  await visit(page, `/registrering?klasse=${klass.id}&dato=${found!.day}`);
  await expect(sheet).toBeVisible();
  await sheet.getByRole('radio').nth(1).check();
  await expect(sheet.locator('select').first()).toBeVisible();
  expect(await fits(), 'the whole-day register needs no sideways scrolling').toBe(true);
  await expectNoSidewaysScroll(page);
  await expectUniqueLandmarks(page);
});

test('a case page fits the screen', async ({ page }) => {
  await signIn(page, 'rektor');
  const { cases } = (await (await page.request.get('/api/cases')).json()) as { cases: CaseSummary[] };
  expect(cases.length, 'the demo school has cases').toBeGreaterThan(0);
  // The absence cases carry a plan, conversations and signatures: the widest content.
  const ordered = [...cases.filter((c) => c.kind === 'fravaer'), ...cases.filter((c) => c.kind !== 'fravaer')];
  for (const kase of ordered.slice(0, 3)) {
    await test.step(`/saker/${kase.id}`, () => visit(page, `/saker/${kase.id}`));
  }
});

test('leadership’s and the administrator’s pages fit the screen', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'rektor');
  const session = (await (await page.request.get('/api/session')).json()) as { roles: Role[] };
  const schoolId = session.roles.find((r) => r.schoolId)!.schoolId!;
  const pages = ['/start', '/saker', `/skoler/${schoolId}`, `/skoler/${schoolId}/ledelse`, `/skoler/${schoolId}/manedssjekk`, `/skoler/${schoolId}/semestersjekk`, `/skoler/${schoolId}/import`, '/finnes-ikke'];
  for (const path of pages) {
    await test.step(path, () => visit(page, path));
  }
  await signIn(page, 'admin');
  await visit(page, '/regelprofiler');
  // Oppfølgingstenesta's list and the owner's absence team (issues 12 and 13).
  await signIn(page, 'ot');
  await visit(page, '/ot');
  await signIn(page, 'skoleeier');
  await visit(page, '/eier/fravaer');
});

test('the other roles’ pages fit the screen', async ({ page }) => {
  test.setTimeout(120_000);
  await test.step('the counsellor’s IKO workspace', async () => {
    await signIn(page, 'radgiver');
    await settled(page);
    await expectNoSidewaysScroll(page);
    const session = (await (await page.request.get('/api/session')).json()) as { roles: Role[] };
    await visit(page, `/skoler/${session.roles.find((r) => r.schoolId)!.schoolId}/iko`);
  });
  await test.step('the subject teacher’s concern report', async () => {
    await signIn(page, 'faglaerer');
    await settled(page);
    await expectNoSidewaysScroll(page);
    const body = (await (await page.request.get('/api/me/students')).json()) as { groups: Group[] };
    const student = body.groups.flatMap((g) => g.students)[0]!;
    await visit(page, `/elever/${student.id}`);
    await visit(page, `/elever/${student.id}/melding`);
  });
  for (const username of ['helsesykepleier', 'ot', 'skoleeier']) {
    await test.step(username, async () => {
      await signIn(page, username);
      await settled(page);
      await expectNoSidewaysScroll(page);
    });
  }
});
