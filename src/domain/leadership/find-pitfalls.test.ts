import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addSchoolDays, schoolDaysBetween, type SchoolCalendar } from '../school-calendar.js';
import { findPitfalls, studentPitfalls, type PitfallContext, type PitfallFlagFact, type PitfallStudentFacts } from './find-pitfalls.js';
import { pitfallActors, pitfallKeys, pitfallReasons, pitfallThresholds } from './pitfall-thresholds.js';

// 2026/27; Friday 13 November is a planning day, so the school days after Monday 2 November run
// 3, 4, 5, 6, 9, 10, 11, 12, 16 (9th), 17 (10th), 18 (11th) … 24 (15th), 25 (16th).
const calendar: SchoolCalendar = {
  startsOn: '2026-08-17',
  endsOn: '2027-06-18',
  breaks: [
    { name: 'Høstferie', startsOn: '2026-09-28', endsOn: '2026-10-02' },
    { name: 'Planleggingsdag', startsOn: '2026-11-13', endsOn: '2026-11-13' },
    { name: 'Juleferie', startsOn: '2026-12-19', endsOn: '2027-01-03' },
  ],
};

const flag = (over: Partial<PitfallFlagFact> = {}): PitfallFlagFact => ({
  id: 'f1',
  ruleCode: 'karakter',
  raisedOn: '2026-11-02',
  evidenceOn: '2026-11-02',
  state: 'bekreftet',
  decidedOn: null,
  reason: null,
  reasonCode: null,
  ...over,
});

const student = (over: Partial<PitfallStudentFacts> = {}): PitfallStudentFacts => ({
  studentId: 's1',
  classId: '1STA',
  enrolledOn: null,
  leftOn: null,
  failedOn: null,
  flags: [],
  closerFollowUps: [],
  cases: [],
  mappings: [],
  followUpStarts: [],
  evaluations: [],
  ...over,
});

/** A student identified by a confirmed grade flag on Monday 2 November. */
const identified = (over: Partial<PitfallStudentFacts> = {}) => student({ flags: [flag()], ...over });

function pitfalls(s: PitfallStudentFacts, today: string, over: Partial<PitfallContext> = {}) {
  return studentPitfalls(s, { today, calendar, intakeIdentifiedBy: '2026-08-14', ...over });
}

describe('the pitfalls, named and thresholded in one place', () => {
  it('has the seven keys of the JSON, in the seed’s order', () => {
    expect(pitfallKeys).toEqual(['not_identified', 'identified_late', 'not_mapped', 'followed_up_without_mapping', 'mapped_not_followed_up', 'slow_to_follow_up', 'no_effect']);
    expect(Object.keys(pitfallReasons)).toEqual(pitfallKeys);
  });

  it('has the thresholds of decision 016', () => {
    expect(pitfallThresholds).toEqual({ lateIdentificationSchoolDays: 10, mappingSchoolDays: 15, followUpSchoolDays: 10, unsatisfactoryEvaluationsInARow: 2 });
  });

  it('names the role that can act on each', () => {
    expect(pitfallActors).toEqual({
      not_identified: 'radgiver',
      identified_late: 'radgiver',
      not_mapped: 'kontaktlaerer',
      followed_up_without_mapping: 'kontaktlaerer',
      mapped_not_followed_up: 'kontaktlaerer',
      slow_to_follow_up: 'skoleleder',
      no_effect: 'skoleleder',
    });
  });

  it('finds nothing for a student nobody identified and who is still at school', () => {
    expect(pitfalls(student(), '2027-03-01')).toEqual({});
  });

  it('finds nothing for a student identified, mapped and followed up in time, with effect', () => {
    const s = identified({
      mappings: [{ heldOn: '2026-11-05' }],
      followUpStarts: [{ startedOn: '2026-11-09' }],
      evaluations: [{ evaluatedOn: '2026-11-30', satisfactory: true }],
    });
    expect(pitfalls(s, '2027-03-01')).toEqual({});
  });
});

describe('not_identified: should have been identified but was not', () => {
  it('finds a student who left without ever being identified', () => {
    expect(pitfalls(student({ leftOn: '2026-11-20' }), '2026-11-23').not_identified).toEqual({
      studentId: 's1',
      classId: '1STA',
      reason: 'left_unidentified',
      facts: { leftOn: '2026-11-20', dismissedFlagIds: [] },
    });
  });

  it('not one identified the day before leaving, but one identified on the day itself', () => {
    expect(pitfalls(identified({ leftOn: '2026-11-03' }), '2026-11-23').not_identified).toBeUndefined();
    expect(pitfalls(identified({ leftOn: '2026-11-02' }), '2026-11-23').not_identified?.reason).toBe('left_unidentified');
  });

  it('not a student who leaves after today', () => {
    expect(pitfalls(student({ leftOn: '2026-11-24' }), '2026-11-23').not_identified).toBeUndefined();
    expect(pitfalls(student({ leftOn: '2026-11-23' }), '2026-11-23').not_identified?.reason).toBe('left_unidentified');
  });

  it('names the flags a person dismissed before the student left', () => {
    const s = student({
      leftOn: '2026-11-20',
      flags: [
        flag({ id: 'a', state: 'avvist', decidedOn: '2026-11-03', reason: 'Ser bra ut' }),
        flag({ id: 'b', state: 'avvist', raisedOn: '2026-11-20', decidedOn: '2026-11-20', reason: 'x' }),
        // The routine's duty to contact the home is not a risk someone overlooked.
        flag({ id: 'c', ruleCode: 'fravaer_uten_melding', state: 'avvist', decidedOn: '2026-11-03', reason: 'Meldt' }),
      ],
    });
    expect(pitfalls(s, '2026-11-23').not_identified?.facts).toEqual({ leftOn: '2026-11-20', dismissedFlagIds: ['a'] });
  });

  it('finds a student who failed a subject without being identified before', () => {
    expect(pitfalls(student({ failedOn: '2027-06-10' }), '2027-06-15').not_identified).toMatchObject({ reason: 'failed_unidentified', facts: { failedOn: '2027-06-10', dismissedFlagIds: [] } });
    expect(pitfalls(identified({ failedOn: '2027-06-10' }), '2027-06-15').not_identified).toBeUndefined();
  });

  it('counts a closer-follow-up mark or a case as identification', () => {
    expect(pitfalls(student({ leftOn: '2026-11-20', closerFollowUps: [{ setOn: '2026-11-10', endedOn: null }] }), '2026-11-23').not_identified).toBeUndefined();
    expect(pitfalls(student({ leftOn: '2026-11-20', cases: [{ id: 'c', kind: 'fravaer', openedOn: '2026-11-10', closedOn: null, outcome: null }] }), '2026-11-23').not_identified).toBeUndefined();
  });

  it('keeps a clarification case with OT out of the chain: it neither identifies nor returns the student to ordinary follow-up', () => {
    const avklaring = { id: 'ot', kind: 'ot_avklaring' as const, openedOn: '2026-11-10', closedOn: '2026-11-18', outcome: 'effekt' as const };
    expect(pitfalls(student({ leftOn: '2026-11-20', cases: [avklaring] }), '2026-11-23').not_identified?.reason).toBe('left_unidentified');
    // Closed with effect (the student stays), it is no return: the episode from the grade flag stays open and unmapped.
    const found = pitfalls(identified({ cases: [avklaring] }), '2026-11-30');
    expect(found.not_mapped?.facts).toMatchObject({ identifiedOn: '2026-11-02' });
    expect(pitfalls(identified({ cases: [{ ...avklaring, closedOn: null, outcome: null }] }), '2026-11-23')).toEqual(pitfalls(identified(), '2026-11-23'));
  });

  it('finds a student who left after going back to ordinary follow-up, with nothing new seen since', () => {
    const s = student({
      leftOn: '2026-11-20',
      flags: [flag({ raisedOn: '2026-09-01', evidenceOn: '2026-09-01', state: 'lost', decidedOn: '2026-10-15', reason: 'Effekt' })],
      cases: [{ id: 'c', kind: 'iko', openedOn: '2026-09-02', closedOn: '2026-10-15', outcome: 'effekt' }],
    });
    expect(pitfalls(s, '2026-11-23').not_identified?.reason).toBe('left_unidentified');
  });

  it('does not count a flag Varde dissolved as identification, nor name it as dismissed', () => {
    for (const reasonCode of ['evidence_gone', 'merged_into_concern'] as const) {
      const s = student({ leftOn: '2026-11-20', flags: [flag({ state: 'lost', decidedOn: '2026-11-03', reasonCode })] });
      expect(pitfalls(s, '2026-11-23').not_identified).toMatchObject({ reason: 'left_unidentified', facts: { dismissedFlagIds: [] } });
    }
  });

  it('counts a flag a person resolved, or one resolved by closing a case with effect, as identification', () => {
    const byPerson = student({ leftOn: '2026-11-20', flags: [flag({ state: 'lost', decidedOn: '2026-11-03', reason: 'Fulgt opp' })] });
    expect(pitfalls(byPerson, '2026-11-23').not_identified).toBeUndefined();
    const byCase = student({ leftOn: '2026-11-20', flags: [flag({ state: 'lost', decidedOn: '2026-11-03', reasonCode: 'iko_closed_with_effect' })] });
    expect(pitfalls(byCase, '2026-11-23').not_identified).toBeUndefined();
  });

  it('does not take a case closed with effect on the day the student left, or after, as a return before leaving', () => {
    const onTheDay = identified({ leftOn: '2026-11-20', cases: [{ id: 'c', kind: 'iko', openedOn: '2026-11-02', closedOn: '2026-11-20', outcome: 'effekt' }] });
    expect(pitfalls(onTheDay, '2026-11-23').not_identified).toBeUndefined();
    const after = identified({ leftOn: '2026-11-20', cases: [{ id: 'c', kind: 'iko', openedOn: '2026-11-02', closedOn: '2026-11-22', outcome: 'effekt' }] });
    expect(pitfalls(after, '2026-11-23').not_identified).toBeUndefined();
  });

  it('does not count flags about the duty to follow up absence, or flags dismissed, as identification', () => {
    const s = student({ leftOn: '2026-11-20', flags: [flag({ ruleCode: 'fravaer_uten_melding', state: 'ny' }), flag({ id: 'a', state: 'avvist', decidedOn: '2026-11-03', reason: 'Syk' })] });
    expect(pitfalls(s, '2026-11-23').not_identified?.reason).toBe('left_unidentified');
  });

  it('finds a risk flag dismissed with no reason, while nothing has identified the student since', () => {
    const s = student({ flags: [flag({ state: 'avvist', decidedOn: '2026-11-04', reason: '  ' })] });
    expect(pitfalls(s, '2026-11-23').not_identified).toEqual({
      studentId: 's1',
      classId: '1STA',
      reason: 'dismissed_without_reason',
      facts: { flagId: 'f1', ruleCode: 'karakter', decidedOn: '2026-11-04' },
    });
    expect(pitfalls(student({ flags: [flag({ state: 'avvist', decidedOn: '2026-11-04', reason: null })] }), '2026-11-23').not_identified?.reason).toBe('dismissed_without_reason');
  });

  it('gives the day it was raised when a dismissal has no date', () => {
    const s = student({ flags: [flag({ state: 'avvist', decidedOn: null, reason: '' })] });
    expect(pitfalls(s, '2026-11-23').not_identified?.facts.decidedOn).toBe('2026-11-02');
  });

  it('not a dismissal with a reason, nor of the duty to follow up absence', () => {
    expect(pitfalls(student({ flags: [flag({ state: 'avvist', decidedOn: '2026-11-04', reason: 'Feil karakter registrert' })] }), '2026-11-23')).toEqual({});
    expect(pitfalls(student({ flags: [flag({ ruleCode: 'udokumentert_fravaer', state: 'avvist', decidedOn: '2026-11-04', reason: '' })] }), '2026-11-23')).toEqual({});
  });

  it('not once the student was identified from the day the dismissed flag was raised', () => {
    const dismissed = flag({ id: 'a', state: 'avvist', decidedOn: '2026-11-04', reason: '' });
    const sameDay = student({ flags: [dismissed, flag({ id: 'b', ruleCode: 'melding', state: 'ny', raisedOn: '2026-11-02' })] });
    expect(pitfalls(sameDay, '2026-11-05').not_identified).toBeUndefined();
    const dayBefore = student({ flags: [dismissed, flag({ id: 'b', ruleCode: 'melding', state: 'ny', raisedOn: '2026-11-01', evidenceOn: '2026-11-01' })] });
    expect(pitfalls(dayBefore, '2026-11-05').not_identified?.reason).toBe('dismissed_without_reason');
    const caseLater = student({ flags: [dismissed], cases: [{ id: 'c', kind: 'iko', openedOn: '2026-11-20', closedOn: null, outcome: null }] });
    expect(pitfalls(caseLater, '2026-11-23').not_identified).toBeUndefined();
  });

  it('gives leaving before a dismissal without reason', () => {
    const s = student({ leftOn: '2026-11-20', flags: [flag({ state: 'avvist', decidedOn: '2026-11-04', reason: '' })] });
    expect(pitfalls(s, '2026-11-23').not_identified?.reason).toBe('left_unidentified');
  });
});

describe('identified_late: first identified long after the evidence, or after the wheel’s date', () => {
  const lateFlag = (raisedOn: string) => student({ flags: [flag({ raisedOn, evidenceOn: '2026-11-02' })] });

  it('is in time up to ten school days after the evidence, late from the eleventh', () => {
    expect(pitfalls(lateFlag('2026-11-16'), '2026-11-18').identified_late).toBeUndefined();
    expect(pitfalls(lateFlag('2026-11-17'), '2026-11-18').identified_late).toBeUndefined();
    expect(pitfalls(lateFlag('2026-11-18'), '2026-11-18').identified_late).toEqual({
      studentId: 's1',
      classId: '1STA',
      reason: 'long_after_evidence',
      facts: { evidenceOn: '2026-11-02', identifiedOn: '2026-11-18', deadline: '2026-11-17', schoolDays: 11 },
    });
  });

  it('takes the threshold given', () => {
    const thresholds = { ...pitfallThresholds, lateIdentificationSchoolDays: 11 };
    expect(pitfalls(lateFlag('2026-11-18'), '2026-11-18', { thresholds }).identified_late).toBeUndefined();
  });

  it('is not late when a person identified the student before the flag came', () => {
    const s = student({ flags: [flag({ raisedOn: '2026-11-20', evidenceOn: '2026-11-02' })], cases: [{ id: 'c', kind: 'iko', openedOn: '2026-11-10', closedOn: null, outcome: null }] });
    expect(pitfalls(s, '2026-11-23').identified_late).toBeUndefined();
  });

  it('takes the earliest evidence of the flags that identified the student', () => {
    const s = student({ flags: [flag({ raisedOn: '2026-11-18', evidenceOn: '2026-11-04' }), flag({ id: 'f2', ruleCode: 'melding', raisedOn: '2026-11-19', evidenceOn: '2026-11-02' })] });
    expect(pitfalls(s, '2026-11-23').identified_late?.facts).toMatchObject({ evidenceOn: '2026-11-02', identifiedOn: '2026-11-18' });
  });

  it('counts from the day a student who came later started', () => {
    const s = student({ enrolledOn: '2026-11-09', flags: [flag({ raisedOn: '2026-11-20', evidenceOn: '2026-11-02' })] });
    expect(pitfalls(s, '2026-11-23').identified_late).toBeUndefined();
    expect(pitfalls({ ...s, enrolledOn: '2026-11-04' }, '2026-11-23').identified_late?.facts).toMatchObject({ deadline: '2026-11-19', schoolDays: 11 });
  });

  it('counts from the day after the student went back to ordinary follow-up', () => {
    const s = student({
      flags: [flag({ raisedOn: '2026-11-20', evidenceOn: '2026-11-02' })],
      cases: [{ id: 'c', kind: 'iko', openedOn: '2026-09-01', closedOn: '2026-11-05', outcome: 'effekt' }],
    });
    expect(pitfalls(s, '2026-11-23').identified_late).toBeUndefined();
    expect(pitfalls({ ...s, flags: [flag({ raisedOn: '2026-11-24', evidenceOn: '2026-11-02' })] }, '2026-11-24').identified_late?.facts).toMatchObject({
      deadline: '2026-11-23',
      schoolDays: 11,
    });
  });

  it('is not late when the evidence came after the identification', () => {
    const s = student({ closerFollowUps: [{ setOn: '2026-11-02', endedOn: null }], flags: [flag({ raisedOn: '2026-12-01', evidenceOn: '2026-11-30' })] });
    expect(pitfalls(s, '2026-12-02').identified_late).toBeUndefined();
  });

  describe('from the intake, against the wheel’s planning day', () => {
    const intake = (raisedOn: string, over: Partial<PitfallStudentFacts> = {}) =>
      student({ flags: [flag({ ruleCode: 'inntak_forsteonske', raisedOn, evidenceOn: '2026-07-01' })], mappings: [{ heldOn: '2026-08-20' }], ...over });

    it('is in time on the planning day, late after it', () => {
      expect(pitfalls(intake('2026-08-14'), '2026-08-20').identified_late).toBeUndefined();
      expect(pitfalls(intake('2026-08-17'), '2026-08-20').identified_late).toEqual({
        studentId: 's1',
        classId: '1STA',
        reason: 'after_wheel_deadline',
        facts: { identifiedOn: '2026-08-17', deadline: '2026-08-14' },
      });
    });

    it('holds a student who started by the planning day to it, not one who came after', () => {
      expect(pitfalls(intake('2026-08-17', { enrolledOn: '2026-08-14' }), '2026-08-20').identified_late?.reason).toBe('after_wheel_deadline');
      expect(pitfalls(intake('2026-08-18', { enrolledOn: '2026-08-17' }), '2026-08-20').identified_late).toBeUndefined();
    });

    it('counts ten school days from the start when the school has no wheel date', () => {
      // Evidence in July: the wait starts on the first school day; ten school days on is 31 August.
      expect(pitfalls(intake('2026-08-31'), '2026-09-01', { intakeIdentifiedBy: null }).identified_late).toBeUndefined();
      expect(pitfalls(intake('2026-09-01'), '2026-09-01', { intakeIdentifiedBy: null }).identified_late?.facts).toMatchObject({ deadline: '2026-08-31', schoolDays: 11 });
    });

    it('holds only the intake to the planning day', () => {
      const s = student({ flags: [flag({ raisedOn: '2026-08-20', evidenceOn: '2026-08-18' })] });
      expect(pitfalls(s, '2026-08-21').identified_late).toBeUndefined();
    });
  });
});

describe('not_mapped: identified, and no mapping conversation within three weeks', () => {
  it('is in time up to fifteen school days after the identification, missing from the sixteenth', () => {
    expect(pitfalls(identified(), '2026-11-24').not_mapped).toBeUndefined();
    expect(pitfalls(identified(), '2026-11-25').not_mapped).toEqual({
      studentId: 's1',
      classId: '1STA',
      reason: 'no_mapping_in_time',
      facts: { identifiedOn: '2026-11-02', deadline: '2026-11-24', schoolDays: 16 },
    });
  });

  it('is mapped by a conversation on the identification day or after, up to today', () => {
    expect(pitfalls(identified({ mappings: [{ heldOn: '2026-11-02' }] }), '2026-11-30').not_mapped).toBeUndefined();
    expect(pitfalls(identified({ mappings: [{ heldOn: '2026-11-24' }] }), '2026-11-30').not_mapped).toBeUndefined();
    expect(pitfalls(identified({ mappings: [{ heldOn: '2026-10-30' }] }), '2026-11-30').not_mapped?.reason).toBe('no_mapping_in_time');
    expect(pitfalls(identified({ mappings: [{ heldOn: '2026-12-01' }] }), '2026-11-30').not_mapped?.reason).toBe('no_mapping_in_time');
  });

  it('counts a student identified from the intake from the first school day: Kartlegging A’s date', () => {
    const s = student({ flags: [flag({ ruleCode: 'inntak_lavere_onske', raisedOn: '2026-08-01', evidenceOn: '2026-08-01' })] });
    expect(pitfalls(s, '2026-09-07').not_mapped).toBeUndefined();
    expect(pitfalls(s, '2026-09-08').not_mapped?.facts).toMatchObject({ identifiedOn: '2026-08-01', deadline: '2026-09-07' });
  });

  it('counts a new flag nobody has decided on', () => {
    expect(pitfalls(identified({ flags: [flag({ state: 'ny' })] }), '2026-11-25').not_mapped?.reason).toBe('no_mapping_in_time');
  });

  it('not when the concern was settled without one: resolved, dismissed, dissolved', () => {
    expect(pitfalls(identified({ flags: [flag({ state: 'lost', decidedOn: '2026-11-10', reason: 'Karakteren var feil' })] }), '2026-11-25')).toEqual({});
    expect(pitfalls(identified({ flags: [flag({ state: 'avvist', decidedOn: '2026-11-10', reason: 'Feil' })] }), '2026-11-25')).toEqual({});
    expect(pitfalls(identified({ flags: [flag({ state: 'lost', decidedOn: '2026-11-03', reasonCode: 'evidence_gone' })] }), '2026-11-25')).toEqual({});
    expect(pitfalls(identified({ flags: [flag({ state: 'lost', decidedOn: '2026-11-03', reasonCode: 'merged_into_concern' })] }), '2026-11-25')).toEqual({});
  });

  it('is still open while a case or a closer-follow-up mark is', () => {
    const resolved = flag({ state: 'lost', decidedOn: '2026-11-10', reasonCode: 'iko_closed_with_effect' });
    const openCase = { id: 'c', kind: 'iko' as const, openedOn: '2026-11-04', closedOn: null, outcome: null };
    expect(pitfalls(identified({ flags: [resolved], cases: [openCase] }), '2026-11-25').not_mapped?.facts.identifiedOn).toBe('2026-11-02');
    expect(pitfalls(identified({ flags: [resolved], cases: [{ ...openCase, closedOn: '2026-11-20', outcome: 'avbrutt' }] }), '2026-11-25')).toEqual({});
    expect(pitfalls(identified({ flags: [resolved], cases: [{ ...openCase, closedOn: '2026-11-26', outcome: 'avbrutt' }] }), '2026-11-25').not_mapped).toBeDefined();
    expect(pitfalls(student({ closerFollowUps: [{ setOn: '2026-11-02', endedOn: null }] }), '2026-11-25').not_mapped?.facts.identifiedOn).toBe('2026-11-02');
  });

  it('is still open while one of the flags is, though another was resolved', () => {
    const s = identified({ flags: [flag({ state: 'lost', decidedOn: '2026-11-10', reason: 'Ordnet' }), flag({ id: 'f2', ruleCode: 'melding', raisedOn: '2026-11-03', evidenceOn: '2026-11-03' })] });
    expect(pitfalls(s, '2026-11-25').not_mapped?.reason).toBe('no_mapping_in_time');
  });

  it('is open with a case opened today, closed with one closed today', () => {
    const resolved = flag({ state: 'lost', decidedOn: '2026-11-10', reason: 'Over i sak' });
    expect(pitfalls(identified({ flags: [resolved], cases: [{ id: 'c', kind: 'iko', openedOn: '2026-11-25', closedOn: null, outcome: null }] }), '2026-11-25').not_mapped).toBeDefined();
    expect(pitfalls(identified({ flags: [resolved], cases: [{ id: 'c', kind: 'iko', openedOn: '2026-11-04', closedOn: '2026-11-25', outcome: 'avbrutt' }] }), '2026-11-25')).toEqual({});
  });

  it('is not made open, for a student who left, by a case or a mark begun after they left', () => {
    const resolved = flag({ state: 'lost', decidedOn: '2026-11-10', reason: 'Ordnet' });
    const laterCase = identified({ leftOn: '2026-11-26', flags: [resolved], cases: [{ id: 'c', kind: 'ot_avklaring', openedOn: '2026-11-27', closedOn: null, outcome: null }] });
    expect(pitfalls(laterCase, '2026-11-30')).toEqual({});
    const laterMark = identified({ leftOn: '2026-11-26', flags: [resolved], closerFollowUps: [{ setOn: '2026-11-27', endedOn: null }] });
    expect(pitfalls(laterMark, '2026-11-30')).toEqual({});
  });

  it('counts a mark that ended after the student left as open on the day they left', () => {
    const s = student({ leftOn: '2026-11-26', closerFollowUps: [{ setOn: '2026-11-02', endedOn: '2026-11-27' }] });
    expect(pitfalls(s, '2026-11-30').not_mapped?.facts).toMatchObject({ identifiedOn: '2026-11-02', schoolDays: 17 });
    expect(pitfalls({ ...s, closerFollowUps: [{ setOn: '2026-11-02', endedOn: '2026-11-26' }] }, '2026-11-30')).toEqual({});
  });

  it('does not ask a closed chapter again: a student back in ordinary follow-up is not behind', () => {
    expect(pitfalls(student({ closerFollowUps: [{ setOn: '2026-11-02', endedOn: '2026-11-20' }] }), '2026-11-25')).toEqual({});
  });

  it('stops on the day the student left', () => {
    expect(pitfalls(identified({ leftOn: '2026-11-24' }), '2026-11-30').not_mapped).toBeUndefined();
    expect(pitfalls(identified({ leftOn: '2026-11-26' }), '2026-11-30').not_mapped?.facts).toMatchObject({ schoolDays: 17 });
  });

  it('counts a flag resolved after the student left as open on the day they left', () => {
    const s = identified({ leftOn: '2026-11-26', flags: [flag({ state: 'lost', decidedOn: '2026-11-27', reason: 'Sluttet' })] });
    expect(pitfalls(s, '2026-11-30').not_mapped?.reason).toBe('no_mapping_in_time');
    expect(pitfalls({ ...s, flags: [flag({ state: 'lost', decidedOn: '2026-11-26', reason: 'Sluttet' })] }, '2026-11-30').not_mapped).toBeUndefined();
  });

  it('leaves a student followed up without mapping to the next pitfall', () => {
    const s = identified({ followUpStarts: [{ startedOn: '2026-11-10' }] });
    expect(pitfalls(s, '2026-11-30').not_mapped).toBeUndefined();
    expect(pitfalls(s, '2026-11-30').followed_up_without_mapping).toBeDefined();
  });

  it('asks again after a return: a conversation from before it does not map the new concern', () => {
    const s = student({
      flags: [flag({ id: 'old', raisedOn: '2026-08-20', evidenceOn: '2026-08-20', state: 'lost', decidedOn: '2026-10-15', reason: 'Effekt' }), flag()],
      cases: [{ id: 'c', kind: 'iko', openedOn: '2026-08-21', closedOn: '2026-10-15', outcome: 'effekt' }],
      mappings: [{ heldOn: '2026-08-25' }],
      followUpStarts: [{ startedOn: '2026-09-01' }],
    });
    expect(pitfalls(s, '2026-11-25')).toEqual({ not_mapped: { studentId: 's1', classId: '1STA', reason: 'no_mapping_in_time', facts: { identifiedOn: '2026-11-02', deadline: '2026-11-24', schoolDays: 16 } } });
  });
});

describe('the chapter after a closer-follow-up mark ended', () => {
  it('asks again: the mark’s end is a return to ordinary follow-up', () => {
    const s = student({
      flags: [flag()],
      closerFollowUps: [{ setOn: '2026-08-21', endedOn: '2026-10-15' }],
      mappings: [{ heldOn: '2026-08-25' }],
    });
    expect(pitfalls(s, '2026-11-25').not_mapped?.facts).toMatchObject({ identifiedOn: '2026-11-02' });
  });
});

describe('followed_up_without_mapping: measures started with no mapping before them', () => {
  it('finds measures started with no mapping', () => {
    expect(pitfalls(identified({ followUpStarts: [{ startedOn: '2026-11-10' }] }), '2026-11-11').followed_up_without_mapping).toEqual({
      studentId: 's1',
      classId: '1STA',
      reason: 'measures_before_mapping',
      facts: { identifiedOn: '2026-11-02', followUpStartedOn: '2026-11-10', mappedOn: null },
    });
  });

  it('not when the mapping was the same day as the measures', () => {
    expect(pitfalls(identified({ mappings: [{ heldOn: '2026-11-10' }], followUpStarts: [{ startedOn: '2026-11-10' }] }), '2026-11-11')).toEqual({});
  });

  it('stays after a later mapping until measures start from it', () => {
    const s = identified({ mappings: [{ heldOn: '2026-11-11' }], followUpStarts: [{ startedOn: '2026-11-10' }] });
    expect(pitfalls(s, '2026-11-12').followed_up_without_mapping?.facts).toEqual({ identifiedOn: '2026-11-02', followUpStartedOn: '2026-11-10', mappedOn: '2026-11-11' });
    const replanned = { ...s, followUpStarts: [{ startedOn: '2026-11-12' }, { startedOn: '2026-11-10' }] };
    expect(pitfalls(replanned, '2026-11-12')).toEqual({});
  });

  it('does not count measures from before the identification, nor dated after today', () => {
    expect(pitfalls(identified({ followUpStarts: [{ startedOn: '2026-10-30' }] }), '2026-11-11')).toEqual({});
    expect(pitfalls(identified({ followUpStarts: [{ startedOn: '2026-11-12' }] }), '2026-11-11')).toEqual({});
  });
});

describe('mapped_not_followed_up and slow_to_follow_up: from the mapping to the measures', () => {
  const mapped = (over: Partial<PitfallStudentFacts> = {}) => identified({ mappings: [{ heldOn: '2026-11-02' }], ...over });

  it('waits ten school days after the mapping, then finds no follow-up', () => {
    expect(pitfalls(mapped(), '2026-11-17')).toEqual({});
    expect(pitfalls(mapped(), '2026-11-18').mapped_not_followed_up).toEqual({
      studentId: 's1',
      classId: '1STA',
      reason: 'no_follow_up_in_time',
      facts: { mappedOn: '2026-11-02', deadline: '2026-11-17', schoolDays: 11 },
    });
  });

  it('takes the first mapping, however the records are ordered', () => {
    expect(pitfalls(mapped({ mappings: [{ heldOn: '2026-11-09' }, { heldOn: '2026-11-02' }] }), '2026-11-18').mapped_not_followed_up?.facts.mappedOn).toBe('2026-11-02');
  });

  it('not when the mapping settled the concern', () => {
    expect(pitfalls(mapped({ flags: [flag({ state: 'lost', decidedOn: '2026-11-03', reason: 'Ikke behov' })] }), '2026-12-01')).toEqual({});
  });

  it('finds follow-up that started late, and keeps it apart from follow-up that never started', () => {
    expect(pitfalls(mapped({ followUpStarts: [{ startedOn: '2026-11-16' }] }), '2026-12-01')).toEqual({});
    expect(pitfalls(mapped({ followUpStarts: [{ startedOn: '2026-11-17' }] }), '2026-12-01')).toEqual({});
    expect(pitfalls(mapped({ followUpStarts: [{ startedOn: '2026-11-18' }] }), '2026-12-01')).toEqual({
      slow_to_follow_up: {
        studentId: 's1',
        classId: '1STA',
        reason: 'follow_up_late',
        facts: { mappedOn: '2026-11-02', followUpStartedOn: '2026-11-18', deadline: '2026-11-17', schoolDays: 11 },
      },
    });
  });

  it('measures the wait to the first follow-up after the mapping', () => {
    const s = identified({ mappings: [{ heldOn: '2026-11-03' }], followUpStarts: [{ startedOn: '2026-11-25' }, { startedOn: '2026-11-02' }, { startedOn: '2026-11-19' }] });
    const found = pitfalls(s, '2026-12-01');
    expect(found.slow_to_follow_up?.facts).toMatchObject({ mappedOn: '2026-11-03', followUpStartedOn: '2026-11-19', deadline: '2026-11-18' });
    expect(found.followed_up_without_mapping).toBeUndefined();
    expect(found.mapped_not_followed_up).toBeUndefined();
  });

  it('counts measures started on the mapping day as following it', () => {
    expect(pitfalls(mapped({ followUpStarts: [{ startedOn: '2026-11-02' }, { startedOn: '2026-11-20' }] }), '2026-12-01')).toEqual({});
  });

  it('leaves measures that came before the mapping to followed_up_without_mapping', () => {
    const found = pitfalls(identified({ mappings: [{ heldOn: '2026-11-03' }], followUpStarts: [{ startedOn: '2026-11-02' }] }), '2026-12-01');
    expect(Object.keys(found)).toEqual(['followed_up_without_mapping']);
  });

  it('takes the threshold given', () => {
    const thresholds = { ...pitfallThresholds, followUpSchoolDays: 11 };
    expect(pitfalls(mapped(), '2026-11-18', { thresholds }).mapped_not_followed_up).toBeUndefined();
    expect(pitfalls(mapped({ followUpStarts: [{ startedOn: '2026-11-18' }] }), '2026-12-01', { thresholds }).slow_to_follow_up).toBeUndefined();
  });
});

describe('no_effect: followed up, and the measures did not work', () => {
  const followed = (over: Partial<PitfallStudentFacts> = {}) => identified({ mappings: [{ heldOn: '2026-11-03' }], followUpStarts: [{ startedOn: '2026-11-05' }], ...over });
  const evaluation = (evaluatedOn: string, satisfactory: boolean) => ({ evaluatedOn, satisfactory });

  it('not after one evaluation without effect: the plan is adjusted and goes on', () => {
    expect(pitfalls(followed({ evaluations: [evaluation('2026-11-26', false)] }), '2026-12-01')).toEqual({});
  });

  it('after two in a row', () => {
    expect(pitfalls(followed({ evaluations: [evaluation('2026-12-10', false), evaluation('2026-11-26', false)] }), '2026-12-11').no_effect).toEqual({
      studentId: 's1',
      classId: '1STA',
      reason: 'unsatisfactory_evaluations',
      facts: { evaluations: 2, decidedOn: '2026-12-10' },
    });
  });

  it('not when an evaluation with effect came between, but when two without came after one with', () => {
    expect(pitfalls(followed({ evaluations: [evaluation('2026-11-20', false), evaluation('2026-11-26', true), evaluation('2026-12-10', false)] }), '2026-12-11')).toEqual({});
    expect(
      pitfalls(followed({ evaluations: [evaluation('2026-11-20', true), evaluation('2026-11-26', false), evaluation('2026-12-10', false)] }), '2026-12-11').no_effect?.facts,
    ).toEqual({ evaluations: 2, decidedOn: '2026-12-10' });
  });

  it('counts only evaluations from the identification to today', () => {
    expect(pitfalls(followed({ evaluations: [evaluation('2026-10-30', false), evaluation('2026-11-26', false)] }), '2026-12-11')).toEqual({});
    expect(pitfalls(followed({ evaluations: [evaluation('2026-11-26', false), evaluation('2026-12-12', false)] }), '2026-12-11')).toEqual({});
  });

  it('takes the threshold given', () => {
    const thresholds = { ...pitfallThresholds, unsatisfactoryEvaluationsInARow: 3 };
    expect(pitfalls(followed({ evaluations: [evaluation('2026-11-26', false), evaluation('2026-12-10', false)] }), '2026-12-11', { thresholds })).toEqual({});
  });

  it('finds a case closed without effect', () => {
    const s = followed({ cases: [{ id: 'c', kind: 'fravaer', openedOn: '2026-11-04', closedOn: '2026-12-01', outcome: 'ikke_effekt' }] });
    expect(pitfalls(s, '2026-12-02').no_effect).toEqual({ studentId: 's1', classId: '1STA', reason: 'closed_without_effect', facts: { caseId: 'c', decidedOn: '2026-12-01' } });
    expect(pitfalls(s, '2026-11-30').no_effect).toBeUndefined();
  });

  it('finds a student who left or failed while followed up, not one who left before it began', () => {
    expect(pitfalls(followed({ leftOn: '2026-11-05' }), '2026-12-02').no_effect).toMatchObject({ reason: 'left_under_follow_up', facts: { followUpStartedOn: '2026-11-05', leftOn: '2026-11-05' } });
    expect(pitfalls(followed({ leftOn: '2026-11-04' }), '2026-12-02').no_effect).toBeUndefined();
    expect(pitfalls(followed({ failedOn: '2027-06-10' }), '2027-06-15').no_effect).toMatchObject({ reason: 'failed_under_follow_up', facts: { followUpStartedOn: '2026-11-05', failedOn: '2027-06-10' } });
    expect(pitfalls(followed({ failedOn: '2026-11-04' }), '2027-06-15').no_effect).toBeUndefined();
    expect(pitfalls(followed({ failedOn: '2027-06-16' }), '2027-06-15').no_effect).toBeUndefined();
  });

  it('counts failing on the day follow-up began and on today, not leaving after today', () => {
    expect(pitfalls(followed({ failedOn: '2026-11-05' }), '2026-12-02').no_effect?.reason).toBe('failed_under_follow_up');
    expect(pitfalls(followed({ failedOn: '2026-12-02' }), '2026-12-02').no_effect?.reason).toBe('failed_under_follow_up');
    expect(pitfalls(followed({ leftOn: '2026-12-03' }), '2026-12-02').no_effect).toBeUndefined();
  });

  it('gives leaving before failing, and failing before a closed case', () => {
    const s = followed({
      leftOn: '2026-12-01',
      failedOn: '2026-11-30',
      cases: [{ id: 'c', kind: 'fravaer', openedOn: '2026-11-04', closedOn: '2026-11-20', outcome: 'ikke_effekt' }],
    });
    expect(pitfalls(s, '2026-12-02').no_effect?.reason).toBe('left_under_follow_up');
    expect(pitfalls({ ...s, leftOn: null }, '2026-12-02').no_effect?.reason).toBe('failed_under_follow_up');
    expect(pitfalls({ ...s, leftOn: null, failedOn: null }, '2026-12-02').no_effect?.reason).toBe('closed_without_effect');
  });
});

describe('the wait, counted in school days as the deadlines are', () => {
  /**
   * School days after the first school day on or after `from`, up to the first school day on or
   * after `to`: a deadline on a Friday has passed on the Saturday.
   */
  const waited = (from: string, to: string) => {
    const days = schoolDaysBetween(calendar, from, addSchoolDays(calendar, to, 0));
    return Math.max(days.length - 1, 0);
  };

  it('finds a late identification exactly when more than ten school days were waited (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 150 }), fc.integer({ min: 0, max: 40 }), (offset, lag) => {
        const evidenceOn = addDays('2026-08-17', offset);
        const raisedOn = addDays(evidenceOn, lag);
        const found = pitfalls(student({ flags: [flag({ raisedOn, evidenceOn })] }), raisedOn).identified_late;
        expect(found !== undefined).toBe(waited(evidenceOn, raisedOn) > 10);
        if (found) expect(found.facts.schoolDays).toBeGreaterThanOrEqual(10);
      }),
    );
  });

  it('finds a missing mapping exactly when more than fifteen school days have passed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 50 }), (offset, lag) => {
        const raisedOn = addDays('2026-08-17', offset);
        const today = addDays(raisedOn, lag);
        const found = pitfalls(identified({ flags: [flag({ raisedOn, evidenceOn: raisedOn })] }), today).not_mapped;
        expect(found !== undefined).toBe(waited(raisedOn, today) > 15);
      }),
    );
  });
});

describe('the report for a school', () => {
  it('lists every key, each with the students behind it in the order given', () => {
    const students = [
      student({ studentId: 'a', classId: '1STA', leftOn: '2026-11-20' }),
      identified({ studentId: 'b', classId: '1STB' }),
      identified({ studentId: 'c', classId: '1STA' }),
      student({ studentId: 'd' }),
    ];
    const report = findPitfalls(students, { today: '2026-11-25', calendar, intakeIdentifiedBy: '2026-08-14' });
    expect(Object.keys(report)).toEqual(pitfallKeys);
    expect(report.not_identified.map((f) => f.studentId)).toEqual(['a']);
    expect(report.not_mapped.map((f) => [f.studentId, f.classId])).toEqual([
      ['b', '1STB'],
      ['c', '1STA'],
    ]);
    expect(report.no_effect).toEqual([]);
  });

  it('uses the default thresholds unless given others', () => {
    const report = findPitfalls([identified()], { today: '2026-11-25', calendar, intakeIdentifiedBy: null, thresholds: { ...pitfallThresholds, mappingSchoolDays: 16 } });
    expect(report.not_mapped).toEqual([]);
  });
});
