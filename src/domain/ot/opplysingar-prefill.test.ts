import { describe, expect, it } from 'vitest';
import { opplysingarLimits, prefillOpplysingar, type OpplysingarFacts } from './opplysingar-prefill.js';

const facts = (over: Partial<OpplysingarFacts> = {}): OpplysingarFacts => ({
  className: '1STA',
  programme: 'Studiespesialisering',
  level: 'Vg1',
  absence: {
    from: '2026-08-17',
    to: '2026-11-23',
    records: [
      { date: '2026-11-02', scope: 'dag', hours: 6, type: 'udokumentert' },
      { date: '2026-11-03', scope: 'time', hours: 1, type: 'dokumentert' },
      { date: '2026-11-04', scope: 'time', hours: 1, type: 'forsentkomming' },
    ],
  },
  grades: [
    { subjectCode: 'MAT1019', subjectName: 'Matematikk 1T', kind: 'midtveis', value: '3', givenOn: '2026-10-01' },
    { subjectCode: 'MAT1019', subjectName: 'Matematikk 1T', kind: 'halvaar', value: '1', givenOn: '2026-11-20' },
    { subjectCode: 'NOR1267', subjectName: 'Norsk', kind: 'halvaar', value: '4', givenOn: '2026-11-20' },
  ],
  earlierPlans: [
    {
      caseKind: 'fravaer',
      madeOn: '2026-10-12',
      plan: {
        kind: 'tiltaksplan',
        content: {
          longTermGoals: ['Tilbake'],
          shortTermGoals: ['Møte'],
          rows: [{ maintainingFactor: 'Gruer seg', measure: 'Fast voksen om morgenen', measureCode: null, responsible: 'Kontaktlærer', planB: '', evaluation: '' }],
          startsOn: '2026-10-12',
          endsOn: '2026-10-30',
          evaluationMeeting: { on: '2026-10-30', time: '', place: '' },
        },
      },
    },
  ],
  ...over,
});

describe('"Opplysingar om eleven", prefilled', () => {
  it('says the programme, the class, the absence this school year, the latest grade per subject with a 1 first, and earlier measures (nynorsk)', () => {
    const o = prefillOpplysingar(facts(), 'nn');
    expect(o.programme).toBe('Studiespesialisering, Vg1');
    expect(o.className).toBe('1STA');
    expect(o.absence).toBe('Dette skuleåret (17.08.2026–23.11.2026): 1 heil dag, 1 enkelttime, 6 av timane utan dokumentasjon, 1 gong for seint.');
    expect(o.grades.split('\n')).toEqual(['Karakteren 1 eller IV i: Matematikk 1T (1).', 'Matematikk 1T: 1 (halvårsvurdering, 20.11.2026)', 'Norsk: 4 (halvårsvurdering, 20.11.2026)']);
    expect(o.earlierMeasures).toBe('Tiltaksplan (fråvær, 12.10.2026): Fast voksen om morgenen');
    expect(o.background).toBe('');
  });

  it('in bokmål, and says so when there is nothing to tell', () => {
    const o = prefillOpplysingar(facts({ className: null, programme: null, level: null, absence: { from: '2026-08-17', to: '2026-11-23', records: [] }, grades: [], earlierPlans: [] }), 'nb');
    expect(o).toEqual({
      programme: '',
      className: '',
      absence: 'Dette skoleåret (17.08.2026–23.11.2026): Ikke noe fravær registrert.',
      grades: 'Ingen karakterer registrert i Varde.',
      earlierMeasures: 'Ingen tidligere tiltak registrert i Varde.',
      background: '',
    });
    expect(prefillOpplysingar(facts({ absence: null }), 'nb').absence).toBe('Ingen skoleårsdata i Varde.');
  });

  it('cuts a long history to what the form holds', () => {
    const plan = facts().earlierPlans[0]!;
    const many = Array.from({ length: 80 }, (_, i) => ({ ...plan, madeOn: `2026-10-${String((i % 28) + 1).padStart(2, '0')}` }));
    const o = prefillOpplysingar(facts({ earlierPlans: many }), 'nb');
    expect(o.earlierMeasures.length).toBe(opplysingarLimits.earlierMeasures);
    expect(o.earlierMeasures.endsWith('…')).toBe(true);
  });

  it('keeps a field that just fills its space, and cuts one that is a character longer, with an ellipsis', () => {
    const full = 'x'.repeat(opplysingarLimits.className);
    expect(prefillOpplysingar(facts({ className: full }), 'nb').className).toBe(full);
    const cut = prefillOpplysingar(facts({ className: `${full}y` }), 'nb').className;
    expect(cut).toBe(`${'x'.repeat(opplysingarLimits.className - 1)}…`);
  });

  it('leaves out a programme or level the school system left blank', () => {
    expect(prefillOpplysingar(facts({ level: '  ' }), 'nb').programme).toBe('Studiespesialisering');
    expect(prefillOpplysingar(facts({ programme: ' ', level: 'Vg1' }), 'nb').programme).toBe('Vg1');
  });

  it('takes the latest grade of a subject by the day it was given, and lists 1 and IV first, then the rest in Norwegian alphabetical order', () => {
    const grade = (subjectName: string, value: OpplysingarFacts['grades'][number]['value'], givenOn = '2026-11-20', kind: OpplysingarFacts['grades'][number]['kind'] = 'halvaar') => ({
      subjectCode: subjectName.slice(0, 3).toUpperCase(),
      subjectName,
      kind,
      value,
      givenOn,
    });
    const grades = [
      grade('Samfunnskunnskap', '5'),
      grade('Matematikk 1T', '3'),
      grade('Økonomistyring', '4'),
      grade('Naturfag', '1'),
      grade('Geografi', '2'),
      grade('Engelsk', 'IV'),
      // Given before the half-year grade above, though it comes later in the list.
      grade('Matematikk 1T', '1', '2026-10-01', 'midtveis'),
    ];
    expect(prefillOpplysingar(facts({ grades }), 'nb').grades.split('\n')).toEqual([
      'Karakteren 1 eller IV i: Engelsk (IV), Naturfag (1).',
      'Engelsk: IV (halvårsvurdering, 20.11.2026)',
      'Naturfag: 1 (halvårsvurdering, 20.11.2026)',
      'Geografi: 2 (halvårsvurdering, 20.11.2026)',
      'Matematikk 1T: 3 (halvårsvurdering, 20.11.2026)',
      'Samfunnskunnskap: 5 (halvårsvurdering, 20.11.2026)',
      'Økonomistyring: 4 (halvårsvurdering, 20.11.2026)',
    ]);
  });

  it('says nothing of failing grades when no grade is a 1 or IV', () => {
    const grades = [{ subjectCode: 'NOR1267', subjectName: 'Norsk', kind: 'halvaar' as const, value: '2' as const, givenOn: '2026-11-20' }];
    expect(prefillOpplysingar(facts({ grades }), 'nb').grades).toBe('Norsk: 2 (halvårsvurdering, 20.11.2026)');
  });

  it('lists the earlier plans oldest first, each with its measures once; an IKO follow-up plan with its measures and goal and the tasks of who does what', () => {
    const tiltaksplan = facts().earlierPlans[0]!;
    const oppfolgingsplan: OpplysingarFacts['earlierPlans'][number] = {
      caseKind: 'iko',
      madeOn: '2026-11-02',
      plan: {
        kind: 'oppfolgingsplan',
        content: {
          mainChallenge: 'Faller ut av undervisningen',
          measuresAndGoal: 'Fast avtale med rådgiver hver uke',
          startsOn: '2026-11-02',
          endsOn: '2026-12-18',
          expectedDuration: '',
          responsibilities: [
            { who: 'Rådgiver', task: 'Samtale hver mandag', dueOn: null, measureCode: null },
            { who: 'Kontaktlærer', task: 'Ringe hjem ved fravær', dueOn: null, measureCode: null },
            { who: 'Rådgiver', task: 'Samtale hver mandag', dueOn: null, measureCode: null },
          ],
          evaluationMethod: 'Samtale',
          evaluationPoints: [],
        },
      },
    };
    expect(prefillOpplysingar(facts({ earlierPlans: [oppfolgingsplan, tiltaksplan] }), 'nb').earlierMeasures.split('\n')).toEqual([
      'Tiltaksplan (fravær, 12.10.2026): Fast voksen om morgenen',
      'Oppfølgingsplan (IKO, 02.11.2026): Fast avtale med rådgiver hver uke; Samtale hver mandag; Ringe hjem ved fravær',
    ]);
  });
});
