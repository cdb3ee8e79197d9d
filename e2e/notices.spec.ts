/**
 * A summons by e-mail (issue 15): the contact teacher summons a guardian to a meeting in the
 * browser, and the notice queue delivers the e-mail, with its calendar invitation, to the local
 * SMTP server (e2e/fake-smtp.ts). The e-mail says that there is a meeting, when and where, and
 * where to sign in: never the student, the kind of meeting or why.
 */
import { expect, test } from '@playwright/test';
import type { ReceivedMail } from './fake-smtp';
import { caseUrl, expectAccessible, nameOf, signIn, studentWithAbsenceFlag } from './helpers';

const smtpMessages = `http://127.0.0.1:${process.env.VARDE_E2E_SMTP_HTTP_PORT ?? 3296}/messages`;

async function mailTo(address: string, since: Date): Promise<ReceivedMail[]> {
  const response = await fetch(smtpMessages);
  expect(response.status).toBe(200);
  const received = (await response.json()) as ReceivedMail[];
  // Other tests' notices (copies of documents) may go to the same home; this test's are after `since`.
  return received.filter((m) => m.envelope.to.includes(address) && new Date(m.receivedAt) >= since);
}

/** The word on its own, not inside another word ("Ali" is not in "Alibi"). */
const mentions = (text: string, word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);

/** The VEVENT's lines, unfolded (RFC 5545 folds long lines with CRLF and a space). */
const eventOf = (ics: string) => /BEGIN:VEVENT\r?\n([\s\S]*?)END:VEVENT/.exec(ics.replace(/\r?\n[ \t]/g, ''))?.[1] ?? '';

test('a guardian summoned by e-mail in the browser gets the e-mail with its calendar invitation, without what the meeting is about', async ({ page, baseURL }) => {
  // A case opened from a flag, a form, axe and the queue's polling: more than the default minute.
  test.setTimeout(120_000);
  await signIn(page, 'kontaktlaerer');
  const { student, flag } = await studentWithAbsenceFlag(page.request);
  const studentName = nameOf(student);

  const guardian = await test.step('the student page shows a guardian with parental responsibility and an e-mail address', async () => {
    await page.goto(`/elever/${student.id}`);
    await expect(page.getByRole('heading', { level: 1, name: studentName })).toBeVisible();
    const table = page.getByRole('table', { name: `Foresatte til ${studentName}` });
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'Ja', exact: true }) })
      .filter({ has: page.getByRole('link', { name: /@/ }) })
      .first();
    await expect(row, 'a guardian with parental responsibility and an e-mail address').toBeVisible();
    const name = (await row.getByRole('rowheader').textContent())!.trim();
    const email = (await row.getByRole('link', { name: /@/ }).textContent())!.trim();
    expect(name).not.toBe('');
    expect(email).toMatch(/^[^\s@]+@[^\s@]+$/);
    return { name, email };
  });

  await test.step('an absence case is opened from the flag', async () => {
    const item = page.locator(`article[aria-labelledby="flagg-${flag.id}"]`);
    await item.getByRole('button', { name: 'Opprett sak fra dette flagget' }).click();
    await expect(item.getByRole('radio', { name: 'Fraværsoppfølging' })).toBeChecked();
    await item.getByRole('button', { name: 'Opprett saken' }).click();
    await expect(page).toHaveURL(caseUrl);
    await expect(page.getByRole('heading', { level: 1, name: `Fraværsoppfølging: ${studentName}` })).toBeVisible();
  });

  // Two weeks ahead at nine, Norwegian time (a summons years ahead is refused as a typing error).
  const [y, m, d] = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' }).split('-').map(Number);
  const meetingDay = new Date(Date.UTC(y!, m! - 1, d! + 14)).toISOString().slice(0, 10);
  const place = 'Møterom 2';
  const since = new Date();

  await test.step('the guardian is summoned to a mapping meeting by e-mail', async () => {
    const section = page.getByRole('region', { name: 'Møter og innkallinger' });
    await section.getByRole('button', { name: 'Kall inn til møte' }).click();
    await section.getByLabel('Type møte').selectOption('kartleggingsmote');
    await section.getByLabel('Tidspunkt').fill(`${meetingDay}T09:00`);
    await section.getByLabel('Sted').fill(place);
    // The guardians with parental responsibility are invited already, by the name the guardians table holds.
    const names = section.getByRole('textbox', { name: /^Navn, person \d+$/ });
    await expect.poll(async () => Promise.all((await names.all()).map((field) => field.inputValue()))).toContain(guardian.name);
    await section.getByRole('group', { name: 'Innkallingen sendes som' }).getByRole('radio', { name: 'E-post' }).check();
    // Words the e-mail must not repeat: the form's purpose is for the letter and for Varde, not for an inbox.
    await section.getByLabel('Hva møtet skal handle om').fill('Kartleggingssamtale om fraværet.');
    await section.getByRole('button', { name: 'Lagre innkallingen' }).click();
    await expect(section.getByRole('status')).toContainText('Innkallingen er lagret.');
    await expect(section.getByRole('list', { name: 'Møter i saken' })).toContainText(`Kartleggingsmøte – ${meetingDay.split('-').reverse().join('.')}, 09:00, ${place}`);
    await expectAccessible(page);
  });

  await test.step('the e-mail reaches the SMTP server, saying only that there is a meeting and where to sign in', async () => {
    await expect
      .poll(async () => (await mailTo(guardian.email, since)).length, { message: `an e-mail to ${guardian.email} at the local SMTP server`, timeout: 30_000 })
      .toBe(1);
    const [mail] = await mailTo(guardian.email, since);
    expect(mail!.envelope.from).toBe('varsel@varde.test');
    expect(mail!.subject).toMatch(/møte/i);
    expect(mail!.text).toContain(`${baseURL}/hjem`);
    expect(mail!.text).toContain(place);

    const calendar = mail!.attachments.filter((a) => /^text\/calendar\b/i.test(a.contentType));
    expect(calendar, 'one calendar invitation').toHaveLength(1);
    const event = eventOf(calendar[0]!.content);
    expect(event).toMatch(new RegExp(`^DTSTART;TZID=Europe/Oslo:${meetingDay.replace(/-/g, '')}T090000\\r?$`, 'm'));
    expect(event).toMatch(/^SUMMARY:.*møte/im);
    expect(event).toContain(`${baseURL}/hjem`);

    for (const [what, content] of [
      ['subject', mail!.subject ?? ''],
      ['text', mail!.text ?? ''],
      ['invitation', calendar[0]!.content],
    ] as const) {
      for (const word of [studentName, student.givenName, student.familyName, 'kartleggingsmøte']) {
        expect(mentions(content, word), `the ${what} names «${word}»`).toBe(false);
      }
      expect(content, `the ${what} says why`).not.toMatch(/kartlegging|fravær/i);
    }
  });

  await test.step('the case’s delivery log shows the summons to the guardian as sent, by e-mail to a masked address', async () => {
    await page.reload();
    const log = page.getByRole('region', { name: 'Varsler sendt' });
    const row = log.getByRole('row').filter({ hasText: guardian.name });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Innkalling til møte');
    await expect(row).toContainText(`E-post (${guardian.email[0]}***${guardian.email.slice(guardian.email.indexOf('@'))})`);
    await expect(row).toContainText('Sendt');
    await expect(row).not.toContainText(guardian.email);
    await expectAccessible(page);
  });
});
