import { describe, expect, it } from 'vitest';
import { existingCaseIdIn, fieldPath, problemCodeIn, problemKey, problemsAt, unplacedProblems } from './field-problems';

const details = [
  { path: 'body.reason', message: 'must say why' },
  { path: 'body.consent', message: 'consent_missing' },
  { path: 'body.consent.givenOn', message: 'must be a date written YYYY-MM-DD' },
  { path: 'body.checklist.confirmed.ikke-anonym', message: 'must be confirmed: The report cannot be sent anonymously.' },
  { path: 'params.caseId', message: 'Invalid UUID' },
];

describe('field problems', () => {
  it('names a field without the part of the request it came in', () => {
    expect(fieldPath('body.consent.givenBy')).toBe('consent.givenBy');
    expect(fieldPath('query.overdueOnly')).toBe('overdueOnly');
    expect(fieldPath('body')).toBe('');
    expect(fieldPath('bodyguard')).toBe('bodyguard');
  });

  it('gives a field its own problems and those inside it', () => {
    expect(problemsAt(details, 'consent').map((d) => d.path)).toEqual(['body.consent', 'body.consent.givenOn']);
    expect(problemsAt(details, 'consent.givenOn').map((d) => d.path)).toEqual(['body.consent.givenOn']);
    expect(problemsAt(details, 'reason')).toHaveLength(1);
    // A field whose name starts like another's is not the other.
    expect(problemsAt([{ path: 'body.reasonable', message: 'x' }], 'reason')).toEqual([]);
  });

  it('leaves what no field claims for the form', () => {
    expect(unplacedProblems(details, ['reason', 'consent', 'checklist']).map((d) => d.path)).toEqual(['params.caseId']);
    expect(problemsAt(details, 'checklist.confirmed.ikke-anonym')).toHaveLength(1);
  });

  it('finds a known reason code in a message, not a longer word that contains it', () => {
    expect(problemCodeIn('consent_missing')).toBe('consent_missing');
    expect(problemCodeIn('Referral refused (student_too_young_for_own_consent)')).toBe('student_too_young_for_own_consent');
    expect(problemCodeIn('must say why')).toBeNull();
    expect(problemCodeIn('no_consent_missing_here')).toBeNull();
  });

  it('knows the server’s referral, opening and contact problems by their path', () => {
    expect(problemKey({ path: 'body.consent', message: 'a referral to PPT or BUP needs consent' })).toBe('cases.problem.consent_missing');
    expect(problemKey({ path: 'body.checklist.confirmed.ikke-anonym', message: 'must be confirmed: …' })).toBe('cases.problem.checklist_item');
    expect(problemKey({ path: 'body.checklist.descriptions', message: 'the report must describe …' })).toBe('cases.problem.describe_beyond_absence');
    expect(problemKey({ path: 'body.guardiansInformedOn', message: 'the school tells the guardians' })).toBe('cases.problem.guardians_not_informed');
    expect(problemKey({ path: 'body.flagId', message: 'is not a flag of this student' })).toBe('cases.problem.flag_not_of_student');
    expect(problemKey({ path: 'body.contactedName', message: 'say who was contacted' })).toBe('cases.problem.who_missing');
  });

  it('says a refused transition’s missing requirement in the app’s words', () => {
    expect(problemKey({ path: 'requirement', message: 'kontakt_logget' })).toBe('cases.requirement.kontakt_logget');
    expect(problemKey({ path: 'requirement', message: 'something else' })).toBeNull();
  });

  it('leaves other messages to be shown as the server wrote them', () => {
    expect(problemKey({ path: 'body.reason', message: 'must say why' })).toBeNull();
  });

  it('finds the open case a refused opening points to', () => {
    expect(existingCaseIdIn([{ path: 'existingCaseId', message: '0b6f3c1e-9a55-4d3f-8d0e-2f7c1a2b3c4d' }])).toBe('0b6f3c1e-9a55-4d3f-8d0e-2f7c1a2b3c4d');
    expect(existingCaseIdIn([])).toBeNull();
  });
});
