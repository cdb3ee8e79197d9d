/**
 * How far one activity of the wheel has come for one class (or, for an activity of the school,
 * for the school): the activity's kind of progress picks which facts are read
 * (measure-wheel-progress.ts has each reading). Kartlegging A's conversations count from the
 * first day of the school year: a conversation of last year is not this year's.
 */
import type { RuleCode } from '../identification/flag.js';
import type { IsoDate } from '../school-calendar.js';
import type { GradeKind } from '../vocabulary.js';
import type { WheelEntry } from './build-wheel.js';
import {
  conversationProgress,
  gradeProgress,
  identifiedForKartleggingA,
  meetingProgress,
  recordedProgress,
  type RoundWindow,
  type WheelProgress,
} from './measure-wheel-progress.js';

export interface WheelScopeFacts {
  /** The class's students (every student of the school for an activity of the school). */
  studentIds: readonly string[];
  flags: ReadonlyArray<{ studentId: string; ruleCode: RuleCode; raisedOn: IsoDate }>;
  conversations: ReadonlyArray<{ studentId: string; heldOn: IsoDate }>;
  expectedGrades: ReadonlyArray<{ studentId: string; subject: string }>;
  grades: ReadonlyArray<{ studentId: string; subject: string; kind: GradeKind; givenOn: IsoDate }>;
  /** Days a klasselærermøte for the class was held. */
  meetingsHeldOn: readonly IsoDate[];
  /** Days the activity was recorded done, for this class (or the school). */
  recordedOn: readonly IsoDate[];
}

export function wheelEntryProgress(entry: WheelEntry, facts: WheelScopeFacts, windows: readonly RoundWindow[], yearStartsOn: IsoDate, today: IsoDate): WheelProgress {
  const window = windows.find((w) => w.round === entry.round) ?? null;
  const conversations = facts.conversations.filter((c) => c.heldOn >= yearStartsOn);
  switch (entry.progress) {
    case 'samtaler_identifiserte':
      return conversationProgress({ students: identifiedForKartleggingA(facts.flags, entry.dueOn), held: conversations, dueOn: entry.dueOn, today });
    case 'vurderinger_satt':
      if (window === null || window.round === 'oppstart') return recordedProgress({ recordedOn: facts.recordedOn, dueOn: entry.dueOn, today });
      return gradeProgress({ expected: facts.expectedGrades, given: facts.grades, round: window.round, window, dueOn: entry.dueOn, today });
    case 'klasselaerermote_holdt':
      if (window === null) return recordedProgress({ recordedOn: facts.meetingsHeldOn, dueOn: entry.dueOn, today });
      return meetingProgress({ heldOn: facts.meetingsHeldOn, window, dueOn: entry.dueOn, today });
    case 'registrert':
      return recordedProgress({ recordedOn: facts.recordedOn, dueOn: entry.dueOn, today });
  }
}
