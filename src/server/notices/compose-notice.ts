/**
 * A notice from the delivery log made into the message a channel sends: the words in the
 * recipient's language for the channel (src/domain/notices/notice-texts.ts), the calendar
 * invitation with a summons by e-mail, and the document itself with a copy by digital post.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { documents } from '../../db/schema.js';
import type { NoticeToSend } from '../../data/notices/notice-outcomes.js';
import type { NoticeFacts, NoticeKind } from '../../domain/notices/notice-kinds.js';
import { noticeText, screen } from '../../domain/notices/notice-texts.js';
import { renderNoticeInvitation } from '../../documents/calendar/render-notice-invitation.js';
import type { NoticeAttachment, OutgoingNotice } from '../../notices/channels/notice-channel.js';

/** Where a recipient signs in: the home view for the student and guardians, Varde's front page for staff. */
export function signInAddressFor(notice: Pick<NoticeToSend, 'recipientKind'>, publicUrl: string): string {
  const base = publicUrl.replace(/\/+$/, '');
  return notice.recipientKind === 'ansatt' ? `${base}/` : `${base}/hjem`;
}

export async function composeNotice(db: Db, notice: NoticeToSend, input: { to: string; publicUrl: string; now: Date }): Promise<OutgoingNotice> {
  const channel = notice.channel!;
  const signInAddress = signInAddressFor(notice, input.publicUrl);
  const facts = { ...notice.facts, signInAddress } as NoticeFacts[NoticeKind];
  const words = noticeText(notice.kind, facts, notice.language, channel, { avoidNames: notice.studentNames });
  const attachments: NoticeAttachment[] = [];
  if (notice.kind === 'innkalling' && channel === 'epost' && notice.subjectId) {
    const summons = facts as NoticeFacts['innkalling'];
    const ics = renderNoticeInvitation({
      meetingId: notice.subjectId,
      summary: words.subject ?? '',
      startsAt: summons.startsAt,
      place: screen(summons.place, channel, notice.studentNames),
      signInAddress,
      stamp: input.now,
    });
    attachments.push({ filename: 'invitasjon.ics', contentType: 'text/calendar; method=PUBLISH; charset=utf-8', content: Buffer.from(ics, 'utf8') });
  }
  if (notice.kind === 'kopi' && channel === 'digital_post' && notice.subjectId) {
    const [document] = await db
      .select({ title: documents.title, content: documents.content })
      .from(documents)
      .where(and(eq(documents.ownerId, notice.ownerId), eq(documents.id, notice.subjectId)));
    if (document) attachments.push({ filename: `${document.title}.pdf`, contentType: 'application/pdf', content: Buffer.from(document.content, 'base64') });
  }
  return {
    to: input.to,
    toName: notice.recipientName,
    subject: words.subject ?? '',
    text: words.text,
    ...(attachments.length > 0 ? { attachments } : {}),
    reference: notice.id,
  };
}
