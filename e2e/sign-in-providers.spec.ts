/**
 * Issue 14 in a real browser: a teacher signs in through Feide (the local stand-in, e2e/fake-idp.ts)
 * and out again at Feide; the administrator then sees the teacher's Feide groups beside Varde's;
 * a guardian signs in through ID-porten, reads the tiltaksplan and signs it, and the school sees
 * the signature on the case.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { demoGuardianNationalId } from '../src/demo/synthetic-national-id';
import { DEMO_PASSWORD, expectAccessible, signIn } from './helpers';

type Signature = { name: string; role: string; method: string };
type CaseDetail = {
  id: string;
  kind: string;
  student: { name: string };
  guardians: Array<{ id: string; name: string; parentalResponsibility: boolean }>;
  plans: Array<{ id: string; kind: string; versions: Array<{ version: number; signed: boolean; signatures: Signature[] }> }>;
};

/** The demo's absence case under a signed tiltaksplan, and a guardian with parental responsibility who has not signed it. */
async function caseWithUnsignedGuardian(request: APIRequestContext) {
  expect((await request.post('/api/session', { data: { username: 'rektor', password: DEMO_PASSWORD } })).status()).toBe(200);
  const { roles } = (await (await request.get('/api/session')).json()) as { roles: Array<{ role: string; schoolId: string | null }> };
  const schoolId = roles.find((r) => r.role === 'skoleleder')!.schoolId!;
  const { cases } = (await (await request.get(`/api/cases?scope=school&schoolId=${schoolId}`)).json()) as { cases: Array<{ id: string; kind: string }> };
  for (const summary of cases.filter((c) => c.kind === 'fravaer')) {
    const detail = (await (await request.get(`/api/cases/${summary.id}`)).json()) as CaseDetail;
    const plan = detail.plans.find((p) => p.kind === 'tiltaksplan' && p.versions.some((v) => v.signed));
    if (!plan) continue;
    const signers = new Set(plan.versions.flatMap((v) => v.signatures.map((s) => s.name)));
    const guardian = detail.guardians.find((g) => g.parentalResponsibility && !signers.has(g.name));
    if (guardian) return { detail, guardian };
  }
  throw new Error('The demo has no absence case under a signed tiltaksplan with a guardian yet to sign');
}

test('a teacher signs in with Feide and out at Feide, and the administrator sees her Feide groups beside Varde’s', async ({ page, browser }) => {
  await page.goto('/logg-inn');
  await page.getByRole('link', { name: 'Logg inn med Feide' }).click();
  await page.getByLabel('Feide-navn').fill('kontaktlaerer@demo.varde.no');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('button', { name: 'Logg ut', exact: true })).toBeVisible();
  await expect(page).not.toHaveURL(/logg-inn/);

  await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
  // Out at Feide too: its end-session page sends the browser back, and Feide asks again.
  await expect(page).toHaveURL(/\/logg-inn$/);
  await page.getByRole('link', { name: 'Logg inn med Feide' }).click();
  await expect(page.getByLabel('Feide-navn')).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin');
  await admin.goto('/import');
  const section = admin.getByRole('region', { name: 'Grupper i Feide og i Varde' });
  await expect(section.getByText('2STB Matematikk R1')).toBeVisible();
  await expectAccessible(admin);
  await adminContext.close();
});

test('a guardian signs in with ID-porten, reads the tiltaksplan and signs it, and the school sees the signature', async ({ page, request, browser }) => {
  const { detail, guardian } = await caseWithUnsignedGuardian(request);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/logg-inn');
  await page.getByRole('link', { name: 'Logg inn med ID-porten' }).click();
  await page.getByLabel('Fødselsnummer (syntetisk)').fill(demoGuardianNationalId(guardian.id));
  await page.getByRole('button', { name: 'Logg inn' }).click();

  await expect(page).toHaveURL(/\/hjem/);
  // A guardian of more than one child picks the child first.
  const child = page.getByRole('link', { name: detail.student.name });
  if (await page.getByRole('heading', { name: 'Hvem vil du se?' }).isVisible()) await child.click();
  await expect(page.getByRole('heading', { level: 1, name: detail.student.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Planer og avtaler' })).toBeVisible();
  await expect(page.getByText(/varsel|risiko/i)).toHaveCount(0);
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const signButton = page.getByRole('button', { name: /^Signer Tiltaksplan, versjon \d+$/ }).first();
  await signButton.click();
  await page.getByRole('button', { name: 'Jeg har lest planen og signerer den med ID-porten' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Du signerte Tiltaksplan/ })).toBeVisible();
  await expect(page.getByText(new RegExp(`${guardian.name} \\(foresatt\\), signert med ID-porten`))).toBeVisible();

  const schoolContext = await browser.newContext();
  const school = await schoolContext.newPage();
  await signIn(school, 'rektor');
  await school.goto(`/saker/${detail.id}`);
  await expect(school.getByText(new RegExp(`${guardian.name} \\(foresatt\\), signert med ID-porten`)).first()).toBeVisible();
  await schoolContext.close();
});
