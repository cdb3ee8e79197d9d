/** The delivery log's rows as the contract shows them (src/shared/notice-api.ts). */
import type { NoticeLogRow } from '../../data/notices/find-notice-log.js';
import type { NoticeLine } from '../../shared/notice-api.js';

const iso = (at: Date | null) => at?.toISOString() ?? null;

export function presentNoticeLine(row: NoticeLogRow, canResend: boolean): NoticeLine {
  return {
    id: row.id,
    kind: row.kind,
    recipientKind: row.recipientKind,
    recipientName: row.recipientName,
    channel: row.channel,
    addressHint: row.addressHint,
    status: row.status,
    statusReason: row.statusReason,
    statusDetail: row.statusDetail,
    day: row.day,
    createdAt: row.createdAt.toISOString(),
    sentAt: iso(row.sentAt),
    deliveredAt: iso(row.deliveredAt),
    failedAt: iso(row.failedAt),
    attempts: row.attempts,
    createdByName: row.createdByName,
    canResend,
  };
}
