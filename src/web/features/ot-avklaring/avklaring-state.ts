/**
 * Where a clarification case stands, read from the case as the server presents it: the state of
 * each of its three steps, the meeting waiting to be held, and what the page offers now. The
 * server decides every change; these only choose what the page shows (avklaring-state.test.ts).
 */
import type { AvklaringDetail } from '../../../shared/ot-api';
import { avklaringSteps } from '../../../domain/ot/avklaring-workflow';
import { dateOfTimestamp } from '../../lib/dates';

type Detail = Pick<AvklaringDetail, 'step' | 'status' | 'meetings' | 'signedAt' | 'mayWrite' | 'mayWriteOut' | 'student' | 'agreement'>;
export type StepState = 'ferdig' | 'naa' | 'senere';
export type Meeting = AvklaringDetail['meetings'][number];

/** Each step in order: done, now or later; every step done once the case is closed. */
export function stepStates(detail: Pick<Detail, 'step' | 'status'>): Array<{ step: (typeof avklaringSteps)[number]; state: StepState }> {
  const at = avklaringSteps.indexOf(detail.step);
  return avklaringSteps.map((step, i) => ({
    step,
    state: detail.status !== 'aapen' || i < at ? 'ferdig' : i === at ? 'naa' : 'senere',
  }));
}

/** The summoned meeting whose outcome is not yet recorded (the latest, if several), or null. */
export function pendingMeeting(detail: Pick<Detail, 'meetings'>): Meeting | null {
  const waiting = detail.meetings.filter((m) => m.outcome === null).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return waiting[0] ?? null;
}

/** The meeting's day in Norway. */
export function meetingDay(meeting: Pick<Meeting, 'startsAt'>): string {
  return dateOfTimestamp(meeting.startsAt);
}

const open = (detail: Pick<Detail, 'status' | 'mayWrite'>) => detail.status === 'aapen' && detail.mayWrite;

/**
 * A meeting is summoned in the step "forebuing" — first, or again after a no-show that calls for a
 * new meeting — while the form is unsigned and no meeting waits to be held.
 */
export function maySummon(detail: Detail): boolean {
  return open(detail) && detail.step === 'forebuing' && detail.signedAt === null && pendingMeeting(detail) === null;
}

/** The outcome of a meeting is recorded on its day or after (the server refuses it before). */
export function mayRecordOutcome(meeting: Pick<Meeting, 'startsAt'>, today: string): boolean {
  return meetingDay(meeting) <= today;
}

/** The form is filled in (a draft) until it is signed in the meeting. */
export function mayEditAgreement(detail: Detail): boolean {
  return open(detail) && detail.signedAt === null;
}

/** The case ends at its last step: closed when the student stays; written out (by those who may) when the student leaves. */
export function endings(detail: Detail): { close: boolean; writeOut: boolean } {
  const atEnd = open(detail) && detail.step === 'avtale';
  return {
    close: atEnd && detail.agreement.decision !== 'sluttar',
    writeOut: detail.status === 'aapen' && detail.step === 'avtale' && detail.mayWriteOut && detail.student.leftOn === null && detail.agreement.decision !== 'held_fram',
  };
}
