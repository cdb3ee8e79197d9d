/**
 * How a line of the delivery log is shown: its status as a tag of a calm colour (only a notice that
 * did not reach its person asks for attention), and the time that says most about it.
 */
import type { NoticeLine } from '../../../shared/notice-api';

export type TagColor = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const statusColor: Record<NoticeLine['status'], TagColor> = {
  queued: 'neutral',
  sent: 'info',
  delivered: 'success',
  failed: 'danger',
  not_sent: 'warning',
};

export function noticeStatusColor(status: NoticeLine['status']): TagColor {
  return statusColor[status];
}

/** The reason (and the provider's own words) is shown only where the notice did not reach its person. */
export function noticeReason(line: Pick<NoticeLine, 'status' | 'statusReason' | 'statusDetail'>): { code: NonNullable<NoticeLine['statusReason']>; detail: string | null } | null {
  if ((line.status !== 'failed' && line.status !== 'not_sent') || !line.statusReason) return null;
  return { code: line.statusReason, detail: line.statusDetail };
}

/** When it happened: delivered, else failed, else sent, else when it was made. */
export function noticeWhen(line: Pick<NoticeLine, 'createdAt' | 'sentAt' | 'deliveredAt' | 'failedAt'>): string {
  return line.deliveredAt ?? line.failedAt ?? line.sentAt ?? line.createdAt;
}

/** Lines that need someone: not sent or failed. */
export function unreachedCount(lines: readonly Pick<NoticeLine, 'status'>[]): number {
  return lines.filter((l) => l.status === 'failed' || l.status === 'not_sent').length;
}

/** The phone the same-day notice needs is required only while the notice is on; a blank one is none. */
export function settingsProblem(settings: { sameDayAbsenceNotice: boolean; phone: string }): 'phoneMissing' | 'phoneInvalid' | null {
  const phone = settings.phone.trim();
  if (phone === '') return settings.sameDayAbsenceNotice ? 'phoneMissing' : null;
  return /^\+?[\d ]{8,}$/.test(phone) && phone.length <= 30 ? null : 'phoneInvalid';
}
