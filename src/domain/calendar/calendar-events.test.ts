import { describe, expect, it } from 'vitest';
import { calendarEvents, meetingEvent, taskEvent, taskEventUid } from './calendar-events.js';

const task = { id: '11111111-1111-4111-8111-111111111111', kind: 'kartleggingssamtale', title: 'kartleggingssamtale', dueOn: '2026-11-30', caseId: null };
const meeting = { id: '22222222-2222-4222-8222-222222222222', caseId: '33333333-3333-4333-8333-333333333333', kind: 'kartleggingsmote', startsAt: new Date('2026-11-25T13:00:00Z'), place: 'Møterom 2' };

describe('calendar events', () => {
  it('makes a task an all-day event on its due date, ending the day after (DTEND is exclusive)', () => {
    expect(taskEvent(task)).toMatchObject({ type: 'task', day: '2026-11-30', endDay: '2026-12-01', link: { to: 'tasks' }, activity: null });
    expect(taskEvent({ ...task, dueOn: '2026-12-31' })).toMatchObject({ endDay: '2027-01-01' });
    expect(taskEvent({ ...task, caseId: meeting.caseId }).link).toEqual({ to: 'case', caseId: meeting.caseId });
  });

  it('keeps the same UID for the same task or meeting, whatever else changes, and different ones for different objects', () => {
    expect(taskEvent(task).uid).toBe(taskEvent({ ...task, dueOn: '2027-01-04', kind: 'kontakt_hjem' }).uid);
    expect(meetingEvent(meeting).uid).toBe(meetingEvent({ ...meeting, startsAt: new Date('2026-12-01T08:00:00Z'), place: null }).uid);
    expect(taskEvent(task).uid).not.toBe(meetingEvent({ ...meeting, id: task.id }).uid);
    expect(taskEventUid(task.id)).toBe(`varde-oppgave-${task.id}@varde`);
  });

  it('gives a meeting an hour', () => {
    const event = meetingEvent(meeting);
    expect(event.type === 'meeting' && event.endsAt.toISOString()).toBe('2026-11-25T14:00:00.000Z');
  });

  const activityOf = (event: ReturnType<typeof taskEvent>) => (event.type === 'task' ? event.activity : undefined);

  it("names the wheel's activity only when its code is one of the wheel's own, never a title as written", () => {
    expect(activityOf(taskEvent({ ...task, kind: 'arshjul', title: 'kartlegging_a' }))).toBe('kartlegging_a');
    expect(activityOf(taskEvent({ ...task, kind: 'arshjul', title: 'Samtale med Ola Nordmann' }))).toBeNull();
    expect(activityOf(taskEvent({ ...task, kind: 'kontakt_hjem', title: 'kartlegging_a' }))).toBeNull();
  });

  it('orders the events by time, the same way every time', () => {
    const early = { ...task, id: '00000000-0000-4000-8000-000000000001', dueOn: '2026-11-20' };
    const events = calendarEvents({ tasks: [task, early], meetings: [meeting] });
    expect(events.map((e) => e.uid)).toEqual([taskEvent(early).uid, meetingEvent(meeting).uid, taskEvent(task).uid]);
    expect(calendarEvents({ tasks: [early, task], meetings: [meeting] })).toEqual(events);
  });
});
