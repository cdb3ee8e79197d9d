import { describe, expect, it } from 'vitest';
import { formPath, planBody, planDraftFrom, planProblems } from './ot-plan-draft';

describe('planDraftFrom', () => {
  it('starts a new version from the current plan, with dates to fill in as text', () => {
    expect(planDraftFrom({ goal: 'Læreplass', steps: [{ what: 'Søke', who: 'Ungdommen', by: '2027-01-15' }, { what: 'Møte NAV', who: 'OT', by: null }] })).toEqual({
      goal: 'Læreplass',
      steps: [
        { what: 'Søke', who: 'Ungdommen', by: '2027-01-15' },
        { what: 'Møte NAV', who: 'OT', by: '' },
      ],
    });
  });

  it('gives one empty step when there is no plan, or a plan without steps', () => {
    expect(planDraftFrom(null)).toEqual({ goal: '', steps: [{ what: '', who: '', by: '' }] });
    expect(planDraftFrom({ goal: 'Mål', steps: [] }).steps).toEqual([{ what: '', who: '', by: '' }]);
  });
});

describe('planProblems', () => {
  it('asks for the goal, and for what and who of every step with anything in it', () => {
    expect(
      planProblems({
        goal: '  ',
        steps: [
          { what: '', who: '', by: '' },
          { what: 'Søke', who: '', by: '' },
          { what: '', who: '', by: '2027-01-01' },
        ],
      }),
    ).toEqual([
      { path: 'goal', code: 'missing' },
      { path: 'steps.1.who', code: 'missing' },
      { path: 'steps.2.what', code: 'missing' },
      { path: 'steps.2.who', code: 'missing' },
    ]);
  });

  it('finds nothing in a filled-in plan', () => {
    expect(planProblems({ goal: 'Mål', steps: [{ what: 'Søke', who: 'Ungdommen', by: '' }] })).toEqual([]);
  });
});

describe('planBody and formPath', () => {
  it('leaves out blank steps, trims, and names the form row each step came from', () => {
    const body = planBody({
      goal: ' Læreplass ',
      steps: [
        { what: '', who: '', by: '' },
        { what: ' Søke ', who: 'Ungdommen', by: '2027-01-15' },
        { what: '', who: ' ', by: '' },
        { what: 'Møte', who: 'OT', by: '' },
      ],
    });
    expect(body).toEqual({
      goal: 'Læreplass',
      steps: [
        { what: 'Søke', who: 'Ungdommen', by: '2027-01-15' },
        { what: 'Møte', who: 'OT', by: null },
      ],
      rows: [1, 3],
    });
    expect(formPath('steps.1.by', body.rows)).toBe('steps.3.by');
    expect(formPath('steps.0', body.rows)).toBe('steps.1');
    expect(formPath('steps', body.rows)).toBe('steps');
    expect(formPath('goal', body.rows)).toBe('goal');
    expect(formPath('steps.7.what', body.rows)).toBe('steps.7.what');
  });
});
