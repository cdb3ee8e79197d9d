import { describe, expect, it } from 'vitest';
import type { PlanWithContent } from '../plans/plan-content.js';
import { hasFollowUpToPassOn, matchName, offersOvergang, prefillOvergangSummary, summaryProblems, type SummaryFacts } from './follow-up-to-pass-on.js';

describe('a follow-up worth passing on', () => {
  it('is an open case, however old', () => {
    expect(hasFollowUpToPassOn([{ status: 'aapen', closedOn: null }], '2026-08-20')).toBe(true);
  });

  it('is a case closed within the last twelve months, to the day', () => {
    expect(hasFollowUpToPassOn([{ status: 'avsluttet', closedOn: '2025-08-20' }], '2026-08-20')).toBe(true);
    expect(hasFollowUpToPassOn([{ status: 'avsluttet', closedOn: '2025-08-19' }], '2026-08-20')).toBe(false);
  });

  it('counts back to the last day of a shorter month', () => {
    expect(hasFollowUpToPassOn([{ status: 'avsluttet', closedOn: '2026-02-28' }], '2027-02-28')).toBe(true);
    expect(hasFollowUpToPassOn([{ status: 'avsluttet', closedOn: '2025-02-28' }], '2026-02-28')).toBe(true);
    expect(hasFollowUpToPassOn([{ status: 'avsluttet', closedOn: '2024-02-28' }], '2025-02-28')).toBe(true);
    expect(hasFollowUpToPassOn([{ status: 'avsluttet', closedOn: '2024-02-28' }], '2025-03-01')).toBe(false);
  });

  it('counts back to the same day of the month when that month has it', () => {
    expect(hasFollowUpToPassOn([{ status: 'avsluttet', closedOn: '2025-05-31' }], '2026-05-31')).toBe(true);
    expect(hasFollowUpToPassOn([{ status: 'avsluttet', closedOn: '2025-05-30' }], '2026-05-31')).toBe(false);
  });

  it('is nothing without a case', () => {
    expect(hasFollowUpToPassOn([], '2026-08-20')).toBe(false);
  });
});

const tiltaksplan = (measures: string[]): PlanWithContent => ({
  kind: 'tiltaksplan',
  content: {
    longTermGoals: ['Gå på skolen hver dag'],
    shortTermGoals: ['Møte første time'],
    rows: measures.map((measure) => ({ maintainingFactor: 'Vondt i magen', measure, measureCode: null, responsible: 'Kontaktlærer', planB: '', evaluation: '' })),
    startsOn: '2026-02-02',
    endsOn: '2026-03-13',
    evaluationMeeting: { on: '2026-03-13', time: '', place: '' },
  },
});

describe('the summary’s first draft', () => {
  const responsible = (name: string) => ({ name, role: 'kontaktlærer', email: `${name.toLowerCase()}@skole.no` });
  const facts: SummaryFacts = {
    cases: [
      { status: 'avsluttet', outcome: 'effekt', openedOn: '2025-10-01', responsible: responsible('Kari') },
      { status: 'avsluttet', outcome: 'effekt', openedOn: '2026-02-01', responsible: responsible('Ola') },
    ],
    conversations: [
      { causeCategories: ['livet_utenfor', 'ukjent_kode'], maintainingFactors: ['Vondt i magen om morgenen', ' '] },
      { causeCategories: ['livet_utenfor'], maintainingFactors: ['Vondt i magen om morgenen'] },
    ],
    plans: [
      { plan: tiltaksplan(['Hentes av en voksen', 'Fast plass i klasserommet']), helped: true },
      { plan: tiltaksplan(['Redusert timeplan']), helped: false },
    ],
  };

  it('takes the causes once each, the categories in the school’s målform first', () => {
    expect(prefillOvergangSummary(facts, 'nb').causes).toEqual(['Livet utenfor', 'Vondt i magen om morgenen']);
    expect(prefillOvergangSummary(facts, 'nn').causes[0]).toBe('Livet utanfor');
  });

  it('names only the measures that helped, and none of a week plan', () => {
    expect(prefillOvergangSummary(facts, 'nb').helped).toEqual(['Hentes av en voksen', 'Fast plass i klasserommet']);
    const week: PlanWithContent = { kind: 'ukeplan', content: { startsOn: '2026-02-04', entries: [{ on: '2026-02-04', what: 'Første time', who: 'Kontaktlærer', done: null }] } } as unknown as PlanWithContent;
    expect(prefillOvergangSummary({ ...facts, plans: [{ plan: week, helped: true }] }, 'nb').helped).toEqual([]);
  });

  it('makes the latest case’s responsible person the contact, or the open case’s when there is one', () => {
    expect(prefillOvergangSummary(facts, 'nb').contactPerson).toEqual({ name: 'Ola', role: 'kontaktlærer', phone: null, email: 'ola@skole.no' });
    const open = { ...facts, cases: [{ status: 'aapen', outcome: null, openedOn: '2025-09-01', responsible: responsible('Per') }, ...facts.cases] };
    expect(prefillOvergangSummary(open, 'nb').contactPerson.name).toBe('Per');
    // In the order they were opened, whatever order they come in; the latest open one of several.
    const reversed = { ...facts, cases: [...facts.cases].reverse() };
    expect(prefillOvergangSummary(reversed, 'nb').contactPerson.name).toBe('Ola');
    const twoOpen = { ...facts, cases: [{ status: 'aapen', outcome: null, openedOn: '2026-03-01', responsible: responsible('Siv') }, { status: 'aapen', outcome: null, openedOn: '2025-09-01', responsible: responsible('Per') }, ...facts.cases] };
    expect(prefillOvergangSummary(twoOpen, 'nb').contactPerson.name).toBe('Siv');
  });

  it('leaves the contact empty without a case, and the summary then has problems', () => {
    const empty = prefillOvergangSummary({ cases: [], conversations: [], plans: [] }, 'nb');
    expect(empty).toEqual({ causes: [], helped: [], contactPerson: { name: '', role: '', phone: null, email: null }, note: null });
    expect(summaryProblems(empty)).toEqual(['causes_or_helped', 'contact_person']);
    expect(summaryProblems(prefillOvergangSummary(facts, 'nb'))).toEqual([]);
    expect(summaryProblems({ ...empty, helped: ['Noe'], contactPerson: { ...empty.contactPerson, name: '  ' } })).toEqual(['contact_person']);
    expect(summaryProblems({ ...empty, causes: ['Noe'], contactPerson: { ...empty.contactPerson, name: 'Kari' } })).toEqual([]);
  });
});

describe('names compared for a match', () => {
  it('ignores case, repeated spaces and how the letters were composed', () => {
    expect(matchName('  Åse  Marie', 'Nilsen ')).toBe(matchName('åse marie', 'NILSEN'));
    expect(matchName('A\u030Ase', 'Nilsen')).toBe(matchName('Åse', 'Nilsen'));
    expect(matchName('Åse', 'Nilsen')).not.toBe(matchName('Åse', 'Nielsen'));
    expect(matchName('Anne Marie', 'Li')).not.toBe(matchName('Annemarie', 'Li'));
  });
});

describe('whether the former school’s page offers the summary', () => {
  const base = { followUp: true, hasSummary: false, asked: false, leftSchool: false, schoolKind: 'ungdomsskole' as const, level: '9' };
  it('offers it for a student with a follow-up in the last trinn, or who has left', () => {
    expect(offersOvergang(base)).toBe(false);
    expect(offersOvergang({ ...base, level: '10' })).toBe(true);
    expect(offersOvergang({ ...base, schoolKind: 'barneskole', level: '7' })).toBe(true);
    expect(offersOvergang({ ...base, schoolKind: 'kombinert', level: '7' })).toBe(false);
    expect(offersOvergang({ ...base, schoolKind: 'kombinert', level: '10' })).toBe(true);
    // A student without a class is in no last trinn, also where the kind has none.
    expect(offersOvergang({ ...base, schoolKind: 'vgs', level: null })).toBe(false);
    expect(offersOvergang({ ...base, schoolKind: 'vgs', level: 'Vg3' })).toBe(false);
    expect(offersOvergang({ ...base, level: null, leftSchool: true })).toBe(true);
  });

  it('does not offer it without a follow-up, unless a summary is saved or a school has asked', () => {
    const none = { ...base, followUp: false, level: '10', leftSchool: true };
    expect(offersOvergang(none)).toBe(false);
    expect(offersOvergang({ ...none, hasSummary: true })).toBe(true);
    expect(offersOvergang({ ...none, asked: true })).toBe(true);
  });
});
