import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../../shared/case-api';
import {
  atFormRows,
  checkPlan,
  forSaving,
  evaluationLimitFor,
  evaluationRows,
  defaultWeekPlanStart,
  latestConversation,
  nextWeekdayOnOrAfter,
  planDraft,
  problemsFromDetails,
  tiltaksplanDraft,
  weekPlanDates,
  weekPlanDraft,
  withoutEmptyRows,
  type DraftContext,
} from './plan-drafts';

const wednesday = 3;

function conversation(over: Partial<Conversation>): Conversation {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    guide: 'fravaer-kartlegging-elev',
    heldOn: '2026-09-14',
    participants: [{ name: 'Kari Lærer', role: 'Kontaktlærer' }],
    answers: {},
    summary: 'Samtale med eleven.',
    causeCategories: [],
    maintainingFactors: [],
    nextSteps: '',
    step: 'kartlegging',
    createdBy: 'Kari Lærer',
    createdAt: '2026-09-14T10:00:00Z',
    ...over,
  };
}

const context = (over: Partial<DraftContext> = {}): DraftContext => ({
  today: '2026-09-16',
  latestEvaluationOn: '2026-10-14',
  conversations: [],
  weekPlanStartWeekday: wednesday,
  ...over,
});

describe('week plan dates', () => {
  it('finds the next Wednesday on or after a date', () => {
    expect(nextWeekdayOnOrAfter('2026-09-14', wednesday)).toBe('2026-09-16'); // Monday → Wednesday
    expect(nextWeekdayOnOrAfter('2026-09-16', wednesday)).toBe('2026-09-16'); // Wednesday itself
    expect(nextWeekdayOnOrAfter('2026-09-17', wednesday)).toBe('2026-09-23'); // Thursday → next week
  });

  it('starts a new week plan on the Wednesday after today, even when today is a Wednesday', () => {
    expect(defaultWeekPlanStart('2026-09-14', wednesday)).toBe('2026-09-16');
    expect(defaultWeekPlanStart('2026-09-16', wednesday)).toBe('2026-09-23');
    expect(defaultWeekPlanStart('2026-09-20', wednesday)).toBe('2026-09-23'); // Sunday
  });

  it('gives the school days of the eight days from Wednesday to Wednesday, the weekend left out', () => {
    expect(weekPlanDates('2026-09-16')).toEqual(['2026-09-16', '2026-09-17', '2026-09-18', '2026-09-21', '2026-09-22', '2026-09-23']);
  });

  it('covers eight days from any start', () => {
    // Monday to Monday: six school days, the last the Monday after.
    expect(weekPlanDates('2026-09-14')).toEqual(['2026-09-14', '2026-09-15', '2026-09-16', '2026-09-17', '2026-09-18', '2026-09-21']);
  });

  it('makes an empty entry for every school day, which the plan leaves out unless written in', () => {
    const draft = weekPlanDraft('2026-09-16');
    expect(draft.entries.map((e) => e.on)).toHaveLength(6);
    draft.entries[1] = { ...draft.entries[1]!, what: 'Møter på skolen, og reiser til gården.', time: '10.30 – 11.00' };
    const saved = withoutEmptyRows('ukeplan', draft);
    expect(saved.entries).toEqual([{ on: '2026-09-17', time: '10.30 – 11.00', what: 'Møter på skolen, og reiser til gården.', where: '', withWhom: '' }]);
    expect(checkPlan('ukeplan', saved)).toMatchObject({ ok: true });
  });
});

describe('a tiltaksplan drafted from the mapping', () => {
  it('has a row for each maintaining factor of the latest conversation', () => {
    const older = conversation({ heldOn: '2026-09-10', maintainingFactors: ['Gammel faktor'] });
    const latest = conversation({
      id: '00000000-0000-4000-8000-000000000002',
      heldOn: '2026-09-15',
      maintainingFactors: ['Mor drar på jobb før skolebussen går om morgenen', 'Opplever lite faglig mestring i matematikk'],
    });
    const draft = tiltaksplanDraft(context({ conversations: [latest, older] }));
    expect(draft.rows.map((r) => r.maintainingFactor)).toEqual([
      'Mor drar på jobb før skolebussen går om morgenen',
      'Opplever lite faglig mestring i matematikk',
    ]);
    expect(draft.rows.every((r) => r.measure === '' && r.measureCode === null && r.responsible === '')).toBe(true);
  });

  it('has one empty row when no conversation named a factor', () => {
    expect(tiltaksplanDraft(context()).rows).toHaveLength(1);
  });

  it('runs for three weeks from today, with the evaluation meeting no later than the staircase allows', () => {
    const draft = tiltaksplanDraft(context({ latestEvaluationOn: '2026-10-02' }));
    expect(draft.startsOn).toBe('2026-09-16');
    expect(draft.endsOn).toBe('2026-10-07');
    expect(draft.evaluationMeeting.on).toBe('2026-10-02');
    expect(tiltaksplanDraft(context({ latestEvaluationOn: '2026-10-20' })).evaluationMeeting.on).toBe('2026-10-07');
  });

  it('picks the conversation held last, and of two the same day the one recorded last', () => {
    const a = conversation({ heldOn: '2026-09-15', createdAt: '2026-09-15T08:00:00Z', summary: 'a' });
    const b = conversation({ heldOn: '2026-09-15', createdAt: '2026-09-15T12:00:00Z', summary: 'b' });
    const c = conversation({ heldOn: '2026-09-12', createdAt: '2026-09-16T12:00:00Z', summary: 'c' });
    expect(latestConversation([a, c, b])?.summary).toBe('b');
    expect(latestConversation([])).toBeNull();
  });
});

describe('checking a plan before it is saved', () => {
  it('names every empty required field by its path', () => {
    const draft = withoutEmptyRows('tiltaksplan', tiltaksplanDraft(context({ conversations: [conversation({ maintainingFactors: ['Faktor'] })] })));
    const result = checkPlan('tiltaksplan', draft, '2026-10-14');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: 'content.longTermGoals', code: 'needsOne' },
        { path: 'content.shortTermGoals', code: 'needsOne' },
        { path: 'content.rows.0.measure', code: 'required' },
        { path: 'content.rows.0.responsible', code: 'required' },
      ]),
    );
  });

  it('refuses an evaluation meeting later than the latest date, and one before the start', () => {
    const draft = tiltaksplanDraft(context());
    const whole = {
      ...draft,
      longTermGoals: ['Komme tilbake til skolen og være i klassen.'],
      shortTermGoals: ['Komme til skolen med bussen om morgenen.'],
      rows: [{ maintainingFactor: 'Faktor', measure: 'Tiltak', measureCode: null, responsible: 'Kontaktlærer', planB: '', evaluation: '' }],
    };
    expect(checkPlan('tiltaksplan', { ...whole, evaluationMeeting: { on: '2026-10-15', time: '', place: '' } }, '2026-10-14')).toEqual({
      ok: false,
      problems: [{ path: 'content.evaluationMeeting.on', code: 'evaluation_too_late' }],
    });
    expect(checkPlan('tiltaksplan', { ...whole, evaluationMeeting: { on: '2026-09-01', time: '', place: '' } }, '2026-10-14')).toEqual({
      ok: false,
      problems: [{ path: 'content.evaluationMeeting.on', code: 'evaluation_before_start' }],
    });
    expect(checkPlan('tiltaksplan', whole, '2026-10-14')).toMatchObject({ ok: true });
  });

  it('calls a missing date a date problem', () => {
    const draft = { ...planDraft('aktivitetsplan', context()), problem: 'Eleven blir holdt utenfor i friminuttene.' };
    draft.measures = [{ measure: 'Voksen i friminuttene', measureCode: 'udir-1', level: 'skole', when: 'Hvert friminutt', responsible: 'Inspektør', evaluateOn: '' }];
    expect(checkPlan('aktivitetsplan', draft)).toEqual({ ok: false, problems: [{ path: 'content.measures.0.evaluateOn', code: 'date' }] });
  });

  it('leaves out responsibilities nobody wrote in, and makes an empty due date no date', () => {
    const draft = planDraft('oppfolgingsplan', context());
    draft.responsibilities = [
      { who: 'Rådgiver', task: 'Samtale hver uke', dueOn: '', measureCode: null } as unknown as (typeof draft.responsibilities)[number],
      { who: '', task: '', dueOn: null, measureCode: null },
    ];
    expect(withoutEmptyRows('oppfolgingsplan', draft).responsibilities).toEqual([{ who: 'Rådgiver', task: 'Samtale hver uke', dueOn: null, measureCode: null }]);
  });
});

describe("the server's validation details", () => {
  it('land on the fields of the content whatever the prefix', () => {
    expect(
      problemsFromDetails([
        { path: 'content.rows.0.measure', message: 'must not be empty' },
        { path: 'body.content.startsOn', message: 'must be a date' },
        { path: 'rows.1.responsible', message: 'must not be empty' },
        { path: 'content.evaluationMeeting.on', message: 'is later than the latest evaluation date' },
      ]),
    ).toEqual([
      { path: 'content.rows.0.measure', code: 'refused' },
      { path: 'content.startsOn', code: 'refused' },
      { path: 'content.rows.1.responsible', code: 'refused' },
      { path: 'content.evaluationMeeting.on', code: 'evaluation_too_late' },
    ]);
  });
});

describe('the rows an evaluation notes on', () => {
  it('are the maintaining factors with their measures, in the order of the plan', () => {
    const content = {
      ...tiltaksplanDraft(context()),
      rows: [
        { maintainingFactor: 'Mor drar på jobb før bussen går', measure: 'Mor følger på bussen de neste to ukene', measureCode: null, responsible: 'Mor', planB: '', evaluation: '' },
        { maintainingFactor: 'Lite mestring i matematikk', measure: 'M4-prøve og tilpasset undervisning', measureCode: null, responsible: 'Faglærer', planB: '', evaluation: '' },
      ],
    };
    expect(evaluationRows('tiltaksplan', content)).toEqual([
      'Mor drar på jobb før bussen går → Mor følger på bussen de neste to ukene',
      'Lite mestring i matematikk → M4-prøve og tilpasset undervisning',
    ]);
    expect(evaluationRows('ukeplan', weekPlanDraft('2026-09-16'))).toEqual([]);
  });
});

describe('the latest evaluation date the form checks', () => {
  it("is the case's while the plan starts today or earlier, and left to the server for a later start", () => {
    expect(evaluationLimitFor('2026-09-16', '2026-09-16', '2026-10-07')).toBe('2026-10-07');
    expect(evaluationLimitFor('2026-09-14', '2026-09-16', '2026-10-07')).toBe('2026-10-07');
    expect(evaluationLimitFor('2026-09-21', '2026-09-16', '2026-10-07')).toBeUndefined();
  });
});

describe('rows nobody wrote in', () => {
  it('are left out of what is saved, and a problem in what is saved is shown at the row of the form', () => {
    const draft = tiltaksplanDraft(context());
    const content = {
      ...draft,
      longTermGoals: ['', 'Komme tilbake til skolen.'],
      rows: [
        { maintainingFactor: '', measure: '', measureCode: null, responsible: '', planB: '', evaluation: '' },
        { maintainingFactor: 'Faktor', measure: 'Tiltak', measureCode: null, responsible: '', planB: '', evaluation: '' },
      ],
    };
    const { content: saved, kept } = forSaving('tiltaksplan', content);
    expect(saved.longTermGoals).toEqual(['Komme tilbake til skolen.']);
    expect(saved.rows).toHaveLength(1);
    expect(kept.rows).toEqual([1]);
    const result = checkPlan('tiltaksplan', saved);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(atFormRows(result.problems, kept)).toEqual(
      expect.arrayContaining([
        { path: 'content.rows.1.responsible', code: 'required' },
        { path: 'content.shortTermGoals', code: 'needsOne' },
      ]),
    );
  });
});
