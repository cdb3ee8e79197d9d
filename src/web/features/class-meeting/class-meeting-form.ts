/**
 * The klasselærermøte's form as data: the agenda in the order a meeting takes it (red flags and
 * overdue cases first), where each decision goes (into an open case, into a new case of a chosen
 * kind, or only into the minutes), and the body that is sent. Plain functions; the page renders
 * them.
 */
import type { ClassMeetingAgenda, ClassMeetingInput } from './api/class-meeting-client';

export type AgendaItem = ClassMeetingAgenda['items'][number];
export type CaseKind = AgendaItem['cases'][number]['kind'];
export const newCaseKinds = ['fravaer', 'iko', 'skolemiljo'] as const satisfies readonly CaseKind[];

/** `case:<id>` (into that open case), `open:<kind>` (a new case with the decision as its reason), or `none`. */
export type Destination = `case:${string}` | `open:${CaseKind}` | 'none';
export type DecisionDraft = { text: string; destination: Destination };

/** Red flags first, then overdue cases, then yellow flags, then open cases; by name within each. */
export function agendaOrder(items: readonly AgendaItem[]): AgendaItem[] {
  const rank = (item: AgendaItem) => {
    const openFlags = item.flags.filter((f) => f.state === 'ny' || f.state === 'bekreftet');
    if (openFlags.some((f) => f.level === 'rod')) return 0;
    if (item.cases.some((c) => c.overdue)) return 1;
    if (openFlags.length > 0) return 2;
    return 3;
  };
  return [...items].sort((a, b) => rank(a) - rank(b) || a.student.name.localeCompare(b.student.name, 'nb'));
}

/** A decision goes into the student's first open case by default, or only into the minutes. */
export function defaultDestination(item: AgendaItem): Destination {
  return item.cases[0] ? `case:${item.cases[0].id}` : 'none';
}

export type MeetingProblems = { heldOn?: 'missing' | 'future'; present?: boolean };

export function checkMeeting(heldOn: string, present: readonly string[], today: string): MeetingProblems {
  const problems: MeetingProblems = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(heldOn)) problems.heldOn = 'missing';
  else if (heldOn > today) problems.heldOn = 'future';
  if (!present.some((name) => name.trim())) problems.present = true;
  return problems;
}

/** The meeting as sent: who was there, and a decision for every student something was written for. */
export function meetingBody(heldOn: string, present: readonly string[], drafts: Readonly<Record<string, DecisionDraft>>): ClassMeetingInput {
  const decisions = Object.entries(drafts)
    .filter(([, draft]) => draft.text.trim())
    .map(([studentId, draft]) => ({
      studentId,
      text: draft.text.trim(),
      caseId: draft.destination.startsWith('case:') ? draft.destination.slice('case:'.length) : null,
      openCase: draft.destination.startsWith('open:') ? (draft.destination.slice('open:'.length) as (typeof newCaseKinds)[number]) : null,
    }));
  return { heldOn, present: present.map((name) => name.trim()).filter(Boolean), decisions };
}
