/**
 * The audit log's entries as the access reports read them (issue 14, part 5): the columns the
 * domain groups (build-access-report.ts), the period as a condition on the moment, and the row
 * as the domain's entry. One place for both reports — by student and by member of staff.
 */
import { and, gte, lt, type SQL } from 'drizzle-orm';
import { auditLog } from '../../db/schema.js';
import { periodBounds } from './period-bounds.js';

export const auditEntryColumns = {
  id: auditLog.id,
  at: auditLog.at,
  actorStaffId: auditLog.actorStaffId,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  studentId: auditLog.studentId,
  detail: auditLog.detail,
  address: auditLog.address,
};

/** Entries of the period's days, in Norway; a period that runs to today has no end (period-bounds.ts). */
export function inPeriod(period: { from: string; to: string }, today: string): SQL {
  const { start, end } = periodBounds(period, today);
  return and(gte(auditLog.at, start), ...(end ? [lt(auditLog.at, end)] : []))!;
}

/** A row as the domain's entry: the moment as ISO text, the detail as an object or null. */
export function asAuditEntry<R extends { at: Date; detail: unknown }>(row: R): Omit<R, 'at' | 'detail'> & { at: string; detail: Record<string, unknown> | null } {
  return { ...row, at: row.at.toISOString(), detail: (row.detail ?? null) as Record<string, unknown> | null };
}
