/**
 * Realistic inputs for every document, in the seeds' own wording: the tests render them and
 * render-examples.ts writes them out for people to look at. The people and the school are made
 * up (the school is the demo's, src/demo/factories.ts).
 */
import type { PlanKind, PlanWithContent } from '../domain/plans/plan-content.js';
import type { Signature } from '../domain/plans/plan-versions.js';
import type {
  DocumentLanguage,
  DocumentPlanEvaluation,
  ExpectedSignatory,
  Letterhead,
  MinutesDocumentInput,
  PlanDocumentInput,
  SummonsDocumentInput,
} from './document-models.js';

export const exampleLetterhead: Letterhead = {
  schoolName: 'Varde videregående skole',
  ownerName: 'Vardefjell fylkeskommune',
  address: 'Skolevegen 12, 2890 Varde',
};

/** 16 years old in November 2026: the guardians take part and sign. */
export const exampleStudent = { name: 'Stine Øverland Nordby', birthDate: '2010-03-14', groupName: '1STA' };
/** 18 years old in November 2026: summoned herself. */
export const exampleAdultStudent = { name: 'Åse Kristiansen', birthDate: '2008-05-02', groupName: '3STB' };

const signatories: ExpectedSignatory[] = [
  { role: 'elev', name: 'Stine Øverland Nordby' },
  { role: 'foresatt', name: 'Hanne Nordby' },
  { role: 'foresatt', name: 'Per Øverland' },
  { role: 'skole', name: 'Kari Lunde' },
];

function signature(name: string, role: Signature['role'], method: Signature['method'], signedOn: string): Signature {
  return { name, role, method, signedOn, recordedBy: 'Kari Lunde', recordedAt: `${signedOn}T14:05:00+01:00` };
}

const signedBy: Signature[] = [
  signature('Kari Lunde', 'skole', 'i_varde', '2026-11-23'),
  signature('Stine Øverland Nordby', 'elev', 'i_varde', '2026-11-23'),
  signature('Hanne Nordby', 'foresatt', 'papir', '2026-11-24'),
];

export const examplePlans: { [K in PlanKind]: Extract<PlanWithContent, { kind: K }> } = {
  tiltaksplan: {
    kind: 'tiltaksplan',
    content: {
      longTermGoals: ['Komme tilbake til skolen og være i klassen.', 'Oppleve mestring faglig og sosialt på skolen.'],
      shortTermGoals: [
        'Komme til skolen med bussen om morgenen. Være på skolen fem halve dager. Jobbe på grupperommet.',
        'Være tre hele og to halve dager på skolen. Være med klassen i norsk og samfunnsfag på mandag og onsdag.',
        'Være til stede gjennom hele skoledagen. Jobbe med liten gruppe i matematikk.',
      ],
      rows: [
        {
          maintainingFactor: 'Mor drar på jobb før skolebussen går om morgenen.',
          measure: 'Mor har avtale med jobben om å være hjemme til bussen har gått de neste to ukene – følger på buss.',
          measureCode: null,
          responsible: 'Mor (Hanne Nordby)',
          planB:
            'Dersom mor uforutsett må på jobb tidlig, kommer far og kjører til skolen. Kontaktlærer møter Stine på parkeringsplassen.',
          evaluation: 'Fungerte det å følge på bussen?',
        },
        {
          maintainingFactor: 'Opplever lite faglig mestring etter mye fravær, spesielt i matematikk.',
          measure:
            'Tilrettelagte oppgaver i fagene, med fokus på forberedelse til timene. I matematikk kartlegger vi «huller» og legger opp undervisningen etter det. Enetimer to ganger i uka de første to ukene, deretter liten gruppe med tre elever.',
          measureCode: null,
          responsible: 'Skolen v/ avdelingsleder og kontaktlærer',
          planB: 'Velge ut færre fag en periode dersom det blir for mye med alle fagene.',
          evaluation: '',
        },
        {
          maintainingFactor: 'Vanskelig å være i kantina i lunsjen fordi hun ikke vet hvem hun skal være sammen med.',
          measure: 'Fast lunsjgruppe med to medelever mandag og tirsdag. Lærerstyrt aktivitet i storefri torsdag.',
          measureCode: null,
          responsible: 'Kontaktlærer',
          planB: '',
          evaluation: '',
        },
      ],
      startsOn: '2026-11-23',
      endsOn: '2026-12-11',
      evaluationMeeting: { on: '2026-12-09', time: '14.00', place: 'Møterom 2, administrasjonen' },
    },
  },
  oppfolgingsplan: {
    kind: 'oppfolgingsplan',
    content: {
      mainChallenge:
        'Stine har strøket på midtveisvurderingen i matematikk og engelsk, og sier selv at hun har mistet oversikten over innleveringer. Hun har begynt å bli borte fra timer der det er prøver.',
      measuresAndGoal:
        'Ukentlig samtale med kontaktlærer om planlegging av uka. Leksehjelp i matematikk tirsdag og torsdag. Mål: levere alle innleveringer i perioden og ikke ha udokumentert fravær fra prøver.',
      startsOn: '2026-11-16',
      endsOn: '2027-01-22',
      expectedDuration: 'Ti uker, fram til halvårsvurderingen',
      responsibilities: [
        { who: 'Kari Lunde, kontaktlærer', task: 'Planleggingssamtale hver mandag i 2. time.', dueOn: null, measureCode: null },
        { who: 'Jonas Berg, faglærer matematikk', task: 'Leksehjelp tirsdag og torsdag etter skoletid. Lager en oversikt over hva som mangler.', dueOn: '2026-11-27', measureCode: null },
        { who: 'Ingrid Bakke, helsesykepleier', task: 'Tilbyr samtale om søvn og stress.', dueOn: '2026-12-04', measureCode: null },
      ],
      evaluationMethod:
        'Kontaktlærer følger med på innleveringer og fravær hver uke. Planlagte evalueringspunkter med eleven og foresatte, se tabellen.',
      evaluationPoints: ['2026-12-07', '2027-01-18'],
    },
  },
  aktivitetsplan: {
    kind: 'aktivitetsplan',
    content: {
      problem:
        'Stine har fortalt at hun over tid har blitt holdt utenfor og fått sårende meldinger fra medelever i en gruppechat. Hun gruer seg til friminuttene og til gruppearbeid, og har hatt fravær de siste tre ukene.',
      measures: [
        {
          measure: 'Fast voksen (miljøterapeut) møter Stine ved inngangen hver morgen de første to ukene.',
          measureCode: null,
          level: 'individ',
          when: 'Hver skoledag fra 23. november, kl. 08.10',
          responsible: 'Siv Hagen, miljøterapeut',
          evaluateOn: '2026-12-07',
        },
        {
          measure: 'Samtaler med elevene som er med i gruppechatten, og kontakt med foresatte til disse.',
          measureCode: null,
          level: 'gruppe',
          when: 'Innen 27. november',
          responsible: 'Tor Åsheim, avdelingsleder',
          evaluateOn: '2026-12-07',
        },
        {
          measure: 'Klassen lager klasseregler for nettbruk og gruppearbeid sammen med kontaktlærer.',
          measureCode: null,
          level: 'gruppe',
          when: 'Klassens time 1. og 8. desember',
          responsible: 'Kari Lunde, kontaktlærer',
          evaluateOn: '2026-12-14',
        },
        {
          measure: 'Voksne er ute i friminuttene ved kantina og i vestibylen.',
          measureCode: null,
          level: 'skole',
          when: 'Fra 23. november',
          responsible: 'Rektor',
          evaluateOn: '2026-12-14',
        },
      ],
      startsOn: '2026-11-23',
      contactPerson: 'Siv Hagen, miljøterapeut',
    },
  },
  ukeplan: {
    kind: 'ukeplan',
    content: {
      startsOn: '2026-11-25',
      entries: [
        { on: '2026-11-25', time: '08.45–08.55', what: 'Sitter i 10 min. på benken utenfor skolen. Hilse på lærer og miljøterapeut. Se på planen for resten av uka.', where: 'Benken nedenfor skolen', withWhom: 'Kari Lunde' },
        { on: '2026-11-26', time: '08.45–09.05', what: 'Være på skolen i 20 min. sammen med lærer. Kartlegge mestringsområder.', where: 'Grupperom 1', withWhom: 'Kari Lunde' },
        { on: '2026-11-27', time: '08.45–09.05', what: 'Være på skolen i 20 min. sammen med miljøterapeut. Lage plan for neste uke.', where: 'Grupperom 1', withWhom: 'Siv Hagen' },
        { on: '2026-11-30', time: '08.50–10.00', what: 'Velge en av to oppgaver. Jobbe med den i ti minutter før vi gjør noe du har lyst til.', where: 'Grupperommet nede', withWhom: 'Siv Hagen' },
        { on: '2026-12-01', time: '08.50–10.00', what: 'Norsktime med klassen de første 20 minuttene, deretter grupperommet.', where: 'Klasserom 204', withWhom: 'Kari Lunde' },
        { on: '2026-12-02', time: '08.50–11.30', what: 'To timer med klassen. Evaluere uka sammen og lage neste ukeplan.', where: 'Klasserom 204', withWhom: 'Kari Lunde og Siv Hagen' },
      ],
      note: 'Planen går fra onsdag til onsdag. Stine kan sende melding til Siv om morgenen hvis det er vanskelig å komme.',
    },
  },
};

const evaluations: Record<PlanKind, DocumentPlanEvaluation[]> = {
  tiltaksplan: [
    {
      evaluatedOn: '2026-12-09',
      satisfactory: true,
      adjustment: 'Stine har vært på skolen alle dager siste uke. Vi fortsetter med samme plan i tre nye uker.',
      rowNotes: { '0': 'Fungerte godt; trengs ikke lenger etter nyttår.', '1': 'Enetimene har hjulpet. Over i liten gruppe fra uke 51.' },
    },
  ],
  oppfolgingsplan: [
    {
      evaluatedOn: '2026-12-07',
      satisfactory: false,
      adjustment: 'Innleveringene er levert, men fortsatt fravær på prøvedager. Legger inn samtale dagen før hver prøve.',
      rowNotes: {},
    },
  ],
  aktivitetsplan: [],
  ukeplan: [],
};

export function examplePlanInput(
  kind: PlanKind,
  options: { signed?: boolean; language?: DocumentLanguage; withEvaluations?: boolean } = {},
): PlanDocumentInput {
  const signed = options.signed ?? true;
  return {
    letterhead: exampleLetterhead,
    language: options.language ?? 'nb',
    student: exampleStudent,
    plan: examplePlans[kind],
    version: signed ? 1 : 2,
    versionCreatedAt: '2026-11-20T10:12:00+01:00',
    signatures: signed ? signedBy : [],
    signatoriesExpected: signatories,
    evaluations: signed && options.withEvaluations !== false ? evaluations[kind] : [],
    responsibleName: 'Kari Lunde, kontaktlærer',
    generatedOn: '2026-12-10',
  };
}

/** A tiltaksplan long enough to run over several pages. */
export function longPlanInput(): PlanDocumentInput {
  const base = examplePlans.tiltaksplan;
  const rows = Array.from({ length: 14 }, (_, i) => ({
    maintainingFactor: `Hindring ${i + 1}: morgenen er vanskelig, og Stine blir liggende når hun har sovet dårlig.`,
    measure: `Tiltak ${i + 1}: fast vekketid, frokost sammen med mor, og en melding til kontaktlærer når hun er på vei. Kontaktlærer svarer og møter henne ved inngangen.`,
    measureCode: null,
    responsible: i % 2 === 0 ? 'Mor' : 'Kontaktlærer',
    planB: 'Dersom det ikke går, ringer kontaktlærer hjem kl. 08.15 og avtaler oppmøte senere samme dag.',
    evaluation: 'Hvordan har morgenene vært?',
  }));
  return { ...examplePlanInput('tiltaksplan'), plan: { kind: 'tiltaksplan', content: { ...base.content, rows } } };
}

/** The tiltaksplan written in nynorsk, as a school in a nynorsk municipality would write it. */
export function nynorskPlanInput(): PlanDocumentInput {
  return {
    ...examplePlanInput('tiltaksplan', { language: 'nn' }),
    letterhead: { schoolName: 'Fjordvik vidaregåande skule', ownerName: 'Vardefjell fylkeskommune', address: 'Skulevegen 3, 6899 Fjordvik' },
    plan: {
      kind: 'tiltaksplan',
      content: {
        longTermGoals: ['Kome tilbake til skulen og vere i klassen.', 'Oppleve meistring fagleg og sosialt på skulen.'],
        shortTermGoals: ['Kome til skulen med bussen om morgonen. Vere på skulen fem halve dagar.', 'Vere til stades heile skuledagen frå veke 50.'],
        rows: [
          {
            maintainingFactor: 'Søv dårleg og blir liggjande om morgonen.',
            measure: 'Fast leggjetid og vekketid. Far følgjer til bussen dei neste to vekene.',
            measureCode: null,
            responsible: 'Far (Ola Øvrebø)',
            planB: 'Kontaktlæraren ringjer heim kl. 08.15 og avtalar oppmøte seinare same dag.',
            evaluation: '',
          },
        ],
        startsOn: '2026-11-23',
        endsOn: '2026-12-11',
        evaluationMeeting: { on: '2026-12-09', time: '14.00', place: 'Møterom 2' },
      },
    },
    evaluations: [
      {
        evaluatedOn: '2026-12-09',
        satisfactory: true,
        adjustment: 'Stine har vore på skulen alle dagar siste veka. Vi held fram med same plan i tre nye veker.',
        rowNotes: { '0': 'Fungerte godt; far følgjer til bussen til jul.' },
      },
    ],
  };
}

export function exampleSummonsInput(options: { language?: DocumentLanguage; adult?: boolean; kind?: SummonsDocumentInput['meeting']['kind'] } = {}): SummonsDocumentInput {
  const adult = options.adult ?? false;
  const student = adult ? exampleAdultStudent : exampleStudent;
  const nn = options.language === 'nn';
  return {
    letterhead: exampleLetterhead,
    language: options.language ?? 'nb',
    student,
    caseKind: 'fravaer',
    recipients: adult ? [student.name] : ['Hanne Nordby', 'Per Øverland'],
    meeting: {
      kind: options.kind ?? 'kartleggingsmote',
      startsAt: '2026-11-25T14:00:00+01:00',
      place: 'Møterom 2, administrasjonen (inngang ved kantina)',
      purpose: nn
        ? 'Skulen er uroa over fråværet dei siste vekene. Vi vil snakke saman om korleis skulekvardagen er, og lage ein plan saman.'
        : 'Skolen er bekymret for fraværet de siste ukene. Vi vil snakke sammen om hvordan skolehverdagen oppleves, og lage en plan sammen.',
      invited: [
        ...(adult ? [] : [{ name: 'Hanne Nordby', role: nn ? 'føresett' : 'foresatt' }, { name: 'Per Øverland', role: nn ? 'føresett' : 'foresatt' }]),
        { name: student.name, role: 'elev' },
        { name: 'Kari Lunde', role: nn ? 'kontaktlærar' : 'kontaktlærer' },
        { name: 'Ingrid Bakke', role: 'helsesykepleier' },
      ],
    },
    sender: { name: 'Kari Lunde', title: nn ? 'kontaktlærar' : 'kontaktlærer', phone: '612 34 567', email: 'kari.lunde@vardefjell.no' },
    sentOn: '2026-11-18',
  };
}

export function exampleMinutesInput(options: { language?: DocumentLanguage } = {}): MinutesDocumentInput {
  if (options.language === 'nn') return nynorskMinutes();
  return {
    letterhead: exampleLetterhead,
    language: 'nb',
    student: exampleStudent,
    title: 'Referat fra kartleggingssamtale',
    heldOn: '2026-11-25',
    participants: [
      { name: 'Hanne Nordby', role: 'foresatt' },
      { name: 'Per Øverland', role: 'foresatt' },
      { name: 'Stine Øverland Nordby', role: 'elev' },
      { name: 'Kari Lunde', role: 'kontaktlærer' },
      { name: 'Ingrid Bakke', role: 'helsesykepleier' },
    ],
    sections: [
      {
        heading: 'Spørsmål til eleven',
        items: [
          { question: 'Trives du på skolen og på fritiden?', answer: 'Trives med fotballaget, men ikke på skolen for tiden. Synes det har blitt mye å ta igjen.' },
          { question: 'Har du venner på skolen? Hva liker du å gjøre på fritiden?', answer: 'Har to gode venner i klassen. Liker fotball og å tegne.' },
          {
            question: 'Er det noe du opplever som vanskelig eller ubehagelig på skolen? Er det spesielle fag du liker/ikke liker?',
            answer: 'Matematikk er vanskelig etter fraværet. Gruer seg til prøver og til lunsjen i kantina.',
          },
          { question: 'Blir du plaget eller mobbet på skolen, i friminuttene, på skoleveien eller i fritiden?', answer: 'Nei.' },
          { question: 'Hvordan kunne du ønske at skoledagen din var?', answer: 'Roligere morgener, og å vite hva som skal skje i timene.' },
          { question: 'Er det noe jeg kan gjøre annerledes for at du skal ha det bra på skolen?', answer: '' },
        ],
      },
      {
        heading: 'Spørsmål til foresatte',
        items: [
          { question: 'Opplever du/dere at det er spesielle årsaker til at barnet ikke er på skolen?', answer: 'Morgenene er vanskelige; mor drar på jobb før bussen går.' },
          { question: 'Hvordan er elevens morgenrutiner? Kveldsrutiner? Søvn? Skjermtid? Mobilbruk?', answer: 'Legger seg sent, mye mobil om kvelden.' },
          { question: 'Hva tenker du/dere at skolen kan gjøre for at barnet skal komme på skolen?', answer: 'Hjelp i matematikk, og at noen tar imot henne om morgenen.' },
        ],
      },
    ],
    summary:
      'Stine har hatt 14 dager fravær siden høstferien. Både Stine og foresatte beskriver morgenene som det vanskeligste, og Stine opplever lite mestring i matematikk etter fraværet. Alle ønsker at hun kommer tilbake gradvis.',
    causeCategories: ['Faglige utfordringer', 'Livet utenfor'],
    maintainingFactors: [
      'Mor drar på jobb før skolebussen går om morgenen.',
      'Opplever lite faglig mestring etter mye fravær, spesielt i matematikk.',
      'Vanskelig å være i kantina i lunsjen.',
    ],
    nextSteps:
      'Kontaktlærer lager utkast til tiltaksplan innen fredag 27. november. Evalueringsmøte onsdag 9. desember kl. 14.00. Helsesykepleier tilbyr Stine en samtale om søvn.',
    writtenBy: { name: 'Kari Lunde', title: 'kontaktlærer' },
    writtenOn: '2026-11-26',
    distribution: ['Hanne Nordby', 'Per Øverland', 'Stine Øverland Nordby', 'Ingrid Bakke'],
  };
}

function nynorskMinutes(): MinutesDocumentInput {
  return {
    letterhead: { schoolName: 'Fjordvik vidaregåande skule', ownerName: 'Vardefjell fylkeskommune', address: 'Skulevegen 3, 6899 Fjordvik' },
    language: 'nn',
    student: exampleStudent,
    title: 'Referat frå kartleggingssamtale',
    heldOn: '2026-11-25',
    participants: [
      { name: 'Hanne Nordby', role: 'føresett' },
      { name: 'Stine Øverland Nordby', role: 'elev' },
      { name: 'Kari Lunde', role: 'kontaktlærar' },
    ],
    sections: [
      {
        heading: 'Spørsmål til eleven',
        items: [
          { question: 'Trivst du på skulen og på fritida?', answer: 'Trivst på fotballaget, men ikkje på skulen for tida.' },
          { question: 'Kva gjer du når du ikkje er på skulen?', answer: 'Søv lenge og er på mobilen.' },
        ],
      },
    ],
    summary: 'Morgonane er det vanskelegaste. Stine vil gjerne kome tilbake gradvis.',
    causeCategories: ['Faglege utfordringar', 'Livet utanfor'],
    maintainingFactors: ['Søv dårleg og blir liggjande om morgonen.'],
    nextSteps: 'Kontaktlæraren lagar utkast til tiltaksplan innan fredag. Evalueringsmøte onsdag 9. desember.',
    writtenBy: { name: 'Kari Lunde', title: 'kontaktlærar' },
    writtenOn: '2026-11-26',
    distribution: ['Hanne Nordby', 'Stine Øverland Nordby'],
  };
}
