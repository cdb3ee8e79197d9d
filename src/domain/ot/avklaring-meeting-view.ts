/**
 * Who a clarification meeting had, as the page and the agreement read it: the invited participants
 * marked present or not once the meeting has an outcome, followed by those who came along. Before
 * the outcome nobody is marked; after a no-show only the student is known to be absent.
 */
import type { IsoDate } from '../school-calendar.js';
import type { AvklaringParticipantKind } from './avklaring-participants.js';

export interface MeetingPerson {
  kind: AvklaringParticipantKind;
  name: string;
  staffId?: string;
}

export interface StoredMeeting {
  id: string;
  /** The meeting day. */
  on: IsoDate;
  outcome: 'holdt' | 'ikkje_mott' | 'avlyst' | null;
  invited: readonly MeetingPerson[];
  /** Those present (held meetings): an invited participant by index, or someone who came along (index null). */
  present: ReadonlyArray<MeetingPerson & { invitedIndex: number | null }>;
}

export type MeetingPersonView = MeetingPerson & { present: boolean | null };

export function meetingPeople(meeting: StoredMeeting): MeetingPersonView[] {
  if (meeting.outcome === 'holdt') {
    // Stryker disable next-line MethodExpression,ConditionalExpression: the set is asked only for invited indexes (numbers), so a null left in it is never found
    const presentIndexes = new Set(meeting.present.map((p) => p.invitedIndex).filter((i): i is number => i !== null));
    return [
      ...meeting.invited.map((p, i) => ({ ...p, present: presentIndexes.has(i) })),
      ...meeting.present.filter((p) => p.invitedIndex === null).map(({ invitedIndex: _, ...p }) => ({ ...p, present: true })),
    ];
  }
  if (meeting.outcome === 'ikkje_mott') return meeting.invited.map((p) => ({ ...p, present: p.kind === 'elev' ? false : null }));
  return meeting.invited.map((p) => ({ ...p, present: null }));
}

/**
 * The meeting the agreement is about: the latest held one, else the latest that was not called
 * off (nobody present) — a student written out after a no-show still has an agreement that names
 * the meeting.
 */
export function agreementMeeting(meetings: readonly StoredMeeting[]): { meeting: StoredMeeting; people: Array<MeetingPerson & { present: boolean }> } | null {
  const newestFirst = [...meetings].sort((a, b) => b.on.localeCompare(a.on));
  const meeting = newestFirst.find((m) => m.outcome === 'holdt') ?? newestFirst.find((m) => m.outcome !== 'avlyst') ?? newestFirst[0];
  if (!meeting) return null;
  return { meeting, people: meetingPeople(meeting).map((p) => ({ ...p, present: p.present === true })) };
}
