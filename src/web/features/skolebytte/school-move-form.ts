/**
 * The move dialog's form as plain data (src/web/features/skolebytte/components/school-move-dialog.tsx):
 * what is still missing before it may be sent, the body it sends, and where the server's refusals
 * go. A field is named as the server names it (`cases.1.note`), so that both kinds of problem land
 * at the same field.
 */
import type { CaseHandling } from '../../../domain/overgang/skolebytte';
import type { SchoolMoveBody, SchoolMovePreview } from '../../../shared/skolebytte-api';
import type { FailureDetail } from '../../api/client';

export interface CaseDraft {
  caseId: string;
  handling: CaseHandling | null;
  responsibleStaffId: string;
  note: string;
}

export interface MoveDraft {
  toSchoolId: string;
  movedOn: string;
  note: string;
  cases: CaseDraft[];
}

/** The problems the form knows words for (skolebytte.problem.*): its own, and the server's codes. */
export const moveProblems = [
  'school_missing',
  'date_missing',
  'date_outside',
  'handling_missing',
  'responsible_missing',
  'note_missing',
  'no_such_school',
  'same_school',
  'before_last_move',
  'too_far_ahead',
  'too_far_back',
  'choice_missing',
  'not_an_open_case',
  'chosen_twice',
  'responsible_not_at_new_school',
  'student_left',
] as const;
export type MoveProblem = (typeof moveProblems)[number];

export interface FieldProblem {
  field: string;
  problem: MoveProblem;
}

export function emptyDraft(preview: Pick<SchoolMovePreview, 'openCases'>, today: string): MoveDraft {
  return { toSchoolId: '', movedOn: today, note: '', cases: preview.openCases.map((c) => ({ caseId: c.id, handling: null, responsibleStaffId: '', note: '' })) };
}

/** A new school: the people chosen at the former choice are not at this one. */
export function withSchool(draft: MoveDraft, toSchoolId: string): MoveDraft {
  return draft.toSchoolId === toSchoolId ? draft : { ...draft, toSchoolId, cases: draft.cases.map((c) => ({ ...c, responsibleStaffId: '' })) };
}

/** What must be filled in before the form is sent, field by field, in the order of the form. */
export function draftProblems(draft: MoveDraft, window: SchoolMovePreview['movedOn']): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!draft.toSchoolId) problems.push({ field: 'toSchoolId', problem: 'school_missing' });
  if (!draft.movedOn) problems.push({ field: 'movedOn', problem: 'date_missing' });
  else if (draft.movedOn < window.earliest || draft.movedOn > window.latest) problems.push({ field: 'movedOn', problem: 'date_outside' });
  draft.cases.forEach((c, i) => {
    if (c.handling === null) problems.push({ field: `cases.${i}.handling`, problem: 'handling_missing' });
    else if (c.handling === 'overta' && !c.responsibleStaffId) problems.push({ field: `cases.${i}.responsibleStaffId`, problem: 'responsible_missing' });
    else if (c.handling === 'avslutt' && !c.note.trim()) problems.push({ field: `cases.${i}.note`, problem: 'note_missing' });
  });
  return problems;
}

/** The request of a complete draft. */
export function moveBody(draft: MoveDraft): SchoolMoveBody {
  return {
    toSchoolId: draft.toSchoolId,
    movedOn: draft.movedOn,
    note: draft.note.trim(),
    cases: draft.cases.map((c) =>
      c.handling === 'overta' ? { caseId: c.caseId, handling: 'overta' as const, responsibleStaffId: c.responsibleStaffId } : { caseId: c.caseId, handling: 'avslutt' as const, note: c.note.trim() },
    ),
  };
}

const known: ReadonlySet<string> = new Set(moveProblems);

/** The server's refusals at the form's fields: the code leads each message (`note_missing: …`); one the form does not know keeps the server's words. */
export function serverProblems(details: readonly FailureDetail[]): Array<FieldProblem | { field: string; message: string }> {
  return details.map((d) => {
    const field = d.path.replace(/^body\.?/, '');
    const code = /^([a-z_]+):/.exec(d.message)?.[1];
    return code && known.has(code) ? { field, problem: code as MoveProblem } : { field, message: d.message };
  });
}
