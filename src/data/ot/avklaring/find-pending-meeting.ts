/** The clarification meeting of a case that waits to be held: the case's latest, summoned, with no outcome yet. */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { meetings } from '../../../db/schema.js';
import type { AvklaringParticipantKind } from '../../../domain/ot/avklaring-participants.js';

export interface InvitedParticipant {
  kind: AvklaringParticipantKind;
  name: string;
  staffId?: string;
}

export async function findAvklaringMeeting(db: Db, ownerId: string, caseId: string, meetingId: string) {
  const rows = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.ownerId, ownerId), eq(meetings.caseId, caseId), eq(meetings.kind, 'avklaringssamtale')))
    .orderBy(desc(meetings.createdAt));
  const meeting = rows.find((m) => m.id === meetingId);
  if (!meeting) return undefined;
  return { meeting, invited: meeting.invited as InvitedParticipant[], latest: rows[0]!.id === meetingId };
}

export type FoundAvklaringMeeting = NonNullable<Awaited<ReturnType<typeof findAvklaringMeeting>>>;
