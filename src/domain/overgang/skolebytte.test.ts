import { describe, expect, it } from 'vitest';
import type { Person } from '../access-policy.js';
import type { RoleCode } from '../vocabulary.js';
import {
  addMonths,
  formerReadMonths,
  formerReadUntilOf,
  formerSchoolMayRead,
  moveDaysAhead,
  moveDaysBack,
  planSkolebytte,
  type CaseChoice,
  type OpenCaseFacts,
  type SkolebytteFacts,
} from './skolebytte.js';

const from = 'school-from';
const to = 'school-to';
const today = '2026-11-23';

const person = (staffId: string, ...roles: Array<[RoleCode, string | null]>): Person => ({ staffId, roles: roles.map(([role, schoolId]) => ({ role, schoolId })) });
const people = new Map<string, Person>(
  [
    person('teacher', ['kontaktlaerer', from]),
    person('nurse', ['helsesykepleier', from], ['helsesykepleier', to]),
    person('rektor', ['skoleleder', from]),
    person('radgiver-to', ['radgiver', to]),
    person('rektor-to', ['skoleleder', to]),
    person('ot', ['ot_radgiver', null]),
    person('elsewhere', ['radgiver', 'school-c']),
  ].map((p) => [p.staffId, p]),
);

const absenceCase: OpenCaseFacts = {
  id: 'case-fravaer',
  kind: 'fravaer',
  responsibleStaffId: 'teacher',
  participants: [
    { staffId: 'teacher', role: 'ansvarlig' },
    { staffId: 'nurse', role: 'deltaker' },
    { staffId: 'rektor', role: 'deltaker' },
  ],
};
const environmentCase: OpenCaseFacts = { id: 'case-miljo', kind: 'skolemiljo', responsibleStaffId: 'rektor', participants: [{ staffId: 'rektor', role: 'ansvarlig' }] };
const avklaring: OpenCaseFacts = {
  id: 'case-ot',
  kind: 'ot_avklaring',
  responsibleStaffId: 'teacher',
  participants: [
    { staffId: 'teacher', role: 'ansvarlig' },
    { staffId: 'ot', role: 'deltaker' },
  ],
};

const handOver = (caseId: string, responsibleStaffId = 'radgiver-to'): CaseChoice => ({ caseId, handling: 'overta', responsibleStaffId });
const close = (caseId: string, note = 'Eleven flytter; den nye skolen er orientert.'): CaseChoice => ({ caseId, handling: 'avslutt', note });

const facts = (over: Partial<SkolebytteFacts> = {}): SkolebytteFacts => ({
  student: { schoolId: from, leftOn: null, lastMovedOn: null },
  toSchool: { id: to },
  movedOn: today,
  today,
  openCases: [absenceCase, environmentCase],
  openTasks: [
    { id: 'step-task', caseId: absenceCase.id, assigneeStaffId: 'teacher' },
    { id: 'nurse-task', caseId: absenceCase.id, assigneeStaffId: 'nurse' },
    { id: 'rektor-task', caseId: absenceCase.id, assigneeStaffId: 'rektor' },
    { id: 'environment-task', caseId: environmentCase.id, assigneeStaffId: 'rektor' },
    { id: 'flag-task', caseId: null, assigneeStaffId: 'teacher' },
  ],
  choices: [handOver(absenceCase.id), close(environmentCase.id)],
  people,
  ...over,
});

function planned(over: Partial<SkolebytteFacts> = {}) {
  const decision = planSkolebytte(facts(over));
  if (!decision.ok) throw new Error(`refused: ${JSON.stringify(decision.refusals)}`);
  return decision.plan;
}
function refused(over: Partial<SkolebytteFacts>) {
  const decision = planSkolebytte(facts(over));
  if (decision.ok) throw new Error('the move was not refused');
  return decision.refusals;
}

describe('a skolebytte', () => {
  it('hands one case over and closes the other with its note', () => {
    const plan = planned();
    expect(plan).toMatchObject({ fromSchoolId: from, toSchoolId: to, movedOn: today, membershipsEndOn: '2026-11-22', formerReadUntil: '2027-02-23' });
    expect(plan.handedOver).toEqual([
      // The nurse works at both schools and stays; the contact teacher and the rektor of the former school leave the case.
      { caseId: absenceCase.id, formerResponsibleStaffId: 'teacher', responsibleStaffId: 'radgiver-to', keptStaffIds: ['nurse'], removedStaffIds: ['teacher', 'rektor'] },
    ]);
    expect(plan.closed).toEqual([{ caseId: environmentCase.id, note: 'Eleven flytter; den nye skolen er orientert.' }]);
  });

  it('lets the tasks of a handed-over case follow it, keeps a staying participant’s own, and closes every other', () => {
    const plan = planned();
    expect(plan.followingTasks).toEqual([
      { taskId: 'step-task', caseId: absenceCase.id, assigneeStaffId: 'radgiver-to' },
      { taskId: 'nurse-task', caseId: absenceCase.id, assigneeStaffId: 'nurse' },
      { taskId: 'rektor-task', caseId: absenceCase.id, assigneeStaffId: 'radgiver-to' },
    ]);
    expect(plan.closedTaskIds).toEqual(['environment-task', 'flag-task']);
  });

  it('keeps a former responsible person who also works at the new school as a participant, and gives the step task on', () => {
    const nurseRuns: OpenCaseFacts = { ...absenceCase, responsibleStaffId: 'nurse', participants: [{ staffId: 'nurse', role: 'ansvarlig' }] };
    const plan = planned({ openCases: [nurseRuns], choices: [handOver(nurseRuns.id, 'rektor-to')], openTasks: [{ id: 'step', caseId: nurseRuns.id, assigneeStaffId: 'nurse' }] });
    expect(plan.handedOver[0]).toMatchObject({ keptStaffIds: ['nurse'], removedStaffIds: [] });
    expect(plan.followingTasks).toEqual([{ taskId: 'step', caseId: nurseRuns.id, assigneeStaffId: 'rektor-to' }]);
  });

  it('keeps the new responsible person out of the lists of who stays and who leaves when they already took part', () => {
    const plan = planned({ openCases: [absenceCase], choices: [handOver(absenceCase.id, 'nurse')] });
    expect(plan.handedOver[0]).toMatchObject({ responsibleStaffId: 'nurse', keptStaffIds: [], removedStaffIds: ['teacher', 'rektor'] });
  });

  it('keeps the OT advisor in a clarification case handed over (OT takes part at any school of the owner)', () => {
    const plan = planned({ openCases: [avklaring], choices: [handOver(avklaring.id)], openTasks: [] });
    expect(plan.handedOver[0]).toMatchObject({ keptStaffIds: ['ot'], removedStaffIds: ['teacher'] });
  });

  it('moves a student without open cases, closing their other tasks', () => {
    const plan = planned({ openCases: [], choices: [], openTasks: [{ id: 'flag-task', caseId: null, assigneeStaffId: 'teacher' }] });
    expect(plan).toMatchObject({ handedOver: [], closed: [], followingTasks: [], closedTaskIds: ['flag-task'] });
  });

  it('trims the note of a closed case', () => {
    expect(planned({ choices: [handOver(absenceCase.id), close(environmentCase.id, '  Lukket ved flytting.  ')] }).closed[0]!.note).toBe('Lukket ved flytting.');
  });
});

describe('a skolebytte refused', () => {
  it('when the student has been written out (then the follow-up moves as an overgang, if at all)', () => {
    expect(refused({ student: { schoolId: from, leftOn: '2026-11-01', lastMovedOn: null } })).toEqual([{ problem: 'student_left', path: 'studentId' }]);
  });

  it('to a school that is not the owner’s, or to the same school', () => {
    expect(refused({ toSchool: null })).toEqual([{ problem: 'no_such_school', path: 'toSchoolId' }]);
    expect(refused({ toSchool: { id: from } })).toEqual([{ problem: 'same_school', path: 'toSchoolId' }]);
  });

  it('for an open case without a choice, and a choice for a case that is not open, or twice', () => {
    expect(refused({ choices: [handOver(absenceCase.id)] })).toEqual([{ problem: 'choice_missing', path: 'cases', caseId: environmentCase.id }]);
    expect(refused({ choices: [handOver(absenceCase.id), close(environmentCase.id), close('closed-long-ago')] })).toEqual([{ problem: 'not_an_open_case', path: 'cases.2.caseId' }]);
    expect(refused({ choices: [handOver(absenceCase.id), close(environmentCase.id), close(absenceCase.id)] })).toEqual([{ problem: 'chosen_twice', path: 'cases.2.caseId' }]);
  });

  it('for a case closed without a note', () => {
    expect(refused({ choices: [handOver(absenceCase.id), close(environmentCase.id, '   ')] })).toEqual([{ problem: 'note_missing', path: 'cases.1.note' }]);
  });

  it('for a new responsible person who does not work at the new school, or names nobody', () => {
    for (const staffId of ['teacher', 'rektor', 'elsewhere', 'nobody', 'ot']) {
      expect(refused({ choices: [handOver(absenceCase.id, staffId), close(environmentCase.id)] }), staffId).toEqual([
        { problem: 'responsible_not_at_new_school', path: 'cases.0.responsibleStaffId' },
      ]);
    }
  });

  it('with every reason at once, at its field', () => {
    const refusals = refused({ toSchool: { id: from }, movedOn: '2027-06-01', choices: [close(absenceCase.id, '')] });
    expect(refusals.map((r) => `${r.path}: ${r.problem}`)).toEqual(['toSchoolId: same_school', 'movedOn: too_far_ahead', 'cases.0.note: note_missing', `cases: choice_missing`]);
  });
});

describe('the day of the move', () => {
  it(`may be up to ${moveDaysAhead} days ahead and ${moveDaysBack} days back, not beyond`, () => {
    expect(planned({ movedOn: '2026-12-23' }).movedOn).toBe('2026-12-23');
    expect(refused({ movedOn: '2026-12-24' })).toEqual([{ problem: 'too_far_ahead', path: 'movedOn', latest: '2026-12-23' }]);
    expect(planned({ movedOn: '2026-10-24' }).membershipsEndOn).toBe('2026-10-23');
    expect(refused({ movedOn: '2026-10-23' })).toEqual([{ problem: 'too_far_back', path: 'movedOn', earliest: '2026-10-24' }]);
  });

  it('comes after the student’s last move: not the same day, not before', () => {
    const moved = (lastMovedOn: string) => ({ student: { schoolId: from, leftOn: null, lastMovedOn } });
    expect(planned({ ...moved('2026-11-22') }).movedOn).toBe(today);
    expect(refused({ ...moved(today) })).toEqual([{ problem: 'before_last_move', path: 'movedOn', lastMovedOn: today }]);
    expect(refused({ ...moved('2026-11-30') })).toEqual([{ problem: 'before_last_move', path: 'movedOn', lastMovedOn: '2026-11-30' }]);
  });
});

describe('the former school’s read time', () => {
  it(`is ${formerReadMonths} calendar months from the day of the move, to the day, and ends after it`, () => {
    expect(formerReadUntilOf('2026-11-24')).toBe('2027-02-24');
    expect(formerSchoolMayRead('2027-02-24', '2027-02-24')).toBe(true);
    expect(formerSchoolMayRead('2027-02-24', '2027-02-25')).toBe(false);
  });

  it('ends on the last day of a shorter month', () => {
    expect(formerReadUntilOf('2026-11-30')).toBe('2027-02-28');
    expect(formerReadUntilOf('2027-11-30')).toBe('2028-02-29');
    expect(addMonths('2026-10-31', 1)).toBe('2026-11-30');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', 0)).toBe('2026-01-15');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
  });
});
