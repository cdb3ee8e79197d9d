/**
 * The measure bank (tiltaksbank): every measure in the two measure seeds, in bokmål word for word
 * as the seed has it, with nynorsk and English versions.
 *
 * How the seeds became data:
 * - Codes are `<source>-NNN`, numbered in seed order. They are stored in plans (measureCode), so
 *   a code is never renumbered or reused: a measure added later takes the next free number.
 * - A seed bullet (or, in tiltaksbank part B, a line under a heading) is one measure. Its title is
 *   the item's first sentence, verbatim; the rest of the item, verbatim, is the description. Only
 *   whitespace is normalised, a wrapped line joined, a trailing ", for eksempel:" or "," that
 *   introduces sub-bullets dropped, and in skolevegring-175 the link after " – eksempelvis:"
 *   moved to the description. The seeds' own spelling is kept ("Positiv forstrekning",
 *   "tilstrekkelig formasjon", "Muntlig prøve i fremfor"), so a reader can find the line.
 * - A sub-bullet is a measure of its own with `partOf` naming its parent.
 * - A seed heading is a category. Tiltaksbank part A (the bullets with "·") has four blocks
 *   without headings (on the school, in the class, at home, school–home cooperation), and part B
 *   one block without a heading (peer relations, starting "Koble eleven til en medelev"): those
 *   labels are ours and say so with `headingInSeed: false`.
 * - The Udir article is prose under headings. A heading that names one measure ("Tett oppfølging
 *   over tid", "Opprette egne elevgrupper", "Gjøre aktiviteter sammen") is that measure, its
 *   prose the description and its bullet lists of conditions `guidance`. Under "Trygge gjennom
 *   organisering" each sentence that prescribes a measure is one; under "På skoleveien" the
 *   three the sentence names (følgegrupper, trafikkvakter, tilsyn) are titled by that word. The
 *   situations of "Trygge gjennom tett voksenkontakt" (start of the day, lessons, breaks, the way
 *   to school) are categories under it, as the article nests them.
 *
 * Level (the seeds never label a single measure, Udir only names the three levels): `individ`
 * when the measure is arranged for the one student; `gruppe` when it works on a class, a group
 * or the peers; `skole` when it sets up routines, supervision or arrangements for the whole
 * school or year group. Each category has a default and a measure overrides it where its text
 * says otherwise.
 *
 * Arena: where the measure is carried out. `undervisning` for lessons, tests and work plans,
 * `klassemiljo` for the class and peer relations, `skole` for the rest of the school day and the
 * school's own people, `skoleveg` for getting to school (collecting, driving, meeting in the
 * car park), `hjem` for what the family does at home, `fritid` for leisure time,
 * `samarbeid_skole_hjem` for what school and home agree and tell each other, `hjelpetjenester`
 * for services outside the school (BUP, OT, familieråd, parent counselling).
 *
 * Case kinds: tiltaksbank-skolevegring fits absence follow-up (fravaer) and IKO closer follow-up
 * (iko), whose seed names absence and wellbeing among the causes; its class, peer and
 * class-culture measures also fit school-environment cases. The Udir measures are written for
 * § 12-4 cases (skolemiljo) only.
 */
import type { Localised, LocalisedLanguage } from '../localised.js';
import type { CaseKind } from '../vocabulary.js';
import { foldForSearch, matchesWords, searchWords } from './search-text.js';

export { foldForSearch };

export const measureLevels = ['individ', 'gruppe', 'skole'] as const;
export type MeasureLevel = (typeof measureLevels)[number];

export const measureArenas = [
  'skole',
  'undervisning',
  'klassemiljo',
  'friminutt',
  'skoleveg',
  'hjem',
  'fritid',
  'samarbeid_skole_hjem',
  'hjelpetjenester',
] as const;
export type MeasureArena = (typeof measureArenas)[number];

export const measureSources = ['tiltaksbank-skolevegring', 'tiltak-skolemiljosaker-udir'] as const;
export type MeasureSource = (typeof measureSources)[number];

export type MeasureCaseKind = Extract<CaseKind, 'iko' | 'fravaer' | 'skolemiljo'>;

export interface BankMeasure {
  /** Stable, e.g. 'skolevegring-017' or 'skolemiljo-004'. */
  code: string;
  title: Localised;
  description?: Localised;
  /** Key of a MeasureCategory. */
  category: string;
  level: MeasureLevel;
  arena: MeasureArena;
  source: MeasureSource;
  caseKinds: MeasureCaseKind[];
  /** The measure is a sub-bullet, one way of carrying out this measure. */
  partOf?: string;
  /** The seed's conditions or advice for carrying the measure out. */
  guidance?: readonly Localised[];
}

export interface MeasureCategory {
  key: string;
  label: Localised;
  source: MeasureSource;
  /** False where the seed has a block without a heading and the label is ours. */
  headingInSeed: boolean;
  /** The category this one is nested under in the seed. */
  parent?: string;
}

// Stryker disable all: the bank's content (the seeds' words and categories) is data, not logic; measure-bank.test.ts checks its completeness in three languages
const t = (nb: string, nn: string, en: string): Localised => ({ nb, nn, en });

export const measureLevelLabels: Record<MeasureLevel, Localised> = {
  individ: t('Individnivå', 'Individnivå', 'Individual level'),
  gruppe: t('Gruppenivå', 'Gruppenivå', 'Group level'),
  skole: t('Skolenivå', 'Skulenivå', 'School level'),
};

export const measureArenaLabels: Record<MeasureArena, Localised> = {
  skole: t('Skolen', 'Skulen', 'School'),
  undervisning: t('Undervisning', 'Undervisning', 'Teaching'),
  klassemiljo: t('Klassemiljø', 'Klassemiljø', 'Class environment'),
  friminutt: t('Friminutt', 'Friminutt', 'Breaks'),
  skoleveg: t('Skoleveien', 'Skulevegen', 'The way to and from school'),
  hjem: t('Hjemmet', 'Heimen', 'Home'),
  fritid: t('Fritiden', 'Fritida', 'Leisure time'),
  samarbeid_skole_hjem: t('Samarbeid skole–hjem', 'Samarbeid skule–heim', 'School–home cooperation'),
  hjelpetjenester: t('Hjelpetjenester', 'Hjelpetenester', 'Support services'),
};

/**
 * The category of the measures a school adds itself (src/data/cases/add-own-measure.ts): not a
 * seed heading, so the label is ours.
 */
export const ownMeasureCategory = {
  key: 'skolens-egne',
  label: t('Skolens egne tiltak', 'Skulen sine eigne tiltak', "The school's own measures"),
} as const;

const SV = 'tiltaksbank-skolevegring' as const;
const SM = 'tiltak-skolemiljosaker-udir' as const;

export const measureCategories: readonly MeasureCategory[] = [
  {
    key: 'skolevegring-pa-skolen',
    label: t('Tiltak på skolen', 'Tiltak på skulen', 'Measures at school'),
    source: SV,
    headingInSeed: false,
  },
  {
    key: 'skolevegring-i-klassen',
    label: t('Tiltak i klassen', 'Tiltak i klassen', 'Measures in the class'),
    source: SV,
    headingInSeed: false,
  },
  {
    key: 'skolevegring-i-hjemmet',
    label: t('Tiltak i hjemmet', 'Tiltak i heimen', 'Measures at home'),
    source: SV,
    headingInSeed: false,
  },
  {
    key: 'skolevegring-samarbeid-skole-hjem',
    label: t('Samarbeid skole–hjem', 'Samarbeid skule–heim', 'School–home cooperation'),
    source: SV,
    headingInSeed: false,
  },
  {
    key: 'skolevegring-samtaler-og-veiledning',
    label: t('Samtaler og veiledning', 'Samtalar og rettleiing', 'Conversations and guidance'),
    source: SV,
    headingInSeed: true,
  },
  {
    key: 'skolevegring-trygghet-tilbakeforing',
    label: t(
      'Øke trygghet og forutsigbarhet – tilbakeføring',
      'Auke tryggleik og føreseielegheit – tilbakeføring',
      'Increasing security and predictability – return to school',
    ),
    source: SV,
    headingInSeed: true,
  },
  {
    key: 'skolevegring-forsterkning',
    label: t('Forsterkning', 'Forsterking', 'Reinforcement'),
    source: SV,
    headingInSeed: true,
  },
  {
    key: 'skolevegring-plan-for-naervaer',
    label: t('Plan for nærvær', 'Plan for nærvær', 'Attendance plan'),
    source: SV,
    headingInSeed: true,
  },
  {
    key: 'skolevegring-struktur-og-forutsigbarhet',
    label: t('Struktur og forutsigbarhet', 'Struktur og føreseielegheit', 'Structure and predictability'),
    source: SV,
    headingInSeed: true,
  },
  {
    key: 'skolevegring-tilpasning-av-krav',
    label: t(
      'Tilpasning av krav i forbindelse med evaluering og arbeidsbyrde',
      'Tilpassing av krav i samband med vurdering og arbeidsmengd',
      'Adapting demands for assessment and workload',
    ),
    source: SV,
    headingInSeed: true,
  },
  {
    key: 'skolevegring-sosial-deltagelse',
    label: t(
      'Tilpasning i forbindelse med sosial deltagelse',
      'Tilpassing i samband med sosial deltaking',
      'Adaptations for social participation',
    ),
    source: SV,
    headingInSeed: true,
  },
  {
    key: 'skolevegring-voksenrelasjoner',
    label: t('Styrke voksenrelasjoner', 'Styrkje relasjonane til vaksne', 'Strengthening relations with adults'),
    source: SV,
    headingInSeed: true,
  },
  {
    key: 'skolevegring-overganger',
    label: t('Overganger', 'Overgangar', 'Transitions'),
    source: SV,
    headingInSeed: true,
  },
  {
    key: 'skolevegring-medelever',
    label: t('Relasjoner til medelever', 'Relasjonar til medelevar', 'Relations with peers'),
    source: SV,
    headingInSeed: false,
  },
  {
    key: 'skolevegring-klassemiljo-og-kultur',
    label: t('Styrke klassemiljø og kultur', 'Styrkje klassemiljø og kultur', 'Strengthening class environment and culture'),
    source: SV,
    headingInSeed: true,
  },
  {
    key: 'skolemiljo-trygghet-og-tillit',
    label: t(
      'Tiltak for å skape trygghet og tillit',
      'Tiltak for å skape tryggleik og tillit',
      'Measures to create security and trust',
    ),
    source: SM,
    headingInSeed: true,
  },
  {
    key: 'skolemiljo-tett-voksenkontakt',
    label: t('Trygge gjennom tett voksenkontakt', 'Tryggje gjennom tett vaksenkontakt', 'Security through close adult contact'),
    source: SM,
    headingInSeed: true,
    parent: 'skolemiljo-trygghet-og-tillit',
  },
  {
    key: 'skolemiljo-skoledagens-start',
    label: t('Ved starten på skoledagen', 'Ved starten på skuledagen', 'At the start of the school day'),
    source: SM,
    headingInSeed: true,
    parent: 'skolemiljo-tett-voksenkontakt',
  },
  {
    key: 'skolemiljo-laeringsokter',
    label: t('I læringsøkter', 'I læringsøkter', 'In lessons'),
    source: SM,
    headingInSeed: true,
    parent: 'skolemiljo-tett-voksenkontakt',
  },
  {
    key: 'skolemiljo-friminutt',
    label: t('I friminutt', 'I friminutt', 'During breaks'),
    source: SM,
    headingInSeed: true,
    parent: 'skolemiljo-tett-voksenkontakt',
  },
  {
    key: 'skolemiljo-skoleveien',
    label: t('På skoleveien', 'På skulevegen', 'On the way to and from school'),
    source: SM,
    headingInSeed: true,
    parent: 'skolemiljo-tett-voksenkontakt',
  },
  {
    key: 'skolemiljo-organisering',
    label: t('Trygge gjennom organisering', 'Tryggje gjennom organisering', 'Security through organisation'),
    source: SM,
    headingInSeed: true,
    parent: 'skolemiljo-trygghet-og-tillit',
  },
  {
    key: 'skolemiljo-bedre-relasjoner',
    label: t('Tiltak for å bedre relasjoner', 'Tiltak for å betre relasjonar', 'Measures to improve relations'),
    source: SM,
    headingInSeed: true,
  },
];

// Stryker restore all
type Row = Pick<BankMeasure, 'code' | 'title'> & Partial<Pick<BankMeasure, 'description' | 'level' | 'arena' | 'partOf' | 'guidance'>>;

function inCategory(
  category: string,
  defaults: { level: MeasureLevel; arena: MeasureArena; caseKinds: MeasureCaseKind[] },
  rows: Row[],
): BankMeasure[] {
  const source = category.startsWith('skolemiljo-') ? SM : SV;
  return rows.map((row) => ({
    level: defaults.level,
    arena: defaults.arena,
    ...row,
    category,
    source,
    caseKinds: [...defaults.caseKinds],
  }));
}

// Stryker disable all: the bank's content (the seeds' words and categories) is data, not logic; measure-bank.test.ts checks its completeness in three languages
const schoolRefusal: MeasureCaseKind[] = ['fravaer', 'iko'];
const schoolRefusalAndEnvironment: MeasureCaseKind[] = ['fravaer', 'iko', 'skolemiljo'];
const environment: MeasureCaseKind[] = ['skolemiljo'];

export const measureBank: readonly BankMeasure[] = [
  // Tiltaksbank part A, first block (no heading in the seed): measures at school.
  ...inCategory('skolevegring-pa-skolen', { level: 'individ', arena: 'skole', caseKinds: schoolRefusal }, [
    {
      code: 'skolevegring-001',
      title: t(
        'Kartlegg elevens sosiale og faglige situasjon.',
        'Kartlegg den sosiale og faglege situasjonen til eleven.',
        "Map the student's social and academic situation.",
      ),
    },
    {
      code: 'skolevegring-002',
      title: t(
        'Igangsett tiltak som virker minst mulig stigmatiserende og som bevarer elevens integritet.',
        'Set i gang tiltak som verkar minst mogleg stigmatiserande og som tek vare på integriteten til eleven.',
        "Put in place measures that stigmatise as little as possible and preserve the student's integrity.",
      ),
      description: t(
        'For de aller fleste elever vil bekymringen for å skille seg ut i jevnaldergruppa være svært styrende for hvilke tiltak de ønsker rundt seg. For eldre elever vil det være viktig å utarbeide tiltak sammen med eleven.',
        'For dei aller fleste elevar vil uroa for å skilje seg ut i jamaldersgruppa vere svært styrande for kva tiltak dei ønskjer rundt seg. For eldre elevar vil det vere viktig å utarbeide tiltak saman med eleven.',
        'For nearly all students, the worry about standing out among their peers will strongly govern which measures they want around them. For older students it is important to work out the measures together with the student.',
      ),
    },
    {
      code: 'skolevegring-003',
      title: t(
        'Etabler og viderefør positive relasjoner til voksenpersoner på skolen for å skape trygghet for eleven.',
        'Etabler og vidarefør positive relasjonar til vaksenpersonar på skulen for å skape tryggleik for eleven.',
        'Establish and maintain positive relationships with adults at school to make the student feel safe.',
      ),
    },
    {
      code: 'skolevegring-004',
      title: t(
        'Forutsigbarhet og struktur på dager for at eleven skal kunne oppleve trygghet.',
        'Føreseielegheit og struktur på dagane for at eleven skal kunne oppleve tryggleik.',
        'Predictability and structure in the days so that the student can feel safe.',
      ),
    },
    {
      code: 'skolevegring-005',
      title: t(
        'Daglige/jevnlige samtaler med eleven med fokus på mestring og emosjonell støtte, også når eleven ikke er på skolen.',
        'Daglege/jamlege samtalar med eleven med fokus på meistring og emosjonell støtte, òg når eleven ikkje er på skulen.',
        'Daily/regular conversations with the student focusing on mastery and emotional support, also when the student is not at school.',
      ),
    },
    {
      code: 'skolevegring-006',
      title: t(
        'Fokuser på fag som mestres og sørg for en faglig tilpasset opplæring.',
        'Fokuser på fag som eleven meistrar, og sørg for ei fagleg tilpassa opplæring.',
        'Focus on subjects the student masters and make sure the teaching is adapted academically.',
      ),
      arena: 'undervisning',
    },
    {
      code: 'skolevegring-007',
      title: t(
        'Forbered og informer eleven om endringer i dagsrutiner.',
        'Førebu og informer eleven om endringar i dagsrutinane.',
        'Prepare and inform the student about changes in daily routines.',
      ),
      description: t(
        'Ekstra forberedelser på hva som skal skje ved «annerledes dager» som turdager, høytidsmarkeringer m.m. Vær oppmerksom på at enkelte elever vil kunne ha behov for informasjon på et relativt detaljert nivå, for eksempel hvem eleven skal gjøre gruppearbeid sammen med, sitte ved siden av på bussen m.m.',
        'Ekstra førebuing på kva som skal skje på «annleis dagar» som turdagar, høgtidsmarkeringar m.m. Ver merksam på at enkelte elevar kan ha behov for informasjon på eit relativt detaljert nivå, til dømes kven eleven skal gjere gruppearbeid saman med eller sitje ved sida av på bussen m.m.',
        'Extra preparation for what will happen on "different days" such as outing days, celebrations of holidays etc. Be aware that some students may need information in quite some detail, for example whom the student will do group work with or sit next to on the bus.',
      ),
    },
    {
      code: 'skolevegring-008',
      title: t(
        'Gi eleven alternativer til å reise hjem fra skole når noe oppleves som vanskelig.',
        'Gi eleven alternativ til å reise heim frå skulen når noko er vanskeleg.',
        'Give the student alternatives to going home from school when something feels difficult.',
      ),
      description: t(
        'Gjør avtaler om at dersom eleven opplever engstelse kan han/hun gå til helsesøster, sosiallærer, kontoret eller få en pause på et eget rom.',
        'Gjer avtalar om at dersom eleven kjenner seg engsteleg, kan han/ho gå til helsesyster, sosiallærar, kontoret eller få ein pause på eit eige rom.',
        'Agree that if the student feels anxious, he or she can go to the school nurse, the social teacher or the office, or take a break in a room of their own.',
      ),
    },
    {
      code: 'skolevegring-009',
      title: t(
        'Dersom eleven kjøres til skolen, kartlegg behovet eleven og foreldrene har for at ansatt ved skolen eller medelever følger eleven inn på skolen eller møter eleven på parkeringsplassen.',
        'Dersom eleven blir køyrd til skulen, kartlegg behovet eleven og foreldra har for at nokon som er tilsett ved skulen, eller medelevar, følgjer eleven inn på skulen eller møter eleven på parkeringsplassen.',
        'If the student is driven to school, find out whether the student and the parents need a member of staff or classmates to walk the student into school or meet the student in the car park.',
      ),
      arena: 'skoleveg',
    },
    {
      code: 'skolevegring-010',
      title: t(
        'Gjør individuelle avtaler om at eleven for en tid kan slippe å svare muntlig i klassen.',
        'Gjer individuelle avtalar om at eleven for ei tid kan sleppe å svare munnleg i klassen.',
        'Make individual agreements that for a time the student need not answer orally in class.',
      ),
      arena: 'undervisning',
    },
    {
      code: 'skolevegring-011',
      title: t(
        'For elever som har behov for en gradvis tilbakeføring til skolen kan det for en tid gis opplæring på liten gruppe eller individuell opplæring på skolen.',
        'For elevar som treng ei gradvis tilbakeføring til skulen, kan dei for ei tid få opplæring i lita gruppe eller individuell opplæring på skulen.',
        'Students who need a gradual return to school can for a time be taught in a small group or individually at school.',
      ),
      arena: 'undervisning',
    },
    {
      code: 'skolevegring-012',
      title: t(
        'Informer klassen og/eller trinnet om elevens fravær dersom eleven og foresatte samtykker.',
        'Informer klassen og/eller trinnet om fråværet til eleven dersom eleven og dei føresette samtykkjer.',
        "Inform the class and/or the year group about the student's absence if the student and the guardians consent.",
      ),
      description: t(
        'Hva slags informasjon som skal gis bør utformes i samarbeid med eleven/foresatte.',
        'Kva slags informasjon som skal givast, bør utformast i samarbeid med eleven/dei føresette.',
        'What information is given should be worked out together with the student/guardians.',
      ),
      level: 'gruppe',
      arena: 'klassemiljo',
    },
    {
      code: 'skolevegring-013',
      title: t(
        'Vær bevisst på elevens plassering i klasserommet.',
        'Ver medviten om kvar eleven er plassert i klasserommet.',
        'Be deliberate about where the student sits in the classroom.',
      ),
      description: t(
        'Eleven skal oppleve å bli sett, og bør plasseres med venner og/eller trygge medelever.',
        'Eleven skal oppleve å bli sett, og bør plasserast saman med vener og/eller trygge medelevar.',
        'The student should feel seen and should be seated with friends and/or classmates they feel safe with.',
      ),
      arena: 'klassemiljo',
    },
    {
      code: 'skolevegring-014',
      title: t(
        'Utarbeid en samarbeidsavtale med langsiktige mål og med delmål.',
        'Utarbeid ein samarbeidsavtale med langsiktige mål og med delmål.',
        'Draw up a cooperation agreement with long-term goals and intermediate goals.',
      ),
      description: t(
        'En opptrappingsplan er et delmål, og eleven skal være trygg på at denne følges og evalueres på faste møter.',
        'Ein opptrappingsplan er eit delmål, og eleven skal vere trygg på at han blir følgd og evaluert på faste møte.',
        'A step-up plan is an intermediate goal, and the student must be confident that it is followed and evaluated at regular meetings.',
      ),
      arena: 'samarbeid_skole_hjem',
    },
    {
      code: 'skolevegring-015',
      title: t(
        'Opptrappingsplanen inneholder en økning av gangen.',
        'Opptrappingsplanen inneheld éin auke om gongen.',
        'The step-up plan contains one increase at a time.',
      ),
      description: t(
        'Utvid gjerne midt i uken og ikke rett etter ferier eller helg. Et tips kan være å starte tilbakeføringen i siste time, slik at eleven avslutter sammen med klassen, og så utvide skoledagen derfra.',
        'Utvid gjerne midt i veka og ikkje rett etter feriar eller helg. Eit tips kan vere å starte tilbakeføringa i siste time, slik at eleven avsluttar saman med klassen, og så utvide skuledagen derifrå.',
        'Preferably extend in the middle of the week and not right after holidays or a weekend. One tip is to start the return in the last lesson, so that the student ends the day together with the class, and then extend the school day from there.',
      ),
    },
  ]),

  // Part A, second block (no heading): the class and the peers.
  ...inCategory('skolevegring-i-klassen', { level: 'gruppe', arena: 'klassemiljo', caseKinds: schoolRefusalAndEnvironment }, [
    {
      code: 'skolevegring-016',
      title: t(
        'Arbeid kontinuerlig med det psykososiale miljøet i klassen.',
        'Arbeid kontinuerleg med det psykososiale miljøet i klassen.',
        'Work continuously on the psychosocial environment in the class.',
      ),
    },
    {
      code: 'skolevegring-017',
      title: t(
        'Sørg for at eleven opprettholder en positiv kontakt med medelever dersom eleven ikke er på skolen.',
        'Sørg for at eleven held oppe ein positiv kontakt med medelevar dersom eleven ikkje er på skulen.',
        'Make sure the student keeps up positive contact with classmates when the student is not at school.',
      ),
      description: t('Dette kan gjøres gjennom:', 'Dette kan gjerast gjennom:', 'This can be done through:'),
    },
    {
      code: 'skolevegring-018',
      title: t(
        'Besøk fra klassekamerater og kontaktlærer',
        'Besøk frå klassekameratar og kontaktlærar',
        'Visits from classmates and the contact teacher',
      ),
      partOf: 'skolevegring-017',
    },
    {
      code: 'skolevegring-019',
      title: t('Brev fra klassen', 'Brev frå klassen', 'Letters from the class'),
      partOf: 'skolevegring-017',
    },
    {
      code: 'skolevegring-020',
      title: t(
        'Oppfordre elever i klassen til å sende hyggelige tekstmeldinger',
        'Oppmod elevar i klassen til å sende hyggelege tekstmeldingar',
        'Encourage students in the class to send friendly text messages',
      ),
      partOf: 'skolevegring-017',
    },
    {
      code: 'skolevegring-021',
      title: t(
        'Oppfordre elever til å oppsøke eleven på fritiden',
        'Oppmod elevar til å oppsøkje eleven på fritida',
        'Encourage students to look the student up in their free time',
      ),
      partOf: 'skolevegring-017',
      arena: 'fritid',
    },
    {
      code: 'skolevegring-022',
      title: t(
        'Vær bevisst elevens plassering i klasserommet.',
        'Ver medviten om plasseringa til eleven i klasserommet.',
        "Be conscious of the student's seat in the classroom.",
      ),
      level: 'individ',
    },
    {
      code: 'skolevegring-023',
      title: t(
        'La eleven velge hvem som skal sitte i nærheten av seg.',
        'La eleven velje kven som skal sitje i nærleiken av seg.',
        'Let the student choose who sits near them.',
      ),
      level: 'individ',
    },
    {
      code: 'skolevegring-024',
      title: t(
        'Tilby fast aktivitet sammen med eleven alene, eller sammen med eleven og utvalgte elever i skoletiden.',
        'Tilby fast aktivitet saman med eleven åleine, eller saman med eleven og utvalde elevar i skuletida.',
        'Offer a regular activity with the student alone, or with the student and selected classmates, during school hours.',
      ),
      level: 'individ',
      arena: 'skole',
    },
    {
      code: 'skolevegring-025',
      title: t(
        'Gi forutsigbarhet i friminutt ved igangsetting av faste aktiviteter (for eksempel spillklubb, bokklubb, tegneskole) for å skape oversiktlige og trygge sosiale arenaer.',
        'Gi føreseielegheit i friminutta ved å setje i gang faste aktivitetar (til dømes spelklubb, bokklubb, teikneskule) for å skape oversiktlege og trygge sosiale arenaer.',
        'Make breaks predictable by starting regular activities (for example a games club, book club or drawing school) to create clear and safe social arenas.',
      ),
      arena: 'friminutt',
    },
    {
      code: 'skolevegring-026',
      title: t(
        'Sørg for at eleven har noen å gå sammen med til/fra skolen.',
        'Sørg for at eleven har nokon å gå saman med til/frå skulen.',
        'Make sure the student has someone to walk to/from school with.',
      ),
      level: 'individ',
      arena: 'skoleveg',
    },
  ]),

  // Part A, third block (no heading): what the parents do at home.
  ...inCategory('skolevegring-i-hjemmet', { level: 'individ', arena: 'hjem', caseKinds: schoolRefusal }, [
    {
      code: 'skolevegring-027',
      title: t(
        'Foreldrene må være tydelige på at barnet skal på skolen, og at de samtidig trygger barnet på at dette skal det mestre i nær fremtid',
        'Foreldra må vere tydelege på at barnet skal på skulen, og samstundes tryggje barnet på at dette skal det meistre i nær framtid',
        'The parents must be clear that the child is going to school, and at the same time reassure the child that he or she will manage this in the near future',
      ),
    },
    {
      code: 'skolevegring-028',
      title: t(
        'Begge foreldrene bør tydelig kommunisere at de er enige i at barnet skal på skolen, og støtte hverandre i oppgaven om å få barnet på skolen.',
        'Begge foreldra bør tydeleg kommunisere at dei er einige om at barnet skal på skulen, og støtte kvarandre i oppgåva med å få barnet på skulen.',
        'Both parents should communicate clearly that they agree the child is going to school, and support each other in the task of getting the child to school.',
      ),
    },
    {
      code: 'skolevegring-029',
      title: t(
        'I noen tilfeller vil det være nødvendig at foreldrene bytter oppgaver og roller i forhold til barnet for en periode.',
        'I nokre tilfelle vil det vere naudsynt at foreldra byter oppgåver og roller overfor barnet for ein periode.',
        'In some cases the parents will need to swap tasks and roles towards the child for a period.',
      ),
    },
    {
      code: 'skolevegring-030',
      title: t(
        'Oppretthold en fast og tydelig døgnrytme i hjemmet.',
        'Hald oppe ein fast og tydeleg døgnrytme i heimen.',
        'Keep a fixed and clear daily rhythm at home.',
      ),
      description: t(
        'Det er viktig å forebygge en unaturlig og forskjøvet døgnrytme, da dette kan gjøre det vanskelig for barnet å stå opp og motiveres for skoledagen.',
        'Det er viktig å førebyggje ein unaturleg og forskyvd døgnrytme, då dette kan gjere det vanskeleg for barnet å stå opp og bli motivert for skuledagen.',
        'It is important to prevent an unnatural and shifted daily rhythm, as this can make it hard for the child to get up and be motivated for the school day.',
      ),
    },
    {
      code: 'skolevegring-031',
      title: t(
        'Ha en fast rutine på morgenen og beregne god tid før skolen begynner.',
        'Ha ein fast rutine om morgonen og rekn med god tid før skulen byrjar.',
        'Have a fixed morning routine and allow plenty of time before school starts.',
      ),
    },
    {
      code: 'skolevegring-032',
      title: t(
        'Når barnet er hjemme fra skolen, gjør hverdagen hjemme lik en skoledag, med krav om utføring av skolefaglige aktiviteter.',
        'Når barnet er heime frå skulen, gjer kvardagen heime lik ein skuledag, med krav om å gjere skulefaglege aktivitetar.',
        'When the child stays home from school, make the day at home like a school day, with a requirement to do schoolwork.',
      ),
    },
    {
      code: 'skolevegring-033',
      title: t(
        'Barnet bør ikke få tilgang til TV, PC-spill eller ulike hyggelige aktiviteter med foreldre i skoletiden når barnet er hjemme fra skolen.',
        'Barnet bør ikkje få tilgang til TV, PC-spel eller ulike hyggelege aktivitetar med foreldra i skuletida når barnet er heime frå skulen.',
        'The child should not have access to TV, computer games or various enjoyable activities with the parents during school hours when staying home from school.',
      ),
    },
    {
      code: 'skolevegring-034',
      title: t(
        'Foreldres tilstedeværelse i hjemmet på dagtid vil i noen tilfeller forsterke barnets høye fravær eller skolevegring.',
        'At foreldra er heime på dagtid, vil i nokre tilfelle forsterke det høge fråværet eller skulevegringa til barnet.',
        "In some cases the parents' presence at home in the daytime will reinforce the child's high absence or school refusal.",
      ),
    },
    {
      code: 'skolevegring-035',
      title: t(
        'Foreldre som er hjemmeværende bør i enkelte tilfeller vurdere om de for en periode bør utføre aktiviteter utenfor hjemmet i skoletiden.',
        'Foreldre som er heimeverande, bør i enkelte tilfelle vurdere om dei for ein periode bør gjere aktivitetar utanfor heimen i skuletida.',
        'Parents who are at home should in some cases consider doing activities outside the home during school hours for a period.',
      ),
    },
    {
      code: 'skolevegring-036',
      title: t(
        'Gi ulike former for belønning og ros ved oppnådde delmål.',
        'Gi ulike former for påskjøning og ros når delmål er nådde.',
        'Give various kinds of reward and praise when intermediate goals are reached.',
      ),
    },
    {
      code: 'skolevegring-037',
      title: t(
        'Motiver barnet og styrk dets tro på mestring av hverdagen.',
        'Motiver barnet og styrk trua det har på at det meistrar kvardagen.',
        "Motivate the child and strengthen the child's belief in coping with everyday life.",
      ),
    },
    {
      code: 'skolevegring-038',
      title: t(
        'Gjør hyggelige aktiviteter sammen med barnet utenfor skoletid.',
        'Gjer hyggelege aktivitetar saman med barnet utanfor skuletida.',
        'Do enjoyable activities with the child outside school hours.',
      ),
    },
    {
      code: 'skolevegring-039',
      title: t(
        'Hjelp barnet til å ta initiativ med jevnaldrende i fritiden.',
        'Hjelp barnet til å ta initiativ overfor jamaldrande på fritida.',
        'Help the child take the initiative with peers in their free time.',
      ),
      arena: 'fritid',
    },
    {
      code: 'skolevegring-040',
      title: t(
        'Oppretthold barnets deltakelse i fritidsaktiviteter.',
        'Hald oppe deltakinga til barnet i fritidsaktivitetar.',
        "Keep up the child's participation in leisure activities.",
      ),
      arena: 'fritid',
    },
    {
      code: 'skolevegring-041',
      title: t(
        'Ikke la skolevegringen eller fraværet være det eneste temaet i familien.',
        'Ikkje la skulevegringa eller fråværet vere det einaste temaet i familien.',
        'Do not let the school refusal or the absence be the only topic in the family.',
      ),
    },
  ]),

  // Part A, fourth block (no heading): cooperation between school and home.
  ...inCategory('skolevegring-samarbeid-skole-hjem', { level: 'individ', arena: 'samarbeid_skole_hjem', caseKinds: schoolRefusal }, [
    {
      code: 'skolevegring-042',
      title: t(
        'Sørg for en åpen dialog og tett samarbeid med foresatte, så de til enhver tid vet hvem på skolen de skal ta kontakt med og når vedkommende er tilgjengelig.',
        'Sørg for ein open dialog og tett samarbeid med dei føresette, slik at dei til kvar tid veit kven på skulen dei skal kontakte, og når vedkomande er tilgjengeleg.',
        'Ensure an open dialogue and close cooperation with the guardians, so that they always know whom at school to contact and when that person is available.',
      ),
    },
    {
      code: 'skolevegring-043',
      title: t(
        'Informer foresatte om hva langvarig alvorlig skolefravær er, og gi informasjon om skolens rutiner og muligheter for å sette inn tiltak.',
        'Informer dei føresette om kva langvarig alvorleg skulefråvær er, og gi informasjon om rutinane til skulen og moglegheitene for å setje inn tiltak.',
        "Tell the guardians what long-term serious school absence is, and inform them about the school's routines and the options for putting measures in place.",
      ),
    },
    {
      code: 'skolevegring-044',
      title: t(
        'Trygg foresatte på at skolen gjør sitt beste for at eleven skal trives, og gi god informasjon om hvordan eleven fungerer på skolen.',
        'Trygg dei føresette på at skulen gjer sitt beste for at eleven skal trivast, og gi god informasjon om korleis eleven fungerer på skulen.',
        'Reassure the guardians that the school is doing its best for the student to thrive, and inform them well about how the student is doing at school.',
      ),
    },
    {
      code: 'skolevegring-045',
      title: t(
        'Bekreft foreldre på at de er den viktigste samtalepartner og støtte for sitt barn.',
        'Stadfest overfor foreldra at dei er den viktigaste samtalepartnaren og støtta for barnet sitt.',
        'Affirm to the parents that they are the most important person for their child to talk to and lean on.',
      ),
    },
    {
      code: 'skolevegring-046',
      title: t(
        'Gi støtte til foreldre som opplever at deres barn ikke vil gå på skolen og anerkjenn deres utfordringer.',
        'Gi støtte til foreldre som opplever at barnet deira ikkje vil gå på skulen, og anerkjenn utfordringane deira.',
        'Support parents whose child will not go to school and acknowledge their difficulties.',
      ),
      description: t(
        'Gi ved behov informasjon om aktuelle hjelpeinstanser.',
        'Gi ved behov informasjon om aktuelle hjelpeinstansar.',
        'When needed, give information about relevant support services.',
      ),
    },
    {
      code: 'skolevegring-047',
      title: t(
        'For elever der en er bekymret for fravær, kan hjem– skole samarbeidet ivaretas gjennom tiltak som: kontaktbok, e-post, daglige/ukentlige telefonsamtaler, jevnlige samarbeidsmøter.',
        'For elevar der ein er uroleg for fråvær, kan samarbeidet mellom heim og skule takast vare på gjennom tiltak som kontaktbok, e-post, daglege/vekentlege telefonsamtalar og jamlege samarbeidsmøte.',
        'For students whose absence is a concern, home–school cooperation can be kept up through measures such as a contact book, e-mail, daily/weekly phone calls and regular cooperation meetings.',
      ),
    },
    {
      code: 'skolevegring-048',
      title: t(
        'Gi informasjon til foreldre om hvordan dagen har gått, og hvordan skolen har planlagt neste skoledag.',
        'Gi informasjon til foreldra om korleis dagen har gått, og korleis skulen har planlagt neste skuledag.',
        'Tell the parents how the day went and how the school has planned the next school day.',
      ),
      description: t(
        'Dette vil både trygge foreldre, samt kunne åpne for at foreldre kan ha samtaler med barnet for å skape forutsigbarhet om neste skoledag.',
        'Dette vil både tryggje foreldra og kunne opne for at foreldra kan snakke med barnet for å skape føreseielegheit om neste skuledag.',
        'This both reassures the parents and lets them talk with the child to make the next school day predictable.',
      ),
    },
    {
      code: 'skolevegring-049',
      title: t(
        'Utarbeid en samarbeidsavtale for ansvar og tiltak i tråd med Trinnplanens trinn 1.',
        'Utarbeid ein samarbeidsavtale om ansvar og tiltak i tråd med trinn 1 i trinnplanen.',
        'Draw up a cooperation agreement on responsibilities and measures in line with step 1 of the staircase plan.',
      ),
    },
    {
      code: 'skolevegring-050',
      title: t(
        'For elever som allerede har utviklet skolevegring vil hjem-skole samarbeidet kunne innebære daglige/ukentlige telefonsamtaler, besøk fra lærer med skolearbeid som skal utføres hjemme og tverrfaglig samarbeid.',
        'For elevar som alt har utvikla skulevegring, kan samarbeidet mellom heim og skule innebere daglege/vekentlege telefonsamtalar, besøk frå lærar med skulearbeid som skal gjerast heime, og tverrfagleg samarbeid.',
        'For students who have already developed school refusal, home–school cooperation can mean daily/weekly phone calls, visits from a teacher with schoolwork to be done at home, and interdisciplinary cooperation.',
      ),
    },
    {
      code: 'skolevegring-051',
      title: t(
        'I samtaler kan det være hensiktsmessig å sjekke ut foresattes egen skolehistorie og om eventuelle holdninger påvirker deres rolle.',
        'I samtalar kan det vere føremålstenleg å sjekke ut den skulehistoria dei føresette sjølve har, og om eventuelle haldningar påverkar rolla deira.',
        "In conversations it can be useful to explore the guardians' own school history and whether any attitudes affect their role.",
      ),
    },
    {
      code: 'skolevegring-052',
      title: t(
        'Der det viser seg å være store utfordringer i forbindelse med å få eleven på skolen om morgenen, kan et viktig tiltak være at en fra skolen (kontaktlærer, en fra ledelsen, miljøterapeut, helsesøster, e.l.) henter eleven hjemme eller møter eleven på skoleveien.',
        'Der det viser seg å vere store utfordringar med å få eleven på skulen om morgonen, kan eit viktig tiltak vere at nokon frå skulen (kontaktlærar, nokon frå leiinga, miljøterapeut, helsesyster e.l.) hentar eleven heime eller møter eleven på skulevegen.',
        'Where getting the student to school in the morning proves very difficult, an important measure can be that someone from the school (contact teacher, someone from the leadership, social educator, school nurse or similar) collects the student at home or meets the student on the way to school.',
      ),
      arena: 'skoleveg',
    },
    {
      code: 'skolevegring-053',
      title: t(
        'Lag tiltak som fører til mestring og som foreldrene har tro på at de klarer å gjennomføre.',
        'Lag tiltak som fører til meistring, og som foreldra har tru på at dei klarer å gjennomføre.',
        'Make measures that lead to mastery and that the parents believe they can carry out.',
      ),
    },
  ]),

  ...inCategory('skolevegring-samtaler-og-veiledning', { level: 'individ', arena: 'skole', caseKinds: schoolRefusal }, [
    {
      code: 'skolevegring-054',
      title: t(
        'Faste (fortrinnsvis daglige) samtaler med kontaktlærer',
        'Faste (helst daglege) samtalar med kontaktlæraren',
        'Regular (preferably daily) conversations with the contact teacher',
      ),
    },
    {
      code: 'skolevegring-055',
      title: t(
        'Faste samtaler med helsesykepleier/ sosiallærer/ kommunepsykolog (eller annen)',
        'Faste samtalar med helsesjukepleiar/sosiallærar/kommunepsykolog (eller annan)',
        'Regular conversations with the school nurse/social teacher/municipal psychologist (or someone else)',
      ),
    },
    {
      code: 'skolevegring-056',
      title: t(
        'Motiverende samtaler med utvalgte faglærere, kontaktlærer eller rådgiver',
        'Motiverande samtalar med utvalde faglærarar, kontaktlæraren eller rådgivaren',
        'Motivational conversations with selected subject teachers, the contact teacher or the counsellor',
      ),
    },
    {
      code: 'skolevegring-057',
      title: t(
        'Mirakelspørsmål, rette blikket fremover, tydeliggjøre drømmer/ ambisjoner',
        'Mirakelspørsmål, rette blikket framover, tydeleggjere draumar/ambisjonar',
        'The miracle question, looking ahead, making dreams/ambitions clear',
      ),
      partOf: 'skolevegring-056',
    },
    {
      code: 'skolevegring-058',
      title: t(
        'Bruke konkrete spørsmål der eleven syns det er utfordrende å se mulige løsninger på egen situasjon',
        'Bruke konkrete spørsmål der eleven synest det er utfordrande å sjå moglege løysingar på sin eigen situasjon',
        'Use concrete questions where the student finds it hard to see possible solutions to their own situation',
      ),
      partOf: 'skolevegring-056',
    },
    {
      code: 'skolevegring-059',
      title: t(
        'Gjøre det implisitte eksplisitt ved å sette ord på tanker, sammenhenger og forventninger for å unngå tvetydighet og misforståelser',
        'Gjere det implisitte eksplisitt ved å setje ord på tankar, samanhengar og forventningar for å unngå tvitydigheit og mistydingar',
        'Make the implicit explicit by putting thoughts, connections and expectations into words to avoid ambiguity and misunderstandings',
      ),
      partOf: 'skolevegring-056',
    },
    {
      code: 'skolevegring-060',
      title: t(
        'Henvisning for samtaler på BUP der dette anses som nødvendig.',
        'Tilvising til samtalar på BUP der dette blir rekna som naudsynt.',
        'Referral for conversations at BUP (child and adolescent mental health services) where this is considered necessary.',
      ),
      description: t(
        'Henvisning må være på årsaksgrunnlag, ikke for skolevegringen direkte',
        'Tilvisinga må byggje på årsakene, ikkje på skulevegringa direkte',
        'The referral must be based on the causes, not on the school refusal itself',
      ),
      arena: 'hjelpetjenester',
    },
    {
      code: 'skolevegring-061',
      title: t(
        'Foreldre tilbys foreldreveiledning for å kunne bistå eleven',
        'Foreldra får tilbod om foreldrerettleiing for å kunne hjelpe eleven',
        'Parents are offered parental guidance so they can help the student',
      ),
      arena: 'hjelpetjenester',
    },
  ]),

  ...inCategory('skolevegring-trygghet-tilbakeforing', { level: 'individ', arena: 'skole', caseKinds: schoolRefusal }, [
    {
      code: 'skolevegring-062',
      title: t(
        'Øke elevens trygghet og forutsigbarhet med utgangspunkt i årsakskartleggingen',
        'Auke tryggleiken og føreseielegheita for eleven med utgangspunkt i kartlegginga av årsaker',
        "Increase the student's security and predictability based on the mapping of causes",
      ),
    },
    {
      code: 'skolevegring-063',
      title: t('Besøke skolegården utenom skoletid', 'Besøkje skuleplassen utanom skuletida', 'Visit the schoolyard outside school hours'),
      partOf: 'skolevegring-062',
    },
    {
      code: 'skolevegring-064',
      title: t(
        'Besøke gymsal/kantine/ toalett (steder som utløser ubehag) utenom skoletid',
        'Besøkje gymsal/kantine/toalett (stader som utløyser ubehag) utanom skuletida',
        'Visit the gym/canteen/toilets (places that cause discomfort) outside school hours',
      ),
      partOf: 'skolevegring-062',
    },
    {
      code: 'skolevegring-065',
      title: t(
        'Møte kontaktlærer i klasserommet utenom skoletid',
        'Møte kontaktlæraren i klasserommet utanom skuletida',
        'Meet the contact teacher in the classroom outside school hours',
      ),
      partOf: 'skolevegring-062',
    },
    {
      code: 'skolevegring-066',
      title: t(
        'Møte opp på skolen og gjøre skolearbeid på eget rom',
        'Møte opp på skulen og gjere skulearbeid på eige rom',
        'Come to school and do schoolwork in a room of their own',
      ),
      partOf: 'skolevegring-062',
    },
    {
      code: 'skolevegring-067',
      title: t(
        'Kun delta i liten gruppe i en periode- planlegge for nødvendig skjerming',
        'Berre delta i lita gruppe i ein periode – planleggje for naudsynt skjerming',
        'Take part only in a small group for a period – plan for the necessary shielding',
      ),
      partOf: 'skolevegring-062',
      arena: 'undervisning',
    },
    {
      code: 'skolevegring-068',
      title: t(
        'Starte med det som kjennes overkommelig, som for eksempel kun å delta i utvalgte favorittfag i startfasen',
        'Starte med det som kjennest overkomeleg, til dømes å berre delta i utvalde favorittfag i startfasen',
        'Start with what feels manageable, for example taking part only in selected favourite subjects at first',
      ),
      arena: 'undervisning',
    },
    {
      code: 'skolevegring-069',
      title: t(
        'Om mulig - gradvis eksponering for situasjoner eleven opplever som ubehagelige, for eksempel prøvesituasjoner, situasjoner der man må snakke høyt i klassen, kroppsøving osv.',
        'Om mogleg – gradvis eksponering for situasjonar eleven opplever som ubehagelege, til dømes prøvesituasjonar, situasjonar der ein må snakke høgt i klassen, kroppsøving osv.',
        'If possible – gradual exposure to situations the student finds uncomfortable, for example tests, situations where one must speak up in class, physical education etc.',
      ),
      arena: 'undervisning',
    },
    {
      code: 'skolevegring-070',
      title: t('Gi eleven alternativer til å gå hjem', 'Gi eleven alternativ til å gå heim', 'Give the student alternatives to going home'),
    },
  ]),

  ...inCategory('skolevegring-forsterkning', { level: 'individ', arena: 'skole', caseKinds: schoolRefusal }, [
    {
      code: 'skolevegring-071',
      title: t(
        'Arrangere lystbetont aktivitet for klassen/ liten gruppe (turer, filmfremvisning, «kosetime»)',
        'Arrangere lystbetont aktivitet for klassen/lita gruppe (turar, filmframsyning, «kosetime»)',
        'Arrange an enjoyable activity for the class/a small group (outings, film showings, a "cosy hour")',
      ),
      level: 'gruppe',
      arena: 'klassemiljo',
    },
    {
      code: 'skolevegring-072',
      title: t(
        'Positiv forstrekning gjennom aktiviteter på fritiden (aktiviteter med venner, familie).',
        'Positiv forsterking gjennom aktivitetar på fritida (aktivitetar med vener, familie).',
        'Positive reinforcement through leisure activities (activities with friends, family).',
      ),
      description: t(
        'Dette gir familien mulighet til å fokusere på noe positivt og få gode opplevelser i perioder der skolefraværet skaper konflikt og uro i familien.',
        'Dette gir familien høve til å fokusere på noko positivt og få gode opplevingar i periodar der skulefråværet skaper konflikt og uro i familien.',
        'This lets the family focus on something positive and have good experiences in periods when the school absence causes conflict and unrest in the family.',
      ),
      arena: 'fritid',
    },
    {
      code: 'skolevegring-073',
      title: t(
        'Utplassering i ønsket praksisplass/tiltak, gjerne knyttet opp mot videre muligheter for utdanning',
        'Utplassering i ønskt praksisplass/tiltak, gjerne knytt til vidare moglegheiter for utdanning',
        'Work placement in a placement/programme the student wants, preferably linked to further educational opportunities',
      ),
    },
    {
      code: 'skolevegring-074',
      title: t(
        'Mulighet for eleven til å påvirke undervisningsform, oppgaver eller andre skolerelaterte aktiviteter etter egne ønsker',
        'Høve for eleven til å påverke undervisningsform, oppgåver eller andre skulerelaterte aktivitetar etter eigne ønske',
        'Opportunity for the student to influence teaching methods, tasks or other school activities according to their own wishes',
      ),
      arena: 'undervisning',
    },
  ]),

  ...inCategory('skolevegring-plan-for-naervaer', { level: 'individ', arena: 'samarbeid_skole_hjem', caseKinds: schoolRefusal }, [
    {
      code: 'skolevegring-075',
      title: t('Enighet om arena for tilbakeføring', 'Semje om arena for tilbakeføring', 'Agreement on the arena for the return'),
    },
    {
      code: 'skolevegring-076',
      title: t(
        'Fremheve hensikten med å være på skolen eller gjennomføre annen hensiktsmessig aktivitet gjennom daglig aktivitet på skolen/tilrettelagt arena',
        'Framheve føremålet med å vere på skulen eller gjennomføre anna føremålstenleg aktivitet gjennom dagleg aktivitet på skulen/tilrettelagd arena',
        'Emphasise the purpose of being at school, or of another suitable activity, through daily activity at school/an adapted arena',
      ),
      arena: 'skole',
    },
    {
      code: 'skolevegring-077',
      title: t(
        'Veilede og trygge foresatte i at det beste for eleven er å være på skolen/den aktuelle arenaen',
        'Rettleie og tryggje dei føresette på at det beste for eleven er å vere på skulen/den aktuelle arenaen',
        'Guide and reassure the guardians that the best thing for the student is to be at school/the agreed arena',
      ),
    },
    {
      code: 'skolevegring-078',
      title: t(
        'Sørge for at skolesituasjonen virkelig er trygg for eleven',
        'Sørgje for at skulesituasjonen verkeleg er trygg for eleven',
        'Make sure the school situation really is safe for the student',
      ),
      arena: 'skole',
    },
    {
      code: 'skolevegring-079',
      title: t(
        'Gradvis tilbakeføring etter individuelt tilpasset plan – planen må være konkret og målbar',
        'Gradvis tilbakeføring etter ein individuelt tilpassa plan – planen må vere konkret og målbar',
        'Gradual return following an individually adapted plan – the plan must be concrete and measurable',
      ),
      arena: 'skole',
    },
    {
      code: 'skolevegring-080',
      title: t('Eleven med på råd.', 'Eleven med på råd.', 'The student is consulted.'),
      description: t(
        'Eleven kan komme med ideer til løsninger og kjenner på gjennomslagskraft i egen sak. Det er viktig å lage tiltak og planer basert på elevens opplevelser av situasjonen.',
        'Eleven kan kome med idear til løysingar og kjenner at han eller ho får gjennomslag i eiga sak. Det er viktig å lage tiltak og planar som byggjer på korleis eleven opplever situasjonen.',
        "The student can suggest solutions and feels they have a say in their own case. It is important to base measures and plans on the student's experience of the situation.",
      ),
      arena: 'skole',
    },
    {
      code: 'skolevegring-081',
      title: t(
        'Samarbeidsavtale - alle involverte voksne undertegner kontrakt for å stadfeste at de er enige om tilbakeføringen.',
        'Samarbeidsavtale – alle involverte vaksne skriv under ein kontrakt for å stadfeste at dei er einige om tilbakeføringa.',
        'Cooperation agreement – all the adults involved sign a contract to confirm that they agree on the return.',
      ),
    },
    {
      code: 'skolevegring-082',
      title: t(
        '«Blanke ark» - dersom eleven har mange anmerkninger eller store mangler når det kommer til krav og innleveringer, kan det være fordelaktig å sette strek over alt eller deler av dette og slik gi eleven en «frisk start».',
        '«Blanke ark» – dersom eleven har mange merknader eller store manglar når det gjeld krav og innleveringar, kan det vere ein fordel å setje strek over alt eller delar av dette og slik gi eleven ein «frisk start».',
        '"Clean slate" – if the student has many remarks or large gaps in requirements and hand-ins, it can help to wipe out all or part of this and so give the student a "fresh start".',
      ),
      description: t(
        'Dersom eleven opplever arbeidsmengden eller situasjonen som uoverkommelig, er det vanskelig for ham/ henne å motiveres til en tilbakeføring.',
        'Dersom eleven opplever arbeidsmengda eller situasjonen som uoverkomeleg, er det vanskeleg for han/ho å bli motivert til ei tilbakeføring.',
        'If the student finds the workload or the situation overwhelming, it is hard for him or her to be motivated to return.',
      ),
      arena: 'undervisning',
    },
    {
      code: 'skolevegring-083',
      title: t(
        'Innføre faste kveldsrutiner og begrensning av elektronikk i soveperioden (eks. «sovestasjon» for mobiltelefon).',
        'Innføre faste kveldsrutinar og avgrensing av elektronikk i soveperioden (t.d. «sovestasjon» for mobiltelefonen).',
        'Introduce fixed evening routines and limit electronics during sleeping hours (e.g. a "sleeping station" for the mobile phone).',
      ),
      arena: 'hjem',
    },
    {
      code: 'skolevegring-084',
      title: t('Innføre faste morgenrutiner', 'Innføre faste morgonrutinar', 'Introduce fixed morning routines'),
      arena: 'hjem',
    },
    {
      code: 'skolevegring-085',
      title: t(
        'Oppmuntring om morgenen (telefonsamtale eller tekstmelding fra skolen/andre)',
        'Oppmuntring om morgonen (telefonsamtale eller tekstmelding frå skulen/andre)',
        'Encouragement in the morning (a phone call or text message from the school/others)',
      ),
      arena: 'hjem',
    },
    {
      code: 'skolevegring-086',
      title: t(
        'Følge elev til skolen i avgrenset periode (venner, foresatte, slekt, kommunalt ansatt)',
        'Følgje eleven til skulen i ein avgrensa periode (vener, føresette, slekt, kommunalt tilsett)',
        'Accompany the student to school for a limited period (friends, guardians, relatives, a municipal employee)',
      ),
      arena: 'skoleveg',
    },
    {
      code: 'skolevegring-087',
      title: t(
        'Kjøring til skolen (foresatte, slekt, kommunalt ansatt)',
        'Køyring til skulen (føresette, slekt, kommunalt tilsett)',
        'Driving to school (guardians, relatives, a municipal employee)',
      ),
      arena: 'skoleveg',
    },
    {
      code: 'skolevegring-088',
      title: t(
        'Aktivere elevens/ familiens nettverk gjennom familieråd',
        'Aktivere nettverket til eleven/familien gjennom familieråd',
        "Activate the student's/family's network through a family group conference",
      ),
      arena: 'hjelpetjenester',
    },
    {
      code: 'skolevegring-089',
      title: t(
        'Eleven blir møtt i skolegården (av lærer, helsesøster eller annen skoleansatt) eller på annet avtalt sted og får følge til klasserommet',
        'Eleven blir møtt på skuleplassen (av lærar, helsesyster eller annan skuletilsett) eller ein annan avtalt stad og får følgje til klasserommet',
        'The student is met in the schoolyard (by a teacher, the school nurse or another member of staff) or at another agreed place and accompanied to the classroom',
      ),
      arena: 'skole',
    },
    {
      code: 'skolevegring-090',
      title: t(
        'Miljøskapende tiltak på skolen/ i klassen om morgenen («åpen kantine», «åpent klasserom»)',
        'Miljøskapande tiltak på skulen/i klassen om morgonen («open kantine», «ope klasserom»)',
        'Community-building measures at school/in the class in the morning ("open canteen", "open classroom")',
      ),
      level: 'gruppe',
      arena: 'klassemiljo',
    },
    {
      code: 'skolevegring-091',
      title: t(
        'Hyppige oppfølgingsmøter i tilbakeføringsfasen',
        'Hyppige oppfølgingsmøte i tilbakeføringsfasen',
        'Frequent follow-up meetings during the return phase',
      ),
    },
    {
      code: 'skolevegring-092',
      title: t(
        'Daglig «sjekkpunkt» med fortrolig voksen (gjerne ved oppstart)',
        'Dagleg «sjekkpunkt» med ein fortruleg vaksen (gjerne ved oppstart)',
        'A daily "checkpoint" with a trusted adult (preferably at the start of the day)',
      ),
      arena: 'skole',
    },
    {
      code: 'skolevegring-093',
      title: t('Daglig kontakt mellom skole/ hjem', 'Dagleg kontakt mellom skule/heim', 'Daily contact between school/home'),
    },
    {
      code: 'skolevegring-094',
      title: t(
        'Rask respons dersom elev eller andre ikke følger planen',
        'Rask respons dersom eleven eller andre ikkje følgjer planen',
        'Quick response if the student or others do not follow the plan',
      ),
    },
    {
      code: 'skolevegring-095',
      title: t(
        'Tydelige rutiner og forventninger for elev dersom han/henne ikke følger planen.',
        'Tydelege rutinar og forventningar til eleven dersom han/ho ikkje følgjer planen.',
        'Clear routines and expectations for the student if he or she does not follow the plan.',
      ),
      description: t(
        'Eksempelvis at TV, internett og mobil ikke er tilgjengelig i skoletiden dersom eleven blir hjemme',
        'Til dømes at TV, internett og mobil ikkje er tilgjengeleg i skuletida dersom eleven blir verande heime',
        'For example, that TV, internet and mobile phone are not available during school hours if the student stays home',
      ),
      arena: 'hjem',
    },
    {
      code: 'skolevegring-096',
      title: t(
        'Støtte foresatte gjennom å tilby veiledning i tilbakeføringsperioden slik at de klarer å «stå i situasjonen» med grensesetting, konsekvenser og alt en tilbakeføring innebærer',
        'Støtte dei føresette ved å tilby rettleiing i tilbakeføringsperioden, slik at dei klarer å «stå i situasjonen» med grensesetjing, konsekvensar og alt ei tilbakeføring inneber',
        'Support the guardians by offering guidance during the return period so that they can "stand firm" with limit-setting, consequences and everything a return involves',
      ),
    },
  ]),

  ...inCategory('skolevegring-struktur-og-forutsigbarhet', { level: 'individ', arena: 'skole', caseKinds: schoolRefusal }, [
    {
      code: 'skolevegring-097',
      title: t(
        'Eleven vet hva som forventes og alle voksne på skolen og hjemme er samkjørte i disse forventingene',
        'Eleven veit kva som er forventa, og alle vaksne på skulen og heime er samkøyrde i desse forventningane',
        'The student knows what is expected, and all adults at school and at home are aligned in these expectations',
      ),
      arena: 'samarbeid_skole_hjem',
    },
    {
      code: 'skolevegring-098',
      title: t('Samarbeidsmøter.', 'Samarbeidsmøte.', 'Cooperation meetings.'),
      description: t(
        'Skolen kaller inn til faste samarbeidsmøter med alle involverte og avholder slike møter fram til skolefraværet eller vegringen ikke lenger anses som alvorlig eller bekymringsfullt. Ved vedvarende vansker bør skoleledelsen være representert i samtlige møter',
        'Skulen kallar inn til faste samarbeidsmøte med alle involverte og held slike møte fram til skulefråværet eller vegringa ikkje lenger blir rekna som alvorleg eller urovekkjande. Ved vedvarande vanskar bør skuleleiinga vere representert i alle møta',
        'The school calls regular cooperation meetings with everyone involved and holds them until the school absence or refusal is no longer considered serious or worrying. If the difficulties persist, the school leadership should be represented at every meeting',
      ),
      arena: 'samarbeid_skole_hjem',
    },
    {
      code: 'skolevegring-099',
      title: t(
        'Kontaktlærer etablerer systemer for å ivareta forutsigbarhet og struktur for elevens skoledag, slik at eleven opplever trygghet, forutsigbarhet og kontroll',
        'Kontaktlæraren etablerer system for å ta vare på føreseielegheit og struktur i skuledagen til eleven, slik at eleven opplever tryggleik, føreseielegheit og kontroll',
        "The contact teacher sets up systems to secure predictability and structure in the student's school day, so that the student experiences security, predictability and control",
      ),
    },
    {
      code: 'skolevegring-100',
      title: t(
        'Faste møter mellom elev og lærer for å skape oversiktlighet i hverdagen',
        'Faste møte mellom elev og lærar for å skape oversikt i kvardagen',
        'Regular meetings between student and teacher to make everyday life clear',
      ),
    },
    {
      code: 'skolevegring-101',
      title: t(
        'Egen, tilpasset dagsplan og lekseplan/arbeidsplan.',
        'Eigen, tilpassa dagsplan og lekseplan/arbeidsplan.',
        'An individual, adapted daily plan and homework plan/work plan.',
      ),
      description: t(
        'En plan bør inneholde «hvem, hva, hvor» (hvilken voksen er tilgjengelig for eleven/har ansvaret for økten (og evt hvilke elever), hvilket tema/aktivitet skal økten inneholde, hvilket sted/rom skal benyttes)',
        'Ein plan bør innehalde «kven, kva, kvar» (kva vaksen er tilgjengeleg for eleven/har ansvaret for økta (og ev. kva elevar), kva tema/aktivitet økta skal innehalde, kva stad/rom som skal nyttast)',
        'A plan should say "who, what, where" (which adult is available to the student/responsible for the session (and possibly which students), which topic/activity the session holds, which place/room is used)',
      ),
      arena: 'undervisning',
    },
    {
      code: 'skolevegring-102',
      title: t(
        'Sørge for at foreldre har tilgang på samme informasjon som eleven (hva angår spesialavtaler om innleveringer, lekser, prøver osv.)',
        'Sørgje for at foreldra har tilgang til den same informasjonen som eleven (når det gjeld særavtalar om innleveringar, lekser, prøvar osv.)',
        'Make sure the parents have the same information as the student (about special arrangements for hand-ins, homework, tests etc.)',
      ),
      arena: 'samarbeid_skole_hjem',
    },
    {
      code: 'skolevegring-103',
      title: t(
        'Forberede og informere eleven om endringer i dagsrutiner, særlig på de dagene der det er endringer i den vanlige skolerutinen (for eksempel turdager, høytidsmarkeringer, osv.).',
        'Førebu og informere eleven om endringar i dagsrutinane, særleg på dei dagane der det er endringar i den vanlege skulerutinen (til dømes turdagar, høgtidsmarkeringar osv.).',
        'Prepare and inform the student about changes in daily routines, especially on days when the usual school routine changes (for example outing days, celebrations of holidays etc.).',
      ),
    },
    {
      code: 'skolevegring-104',
      title: t(
        'Møte eleven i skolegården eller på avtalt sted for å følge han/ hun til klasserommet',
        'Møte eleven på skuleplassen eller på ein avtalt stad for å følgje han/ho til klasserommet',
        'Meet the student in the schoolyard or at an agreed place and accompany him or her to the classroom',
      ),
    },
    {
      code: 'skolevegring-105',
      title: t(
        'Påse at eleven vet hvilke lærere han/hun skal ha i hvilke timer',
        'Sjå til at eleven veit kva lærarar han/ho skal ha i kva timar',
        'Make sure the student knows which teachers he or she has in which lessons',
      ),
      arena: 'undervisning',
    },
    {
      code: 'skolevegring-106',
      title: t(
        'Utarbeide arbeidsavtaler mellom lærer og elev, hvor målet er at eleven til enhver tid skal vite hva som forventes av han/ henne i forhold til arbeidsoppgaver i timene',
        'Utarbeide arbeidsavtalar mellom lærar og elev, der målet er at eleven til kvar tid skal vite kva som er venta av han/ho når det gjeld arbeidsoppgåver i timane',
        'Draw up work agreements between teacher and student so that the student always knows what is expected of him or her in terms of tasks in lessons',
      ),
      arena: 'undervisning',
    },
    {
      code: 'skolevegring-107',
      title: t(
        'Så langt som mulig å unngå uforutsigbare undervisningsopplegg',
        'Så langt som mogleg unngå uføreseielege undervisningsopplegg',
        'As far as possible, avoid unpredictable lesson plans',
      ),
      level: 'gruppe',
      arena: 'undervisning',
    },
    {
      code: 'skolevegring-108',
      title: t(
        'Sørge for at alle lærere (og vikarer) er informert om avtaler som er inngått, slik at eleven eksempelvis unngår å bli stilt krav på områder der han/hun har avtale om fritak',
        'Sørgje for at alle lærarar (og vikarar) er informerte om avtalar som er inngått, slik at eleven til dømes slepp å bli stilt krav på område der han/ho har avtale om fritak',
        'Make sure all teachers (and substitutes) are told about the agreements made, so that the student is not, for example, faced with demands in areas where he or she has an agreed exemption',
      ),
    },
    {
      code: 'skolevegring-109',
      title: t(
        'Jobbe aktivt med å ha fokus på prosess fremfor resultat',
        'Jobbe aktivt med å ha fokus på prosess framfor resultat',
        'Work actively to focus on process rather than results',
      ),
      arena: 'undervisning',
    },
    {
      code: 'skolevegring-110',
      title: t(
        'Gi eleven alternativer til å gå hjem fra skolen når han/hun kjenner trang til det.',
        'Gi eleven alternativ til å gå heim frå skulen når han/ho kjenner trong til det.',
        'Give the student alternatives to going home from school when he or she feels the urge to.',
      ),
    },
    {
      code: 'skolevegring-111',
      title: t(
        'Eget sett med bøker tilgjengelig på skolen (for elever som strever med orden)',
        'Eige sett med bøker tilgjengeleg på skulen (for elevar som strevar med å halde orden)',
        'A separate set of books kept at school (for students who struggle to keep things in order)',
      ),
      arena: 'undervisning',
    },
  ]),

  ...inCategory('skolevegring-tilpasning-av-krav', { level: 'individ', arena: 'undervisning', caseKinds: schoolRefusal }, [
    {
      code: 'skolevegring-112',
      title: t(
        'Fokusere på fag som eleven mestrer og sørge for faglig tilrettelegging og støtte',
        'Fokusere på fag som eleven meistrar, og sørgje for fagleg tilrettelegging og støtte',
        'Focus on subjects the student masters and provide academic adaptation and support',
      ),
    },
    {
      code: 'skolevegring-113',
      title: t(
        'Sørge for oppgaver som virker overkommelige for eleven',
        'Sørgje for oppgåver som verkar overkomelege for eleven',
        'Provide tasks that seem manageable to the student',
      ),
    },
    {
      code: 'skolevegring-114',
      title: t(
        'Arbeide med individuelle målsetninger og vektlegge personlig utvikling, fremfor sammenlikning med andre',
        'Arbeide med individuelle mål og leggje vekt på personleg utvikling framfor samanlikning med andre',
        'Work with individual goals and emphasise personal development rather than comparison with others',
      ),
    },
    {
      code: 'skolevegring-115',
      title: t(
        'Eleven får mulighet til selv å påvirke arbeidsmengde',
        'Eleven får høve til sjølv å påverke arbeidsmengda',
        'The student gets to influence the workload',
      ),
    },
    {
      code: 'skolevegring-116',
      title: t(
        'Permanente eller midlertidige fritak fra krav',
        'Permanente eller mellombelse fritak frå krav',
        'Permanent or temporary exemptions from requirements',
      ),
    },
    {
      code: 'skolevegring-117',
      title: t('Fritak fra lekser', 'Fritak frå lekser', 'Exemption from homework'),
    },
    {
      code: 'skolevegring-118',
      title: t('«Åpen- bok-prøve» eller forenklet prøve', '«Open bok-prøve» eller forenkla prøve', '"Open-book test" or a simplified test'),
    },
    {
      code: 'skolevegring-119',
      title: t('Muntlig prøve i fremfor skriftlig', 'Munnleg prøve i staden for skriftleg', 'Oral test instead of written'),
    },
    {
      code: 'skolevegring-120',
      title: t('Lengre tid til å gjennomføre prøver', 'Lengre tid til å gjennomføre prøvar', 'More time to complete tests'),
    },
    {
      code: 'skolevegring-121',
      title: t('Prøve i grupperom sammen med voksen', 'Prøve på grupperom saman med ein vaksen', 'Test in a group room with an adult'),
    },
    {
      code: 'skolevegring-122',
      title: t(
        'Gradvis tilvenning til vurdering/øve på vurderingssituasjoner i trygge rammer',
        'Gradvis tilvenjing til vurdering/øve på vurderingssituasjonar i trygge rammer',
        'Gradually getting used to assessment/practising assessment situations in a safe setting',
      ),
    },
    {
      code: 'skolevegring-123',
      title: t(
        'Fjerning av enkelte evalueringssituasjoner i avgrenset periode',
        'Fjerne enkelte vurderingssituasjonar i ein avgrensa periode',
        'Removing certain assessment situations for a limited period',
      ),
    },
    {
      code: 'skolevegring-124',
      title: t(
        'Gi eleven mulighet til å påvirke frister for innleveringer, prøver, fremlegg',
        'Gi eleven høve til å påverke fristar for innleveringar, prøvar og framlegg',
        'Let the student influence deadlines for hand-ins, tests and presentations',
      ),
    },
    {
      code: 'skolevegring-125',
      title: t(
        'Sette strek over fortid (anmerkninger, skulk fra prøver osv.) «Frisk start»',
        'Setje strek over fortida (merknader, skulk frå prøvar osv.) «Frisk start»',
        'Wipe the slate clean (remarks, skipped tests etc.): a "fresh start"',
      ),
    },
    {
      code: 'skolevegring-126',
      title: t(
        'Mulighet til å ta prøver/ levere innlevering på nytt for å forbedre karakter',
        'Høve til å ta prøvar / levere innleveringar på nytt for å betre karakteren',
        'Opportunity to retake tests/resubmit work to improve the grade',
      ),
    },
    {
      code: 'skolevegring-127',
      title: t(
        'Mulighet for å få vurdert arbeid underveis for så å få karakter til slutt',
        'Høve til å få vurdert arbeid undervegs og så få karakter til slutt',
        'Opportunity to have work assessed along the way and then get a grade at the end',
      ),
    },
    {
      code: 'skolevegring-128',
      title: t('Mappevurdering', 'Mappevurdering', 'Portfolio assessment'),
    },
    {
      code: 'skolevegring-129',
      title: t(
        'Fritak fra karakterer eller avvik fra kompetansemål og/eller fag- og timefordeling for trinnet (PPT)',
        'Fritak frå karakterar eller avvik frå kompetansemål og/eller fag- og timefordelinga for trinnet (PPT)',
        'Exemption from grades, or deviation from competence aims and/or the allocation of subjects and hours for the year (PPT)',
      ),
    },
    {
      code: 'skolevegring-130',
      title: t(
        'Behov for pauser bør evalueres og så langt det lar seg gjøre – timeplanfestes (for økt forutsigbarhet og å unngå at ansvaret legges på eleven eller at eleven tenker at den voksne forventer at han/hun er i klassen og derfor utelater pauser).',
        'Behovet for pausar bør vurderast og så langt det let seg gjere – setjast inn i timeplanen (for auka føreseielegheit og for å unngå at ansvaret blir lagt på eleven, eller at eleven tenkjer at den vaksne ventar at han/ho er i klassen, og derfor let vere å ta pausar).',
        'The need for breaks should be evaluated and, as far as possible, put into the timetable (for more predictability, and so that the responsibility is not left to the student, nor the student skips breaks thinking the adult expects him or her to stay in class).',
      ),
    },
  ]),

  ...inCategory('skolevegring-sosial-deltagelse', { level: 'individ', arena: 'undervisning', caseKinds: schoolRefusalAndEnvironment }, [
    {
      code: 'skolevegring-131',
      title: t(
        'Sørge for nøye gjennomtenkt inndeling av grupper ved gruppeoppgaver, slik at eleven kan delta i arbeidet på «sitt vis» og at det er forståelse for dette i gruppa',
        'Sørgje for nøye gjennomtenkt gruppeinndeling ved gruppeoppgåver, slik at eleven kan delta i arbeidet på «sin måte», og at det er forståing for dette i gruppa',
        'Plan groups for group work carefully, so that the student can take part "in their own way" and the group understands this',
      ),
    },
    {
      code: 'skolevegring-132',
      title: t(
        'Gradvis tilvenning til muntlig deltakelse gjennom øving i trygge situasjoner (1:1, liten gruppe)',
        'Gradvis tilvenjing til munnleg deltaking gjennom øving i trygge situasjonar (1:1, lita gruppe)',
        'Gradually getting used to speaking up by practising in safe situations (one to one, small group)',
      ),
    },
    {
      code: 'skolevegring-133',
      title: t(
        'Fritak fra muntlig deltakelse i bestemte fag i en periode',
        'Fritak frå munnleg deltaking i bestemte fag i ein periode',
        'Exemption from oral participation in certain subjects for a period',
      ),
    },
    {
      code: 'skolevegring-134',
      title: t(
        'Fritak fra fremlegg foran klassen i en periode (fagsamtale/ fremlegg med lærer, video)',
        'Fritak frå framlegg framfor klassen i ein periode (fagsamtale/framlegg med lærar, video)',
        'Exemption from presenting in front of the class for a period (subject conversation/presentation to the teacher, video)',
      ),
    },
    {
      code: 'skolevegring-135',
      title: t(
        'Unngå stigmatiserende tiltak der eleven føler seg særlig utsatt blant medelever – avklare i samråd med eleven.',
        'Unngå stigmatiserande tiltak der eleven kjenner seg særleg utsett blant medelevane – avklar i samråd med eleven.',
        'Avoid stigmatising measures where the student feels particularly exposed among classmates – agree this with the student.',
      ),
      arena: 'skole',
    },
    {
      code: 'skolevegring-136',
      title: t(
        'Sørge for at eleven er forberedt og trygget, gjennom å gi detaljert informasjon om hva som skal skje i kroppsøvingstimer eller andre, mer ustrukturerte/uforutsigbare fag/aktiviteter',
        'Sørgje for at eleven er førebudd og trygga ved å gi detaljert informasjon om kva som skal skje i kroppsøvingstimar eller andre, meir ustrukturerte/uføreseielege fag/aktivitetar',
        'Make sure the student is prepared and reassured by giving detailed information about what will happen in physical education or other less structured/less predictable subjects/activities',
      ),
    },
    {
      code: 'skolevegring-137',
      title: t(
        'Legge til rette for at eleven kan testes i ulike øvelser kun foran lærer',
        'Leggje til rette for at eleven kan bli testa i ulike øvingar berre framfor læraren',
        'Arrange for the student to be tested in various exercises in front of the teacher only',
      ),
    },
    {
      code: 'skolevegring-138',
      title: t(
        'Erstatte kroppsøvingstimer med andre fysiske aktiviteter alene eller i liten gruppe.',
        'Erstatte kroppsøvingstimar med andre fysiske aktivitetar åleine eller i lita gruppe.',
        'Replace physical education lessons with other physical activities alone or in a small group.',
      ),
      description: t(
        'Eksempelvis å sykle, gå tur, eller trene på treningsstudio',
        'Til dømes å sykle, gå tur eller trene på treningsstudio',
        'For example cycling, walking or training at a gym',
      ),
    },
    {
      code: 'skolevegring-139',
      title: t(
        'Mulighet for egentrening (etter plan lagt sammen med lærer) og loggføring i avgrenset periode.',
        'Høve til eigentrening (etter ein plan lagd saman med læraren) og loggføring i ein avgrensa periode.',
        'Opportunity to train on one\'s own (following a plan made with the teacher) and keep a log for a limited period.',
      ),
      description: t(
        'Mulighet for å skifte i egen garderobe',
        'Høve til å skifte i eigen garderobe',
        'Opportunity to change in a separate changing room',
      ),
    },
  ]),

  ...inCategory('skolevegring-voksenrelasjoner', { level: 'individ', arena: 'skole', caseKinds: schoolRefusal }, [
    {
      code: 'skolevegring-140',
      title: t('Bli kjent med eleven.', 'Bli kjend med eleven.', 'Get to know the student.'),
      description: t(
        'Legge opp til samtaler der man blir kjent med positive sider av eleven og styrer unna problematiske temaer. Skape kontakt og tillit',
        'Leggje opp til samtalar der ein blir kjend med positive sider ved eleven og styrer unna problematiske tema. Skape kontakt og tillit',
        "Plan conversations that bring out the student's positive sides and steer clear of difficult topics. Build contact and trust",
      ),
    },
    {
      code: 'skolevegring-141',
      title: t(
        'Vise eleven at han/hun er betydningsfull og at noe mangler når han/hun ikke er på skolen',
        'Vise eleven at han/ho betyr noko, og at noko manglar når han/ho ikkje er på skulen',
        'Show the student that he or she matters and that something is missing when he or she is not at school',
      ),
    },
    {
      code: 'skolevegring-142',
      title: t(
        'Faste samtaler med eleven og kontaktlærer (gjerne daglig/ukentlig og på fast tidspunkt)',
        'Faste samtalar mellom eleven og kontaktlæraren (gjerne dagleg/vekentleg og på fast tidspunkt)',
        'Regular conversations between the student and the contact teacher (preferably daily/weekly and at a fixed time)',
      ),
    },
    {
      code: 'skolevegring-143',
      title: t(
        'Samtaler med helsesykepleier, rådgiver, sosiallærer, eller annen',
        'Samtalar med helsesjukepleiar, rådgivar, sosiallærar eller annan',
        'Conversations with the school nurse, counsellor, social teacher or someone else',
      ),
    },
    {
      code: 'skolevegring-144',
      title: t(
        'Opprette kontakt med en person som eleven kan møte ved begynnelsen eller slutten av skoledagen',
        'Opprette kontakt med ein person som eleven kan møte i byrjinga eller slutten av skuledagen',
        'Set up contact with a person the student can meet at the beginning or end of the school day',
      ),
    },
    {
      code: 'skolevegring-145',
      title: t(
        'Gi mulighet til kommunikasjon med kontaktlærer i skriftlig form (mail, chat e.l.) dersom muntlig kommunikasjon er vanskelig',
        'Gi høve til skriftleg kommunikasjon med kontaktlæraren (e-post, chat e.l.) dersom munnleg kommunikasjon er vanskeleg',
        'Allow written communication with the contact teacher (e-mail, chat etc.) if talking is difficult',
      ),
    },
    {
      code: 'skolevegring-146',
      title: t(
        'SMS eller annen liknende kontakt mellom voksen og elev (særlig virkningsfullt når kontaktlærer gjør dette).',
        'SMS eller anna liknande kontakt mellom vaksen og elev (særleg verknadsfullt når kontaktlæraren gjer dette).',
        'Text messages or similar contact between adult and student (especially effective when the contact teacher does it).',
      ),
      description: t(
        'Spesielt viktig i forbindelse med overganger etter ferier o.l.',
        'Særleg viktig i samband med overgangar etter feriar o.l.',
        'Especially important at transitions after holidays and the like.',
      ),
    },
    {
      code: 'skolevegring-147',
      title: t(
        'Dersom eleven er helt fraværende fra skolen, kan kontaktlærer eller andre besøke eleven hjemme som et ledd i kartleggingen/tilbakeføringsplanen',
        'Dersom eleven er heilt borte frå skulen, kan kontaktlæraren eller andre besøkje eleven heime som eit ledd i kartlegginga/tilbakeføringsplanen',
        'If the student is completely absent from school, the contact teacher or others can visit the student at home as part of the mapping/return plan',
      ),
      arena: 'hjem',
    },
    {
      code: 'skolevegring-148',
      title: t(
        'Gjennom familieråd, finne fram til voksen person som har tid til og ønske om å tilbringe ekstra tid med eleven',
        'Gjennom familieråd finne fram til ein vaksen person som har tid til og ønske om å vere ekstra saman med eleven',
        'Through a family group conference, find an adult who has the time and wish to spend extra time with the student',
      ),
      arena: 'hjelpetjenester',
    },
  ]),

  ...inCategory('skolevegring-overganger', { level: 'individ', arena: 'skole', caseKinds: schoolRefusal }, [
    {
      code: 'skolevegring-149',
      title: t(
        'Gi eleven tilstrekkelig formasjon om hva som skal skje i kommende uke/ termin/ skoleår.',
        'Gi eleven tilstrekkeleg informasjon om kva som skal skje i komande veke/termin/skuleår.',
        'Give the student enough information about what will happen in the coming week/term/school year.',
      ),
      description: t('Hva, hvem, hvor?', 'Kva, kven, kvar?', 'What, who, where?'),
    },
    {
      code: 'skolevegring-150',
      title: t(
        'Holde kontakt med eleven i overganger knyttet til ferier – særlig ved overgang fra sommerferie til start nytt trinn/ ny termin.',
        'Halde kontakt med eleven i overgangar knytte til feriar – særleg ved overgangen frå sommarferie til start på nytt trinn/ny termin.',
        'Keep in touch with the student at transitions around holidays – especially from the summer holiday to the start of a new year/term.',
      ),
    },
    {
      code: 'skolevegring-151',
      title: t('Arrangere skolebesøk ved overganger', 'Arrangere skulebesøk ved overgangar', 'Arrange school visits at transitions'),
    },
    {
      code: 'skolevegring-152',
      title: t(
        'Tilby eleven et møte i forkant av skolestart der hun/han sammen med den nye kontaktlæreren går på omvisning i skolebygget og forberedes på hva som vil skje de første dagene på ny skole',
        'Tilby eleven eit møte før skulestart der ho/han saman med den nye kontaktlæraren går ei runde i skulebygget og blir førebudd på kva som vil skje dei første dagane på ny skule',
        'Offer the student a meeting before school starts where she/he is shown round the school building with the new contact teacher and prepared for what will happen in the first days at the new school',
      ),
    },
    {
      code: 'skolevegring-153',
      title: t(
        'Innkalle familien til oppstartsmøte uken før overgang til ny skole/ ny klasse.',
        'Kalle inn familien til oppstartsmøte veka før overgangen til ny skule/ny klasse.',
        'Invite the family to a start-up meeting the week before the move to a new school/new class.',
      ),
      description: t(
        'Foresatte og elev legger sammen med kontaktlærer og ledelse en individuelt tilpasset plan for å forebygge skolefravær',
        'Føresette og elev legg saman med kontaktlærar og leiing ein individuelt tilpassa plan for å førebyggje skulefråvær',
        'Together with the contact teacher and the leadership, the guardians and the student make an individually adapted plan to prevent school absence',
      ),
      arena: 'samarbeid_skole_hjem',
    },
    {
      code: 'skolevegring-154',
      title: t(
        'Det anbefales fadderordning ved overganger.',
        'Det er tilrådd med fadderordning ved overgangar.',
        'A buddy scheme is recommended at transitions.',
      ),
      level: 'skole',
    },
    {
      code: 'skolevegring-155',
      title: t(
        'Sørge for at sårbare elever med høyt fravær får tilstrekkelig tett oppfølging og veiledning i forbindelse med linjevalg og valg av VGS',
        'Sørgje for at sårbare elevar med høgt fråvær får tilstrekkeleg tett oppfølging og rettleiing i samband med linjeval og val av vidaregåande skule',
        'Make sure vulnerable students with high absence get close enough follow-up and guidance when choosing a programme and an upper secondary school',
      ),
    },
    {
      code: 'skolevegring-156',
      title: t(
        'Kontakte OT i forbindelse med overgang til VGS - forebyggende',
        'Kontakte OT i samband med overgangen til vidaregåande skule – førebyggjande',
        'Contact the follow-up service (OT) at the transition to upper secondary school – as prevention',
      ),
      arena: 'hjelpetjenester',
    },
  ]),

  // Part B block without a heading in the seed: relations with peers.
  ...inCategory('skolevegring-medelever', { level: 'individ', arena: 'klassemiljo', caseKinds: schoolRefusalAndEnvironment }, [
    {
      code: 'skolevegring-157',
      title: t('Koble eleven til en medelev', 'Kople eleven til ein medelev', 'Pair the student with a classmate'),
    },
    {
      code: 'skolevegring-158',
      title: t(
        'Plassere elev i grupper sammensatt kun av elever han/hun er trygg på',
        'Plassere eleven i grupper sette saman berre av elevar han/ho er trygg på',
        'Place the student in groups made up only of students he or she feels safe with',
      ),
    },
    {
      code: 'skolevegring-159',
      title: t(
        'Gjøre bevisste valg hva angår elevens plassering i klasserommet, dvs. at eleven skal oppleve å bli sett, eleven kan plasseres med venner eller trygge medelever, osv.',
        'Gjere medvitne val om kvar eleven blir plassert i klasserommet, dvs. at eleven skal oppleve å bli sett, eleven kan plasserast med vener eller trygge medelevar osv.',
        "Make deliberate choices about the student's seat in the classroom, i.e. the student should feel seen, can be seated with friends or classmates they feel safe with, etc.",
      ),
    },
    {
      code: 'skolevegring-160',
      title: t(
        'Sørge for at eleven har noen å gå sammen med til skolen',
        'Sørgje for at eleven har nokon å gå saman med til skulen',
        'Make sure the student has someone to walk to school with',
      ),
      arena: 'skoleveg',
    },
    {
      code: 'skolevegring-161',
      title: t(
        'Styrke elevens posisjon i klassen gjennom å legge opp til oppgaver og prosjekter der eleven har spesiell interesse/ kompetanse',
        'Styrkje posisjonen til eleven i klassen ved å leggje opp til oppgåver og prosjekt der eleven har særleg interesse/kompetanse',
        "Strengthen the student's position in the class through tasks and projects where the student has a particular interest/competence",
      ),
    },
    {
      code: 'skolevegring-162',
      title: t(
        'Dersom eleven er helt fraværende fra skolen; sørg for at eleven opprettholder positiv kontakt med medelever for å hindre sosial isolasjon.',
        'Dersom eleven er heilt borte frå skulen: sørg for at eleven held oppe positiv kontakt med medelevar for å hindre sosial isolasjon.',
        'If the student is completely absent from school, make sure the student keeps up positive contact with classmates to prevent social isolation.',
      ),
      description: t(
        'Dette kan gjøres ved for eksempel: brev fra klassen, besøk fra klassekamerater. Kontaktlærer kan også oppfordre klassen til å sende hyggelige tekstmeldinger og til å besøke eleven i fritiden',
        'Dette kan gjerast til dømes med brev frå klassen og besøk frå klassekameratar. Kontaktlæraren kan òg oppmode klassen til å sende hyggelege tekstmeldingar og til å besøkje eleven på fritida',
        'This can be done, for example, with letters from the class or visits from classmates. The contact teacher can also encourage the class to send friendly text messages and to visit the student in their free time',
      ),
    },
    {
      code: 'skolevegring-163',
      title: t(
        'Igangsetting av faste aktiviteter i friminuttene',
        'Setje i gang faste aktivitetar i friminutta',
        'Start regular activities during breaks',
      ),
      level: 'gruppe',
      arena: 'friminutt',
    },
    {
      code: 'skolevegring-164',
      title: t(
        'Bytte klasse (dersom det anses som hensiktsmessig både av elev og andre)',
        'Byte klasse (dersom både eleven og andre meiner det er føremålstenleg)',
        'Change class (if both the student and others consider it appropriate)',
      ),
    },
    {
      code: 'skolevegring-165',
      title: t(
        'Styrke relasjoner i forbindelse med overganger.',
        'Styrkje relasjonar i samband med overgangar.',
        'Strengthen relationships at transitions.',
      ),
      description: t(
        'For eksempel faddergrupper i forbindelse med overgang til ungdomstrinnet.',
        'Til dømes faddergrupper ved overgangen til ungdomstrinnet.',
        'For example buddy groups at the move to lower secondary school.',
      ),
      level: 'gruppe',
    },
    {
      code: 'skolevegring-166',
      title: t(
        'Samarbeide tett med klassekontakt og initiere foreldrestyrte aktiviteter også utenfor skoletid',
        'Samarbeide tett med klassekontakten og ta initiativ til foreldrestyrte aktivitetar òg utanfor skuletida',
        "Work closely with the class's parent representative and initiate parent-led activities outside school hours too",
      ),
      level: 'gruppe',
      arena: 'samarbeid_skole_hjem',
    },
    {
      code: 'skolevegring-167',
      title: t(
        'Det kan være riktig å la eleven fortsette sosial kontakt på fritiden på dager vedkommende ikke har vært på skolen.',
        'Det kan vere rett å la eleven halde fram med sosial kontakt på fritida på dagar vedkomande ikkje har vore på skulen.',
        'It can be right to let the student keep up social contact in their free time on days they have not been at school.',
      ),
      description: t(
        'Dette vurderes individuelt ved fare for sosial isolasjon.',
        'Dette blir vurdert individuelt når det er fare for sosial isolasjon.',
        'This is assessed individually where there is a risk of social isolation.',
      ),
      arena: 'fritid',
    },
  ]),

  ...inCategory('skolevegring-klassemiljo-og-kultur', { level: 'gruppe', arena: 'klassemiljo', caseKinds: schoolRefusalAndEnvironment }, [
    {
      code: 'skolevegring-168',
      title: t(
        'Lage klasseregler for godt miljø og samspill',
        'Lage klassereglar for godt miljø og samspel',
        'Make class rules for a good environment and interaction',
      ),
    },
    {
      code: 'skolevegring-169',
      title: t(
        'Endre plassering i klasserommet og sørge for gjennomtenkt gruppeinndeling (voksenstyrt)',
        'Endre plasseringa i klasserommet og sørgje for gjennomtenkt gruppeinndeling (vaksenstyrt)',
        'Change the seating in the classroom and make sure groups are well thought out (adult-led)',
      ),
    },
    {
      code: 'skolevegring-170',
      title: t(
        'Utarbeide tydelige prosedyrer på skolen for håndtering av mobbing',
        'Utarbeide tydelege prosedyrar på skulen for handtering av mobbing',
        'Draw up clear procedures at the school for dealing with bullying',
      ),
      level: 'skole',
      arena: 'skole',
    },
    {
      code: 'skolevegring-171',
      title: t(
        'Jobbe for at klassekulturen blir mer prosessorientert enn prestasjonsorientert',
        'Jobbe for at klassekulturen blir meir prosessorientert enn prestasjonsorientert',
        'Work for a class culture that is more process-oriented than performance-oriented',
      ),
    },
    {
      code: 'skolevegring-172',
      title: t(
        'Sette inkludering og åpenhet på agendaen – arbeide holdningsskapende og holdningsendrende ved behov',
        'Setje inkludering og openheit på dagsordenen – arbeide haldningsskapande og haldningsendrande ved behov',
        'Put inclusion and openness on the agenda – work to shape and, where needed, change attitudes',
      ),
    },
    {
      code: 'skolevegring-173',
      title: t(
        'Sette av tid til «klassenes time» og bruke dette møtet til bevisst å jobbe med klassemiljø og planlegger positive sosiale aktiviteter',
        'Setje av tid til «klassens time» og bruke dette møtet til medvite å jobbe med klassemiljøet og planleggje positive sosiale aktivitetar',
        'Set aside time for "class time" and use it deliberately to work on the class environment and plan positive social activities',
      ),
    },
    {
      code: 'skolevegring-174',
      title: t(
        'Styrke klassemiljøet ved å benytte øvelser hentet fra klassisk «team-building»',
        'Styrkje klassemiljøet ved å bruke øvingar henta frå klassisk «teambygging»',
        'Strengthen the class environment with exercises taken from classic team-building',
      ),
    },
    {
      code: 'skolevegring-175',
      title: t(
        'Holde oversikt over klassemiljø gjennom jevnlige undersøkelser',
        'Halde oversikt over klassemiljøet gjennom jamlege undersøkingar',
        'Keep track of the class environment through regular surveys',
      ),
      description: t(
        'eksempelvis: http://www.klassetrivsel.no/no/kom-i-gang/proev-gratis.aspx',
        'til dømes: http://www.klassetrivsel.no/no/kom-i-gang/proev-gratis.aspx',
        'for example: http://www.klassetrivsel.no/no/kom-i-gang/proev-gratis.aspx',
      ),
    },
    {
      code: 'skolevegring-176',
      title: t(
        'Igangsetting av faste aktiviteter i friminuttene',
        'Setje i gang faste aktivitetar i friminutta',
        'Start regular activities during breaks',
      ),
      arena: 'friminutt',
    },
    {
      code: 'skolevegring-177',
      title: t(
        'Lystbetonte og sosialt samlende aktiviteter i friminutt og midttime',
        'Lystbetonte og sosialt samlande aktivitetar i friminutta og midttimen',
        'Enjoyable activities that bring students together during breaks and the midday break',
      ),
      arena: 'friminutt',
    },
    {
      code: 'skolevegring-178',
      title: t('Fadderordning', 'Fadderordning', 'Buddy scheme'),
      level: 'skole',
      arena: 'skole',
    },
    {
      code: 'skolevegring-179',
      title: t(
        '«Velkomstdager»/ «velkomstuke» på 8. trinn.',
        '«Velkomstdagar»/«velkomstveke» på 8. trinn.',
        '"Welcome days"/"welcome week" in year 8.',
      ),
      level: 'skole',
      arena: 'skole',
    },
    {
      code: 'skolevegring-180',
      title: t(
        'Oppfordre foreldrekontakt og foresatte til å organisere sosiale aktiviteter utenom skolen.',
        'Oppmod foreldrekontakten og dei føresette til å organisere sosiale aktivitetar utanom skulen.',
        "Encourage the class's parent representative and the guardians to organise social activities outside school.",
      ),
      description: t(
        'Med hensikt å styrke samhold og åpenhet både mellom elever og foresatte',
        'Føremålet er å styrkje samhaldet og openheita både mellom elevar og mellom føresette',
        'The aim is to strengthen togetherness and openness among both students and guardians',
      ),
      arena: 'samarbeid_skole_hjem',
    },
  ]),

  // Udir, "Tiltak i skolemiljøsaker".
  ...inCategory('skolemiljo-trygghet-og-tillit', { level: 'individ', arena: 'skole', caseKinds: environment }, [
    {
      code: 'skolemiljo-001',
      title: t('Tett oppfølging over tid', 'Tett oppfølging over tid', 'Close follow-up over time'),
      description: t(
        'Da kan det være hensiktsmessig at en ansatt som har en god relasjon til eleven får ansvar for å være elevens kontaktperson, og følge eleven tett over tid. Dere må vektlegge elevens mening når dere avgjør hvem som skal følge opp eleven.',
        'Då kan det vere føremålstenleg at ein tilsett som har ein god relasjon til eleven, får ansvar for å vere kontaktpersonen til eleven og følgje eleven tett over tid. De må leggje vekt på meininga til eleven når de avgjer kven som skal følgje opp eleven.',
        "It can then be useful for a member of staff who has a good relationship with the student to be made responsible for being the student's contact person and following the student closely over time. You must give weight to the student's view when deciding who will follow the student up.",
      ),
      guidance: [
        t(
          'Kontaktpersonen har jevnlig samtaler og møter med eleven for å trygge og resosialisere.',
          'Kontaktpersonen har jamleg samtalar og møte med eleven for å tryggje og resosialisere.',
          'The contact person has regular conversations and meetings with the student to reassure and resocialise.',
        ),
        t(
          'Elevens situasjon og behov avgjør når, hvor og hva samtalene skal handle om.',
          'Situasjonen og behova til eleven avgjer når, kvar og kva samtalane skal handle om.',
          "The student's situation and needs decide when and where the conversations take place and what they are about.",
        ),
        t(
          'Hvis eleven ønsker det, kan kontaktpersonen være i dialog med foreldrene og de andre voksne som følger opp eleven og elevgruppa.',
          'Om eleven ønskjer det, kan kontaktpersonen vere i dialog med foreldra og dei andre vaksne som følgjer opp eleven og elevgruppa.',
          'If the student wishes, the contact person can be in dialogue with the parents and the other adults who follow up the student and the group.',
        ),
        t(
          'Dere bør ikke organisere tiltaket på en måte som reduserer elevens mulighet til å bygge relasjoner med medelever.',
          'De bør ikkje organisere tiltaket på ein måte som reduserer moglegheita eleven har til å byggje relasjonar med medelevar.',
          "You should not organise the measure in a way that reduces the student's chance to build relationships with classmates.",
        ),
      ],
    },
  ]),
  ...inCategory('skolemiljo-tett-voksenkontakt', { level: 'gruppe', arena: 'skole', caseKinds: environment }, [
    {
      code: 'skolemiljo-002',
      title: t(
        'Sørg for at elever som ikke har det trygt og godt alltid har noen på skolen å gå til hvis de trenger det.',
        'Sørg for at elevar som ikkje har det trygt og godt, alltid har nokon på skulen å gå til om dei treng det.',
        'Make sure students who do not feel safe and well always have someone at school to turn to if they need it.',
      ),
      description: t(
        'Når skolemiljøet oppleves utrygt, kan et tiltak være å forsterke voksentettheten rundt en gruppe, eller én eller flere elever som kan ha behov for tettere voksenkontakt.',
        'Når skulemiljøet blir opplevd som utrygt, kan eit tiltak vere å auke vaksentettleiken rundt ei gruppe, eller éin eller fleire elevar som kan ha behov for tettare vaksenkontakt.',
        'When the school environment feels unsafe, one measure can be to increase the number of adults around a group, or around one or more students who may need closer adult contact.',
      ),
    },
  ]),
  ...inCategory('skolemiljo-skoledagens-start', { level: 'gruppe', arena: 'skole', caseKinds: environment }, [
    {
      code: 'skolemiljo-003',
      title: t(
        'Være tett på elevgrupper for å forebygge negative hendelser.',
        'Vere tett på elevgrupper for å førebyggje negative hendingar.',
        'Stay close to groups of students to prevent negative incidents.',
      ),
    },
    {
      code: 'skolemiljo-004',
      title: t(
        'Møte elever som føler seg utrygge hvis eleven ønsker det.',
        'Møte elevar som kjenner seg utrygge, om eleven ønskjer det.',
        'Meet students who feel unsafe, if the student wishes.',
      ),
      level: 'individ',
    },
    {
      code: 'skolemiljo-005',
      title: t('Ved overganger.', 'Ved overgangar.', 'At transitions.'),
    },
    {
      code: 'skolemiljo-006',
      title: t(
        'Ha tydelige forventninger og trene på hvordan elevene skal være med og mot hverandre i overganger mellom aktiviteter.',
        'Ha tydelege forventningar og øve på korleis elevane skal vere med og mot kvarandre i overgangar mellom aktivitetar.',
        'Have clear expectations and practise how students are to behave with and towards each other at transitions between activities.',
      ),
      arena: 'klassemiljo',
    },
    {
      code: 'skolemiljo-007',
      title: t(
        'Være oppmerksom på uteområde, garderober, kantine, områder mellom undervisningsrom og lignende.',
        'Vere merksam på uteområdet, garderobar, kantina, område mellom undervisningsrom og liknande.',
        'Keep an eye on the outdoor area, changing rooms, canteen, areas between classrooms and the like.',
      ),
      level: 'skole',
    },
  ]),
  ...inCategory('skolemiljo-laeringsokter', { level: 'gruppe', arena: 'undervisning', caseKinds: environment }, [
    {
      code: 'skolemiljo-008',
      title: t(
        'Sikre god oppstart og avslutning av læringsøkter.',
        'Sikre god oppstart og avslutning av læringsøkter.',
        'Make sure lessons start and end well.',
      ),
    },
    {
      code: 'skolemiljo-009',
      title: t('Sikre trygge overganger.', 'Sikre trygge overgangar.', 'Make transitions safe.'),
    },
    {
      code: 'skolemiljo-010',
      title: t(
        'Trygge elever i undervisningen og vurderingssituasjoner slik at de kan oppleve mestring og få vist kompetansen sin.',
        'Tryggje elevar i undervisninga og i vurderingssituasjonar slik at dei kan oppleve meistring og få vist kompetansen sin.',
        'Reassure students in lessons and assessment situations so that they can experience mastery and show their competence.',
      ),
      level: 'individ',
    },
    {
      code: 'skolemiljo-011',
      title: t(
        'Bestemme for eksempel gruppeinndelinger og valg av læringspartnere på forhånd.',
        'Bestemme til dømes gruppeinndelingar og val av læringspartnarar på førehand.',
        'Decide, for example, groups and choice of learning partners in advance.',
      ),
    },
    {
      code: 'skolemiljo-012',
      title: t(
        'Ha mulighet til å følge opp elever umiddelbart hvis de har behov for samtale, støtte eller annen oppfølging.',
        'Ha høve til å følgje opp elevar med ein gong om dei treng samtale, støtte eller anna oppfølging.',
        'Be able to follow up students at once if they need a conversation, support or other follow-up.',
      ),
      level: 'individ',
    },
  ]),
  ...inCategory('skolemiljo-friminutt', { level: 'gruppe', arena: 'friminutt', caseKinds: environment }, [
    {
      code: 'skolemiljo-013',
      title: t(
        'En eller flere ansatte har et spesielt ansvar for å observere og følge opp aktuelle elever og elevgrupper.',
        'Éin eller fleire tilsette har eit særleg ansvar for å observere og følgje opp aktuelle elevar og elevgrupper.',
        'One or more staff members have a special responsibility to observe and follow up the students and groups concerned.',
      ),
    },
    {
      code: 'skolemiljo-014',
      title: t(
        'Kartlegge og risikovurdere skolens område som grunnlag for en dekkende tilsynsplan.',
        'Kartleggje og risikovurdere området til skulen som grunnlag for ein dekkjande tilsynsplan.',
        "Map and risk-assess the school's grounds as the basis for a supervision plan that covers them.",
      ),
      level: 'skole',
    },
    {
      code: 'skolemiljo-015',
      title: t(
        'Sikre at tilsynsplanen følges hvis en ansatte er fraværende.',
        'Sikre at tilsynsplanen blir følgd om ein tilsett er borte.',
        'Make sure the supervision plan is followed if a staff member is absent.',
      ),
      level: 'skole',
    },
    {
      code: 'skolemiljo-016',
      title: t(
        'Være aktiv med å hjelpe elevene med relasjonsbygging.',
        'Vere aktiv i å hjelpe elevane med å byggje relasjonar.',
        'Actively help students build relationships.',
      ),
    },
    {
      code: 'skolemiljo-017',
      title: t(
        'Ha tilrettelagte aktiviteter inne i en periode hvis en elev opplever utrygghet ute.',
        'Ha tilrettelagde aktivitetar inne i ein periode om ein elev kjenner seg utrygg ute.',
        'Have adapted indoor activities for a period if a student feels unsafe outside.',
      ),
      level: 'individ',
    },
  ]),
  ...inCategory('skolemiljo-skoleveien', { level: 'skole', arena: 'skoleveg', caseKinds: environment }, [
    {
      code: 'skolemiljo-018',
      title: t('Følgegrupper', 'Følgjegrupper', 'Walking groups'),
      description: t(
        'Dere kan også sette inn tiltak i skolemiljø saker som gjelder på skoleveien, som for eksempel følgegrupper, trafikkvakter eller tilsyn.',
        'De kan òg setje inn tiltak i skulemiljøsaker som gjeld skulevegen, til dømes følgjegrupper, trafikkvakter eller tilsyn.',
        'You can also put measures in place in school-environment cases that concern the way to school, such as walking groups, traffic wardens or supervision.',
      ),
      level: 'gruppe',
    },
    {
      code: 'skolemiljo-019',
      title: t('Trafikkvakter', 'Trafikkvakter', 'Traffic wardens'),
      description: t(
        'Dere kan også sette inn tiltak i skolemiljø saker som gjelder på skoleveien, som for eksempel følgegrupper, trafikkvakter eller tilsyn.',
        'De kan òg setje inn tiltak i skulemiljøsaker som gjeld skulevegen, til dømes følgjegrupper, trafikkvakter eller tilsyn.',
        'You can also put measures in place in school-environment cases that concern the way to school, such as walking groups, traffic wardens or supervision.',
      ),
    },
    {
      code: 'skolemiljo-020',
      title: t('Tilsyn', 'Tilsyn', 'Supervision'),
      description: t(
        'Dere kan også sette inn tiltak i skolemiljø saker som gjelder på skoleveien, som for eksempel følgegrupper, trafikkvakter eller tilsyn.',
        'De kan òg setje inn tiltak i skulemiljøsaker som gjeld skulevegen, til dømes følgjegrupper, trafikkvakter eller tilsyn.',
        'You can also put measures in place in school-environment cases that concern the way to school, such as walking groups, traffic wardens or supervision.',
      ),
    },
  ]),
  ...inCategory('skolemiljo-organisering', { level: 'skole', arena: 'skole', caseKinds: environment }, [
    {
      code: 'skolemiljo-021',
      title: t(
        'Dere bør analysere hvordan dere organiserer for eksempel opplæringen, pauser, elevgrupper og lærerteam for å kunne gjøre eventuelle endringer.',
        'De bør analysere korleis de organiserer til dømes opplæringa, pausar, elevgrupper og lærarteam, for å kunne gjere eventuelle endringar.',
        'You should analyse how you organise, for example, teaching, breaks, student groups and teacher teams, so that you can make changes.',
      ),
      description: t(
        'Det er viktig at organiseringsløsningene dere velger ikke bidrar til å segregere elever, som for eksempel at en elev tas ut av fellesskapet over lengre perioder.',
        'Det er viktig at organiseringsløysingane de vel, ikkje bidreg til å segregere elevar, til dømes ved at ein elev blir teken ut av fellesskapet over lengre periodar.',
        'It is important that the way you organise things does not segregate students, for example by taking a student out of the community for long periods.',
      ),
    },
    {
      code: 'skolemiljo-022',
      title: t(
        'Når elevene jobber i grupper eller par er det alltid læreren som bør bestemme hvem som skal jobbe sammen, og hvor elevene skal jobbe.',
        'Når elevane jobbar i grupper eller par, er det alltid læraren som bør bestemme kven som skal jobbe saman, og kvar elevane skal jobbe.',
        'When students work in groups or pairs, it should always be the teacher who decides who works together and where.',
      ),
      description: t(
        'Læreren kjenner til dynamikkene i elevgruppa, og kan ta ekstra hensyn til eleven som ikke opplever å ha det trygt og godt.',
        'Læraren kjenner til dynamikken i elevgruppa og kan ta ekstra omsyn til eleven som ikkje opplever å ha det trygt og godt.',
        'The teacher knows the dynamics of the group and can take extra care of the student who does not feel safe and well.',
      ),
      level: 'gruppe',
      arena: 'undervisning',
    },
    {
      code: 'skolemiljo-023',
      title: t(
        'Læreren må hjelpe alle elevene til å bidra positivt i fellesskapet, gjennom godt planlagte læringsaktiviteter.',
        'Læraren må hjelpe alle elevane til å bidra positivt i fellesskapet gjennom godt planlagde læringsaktivitetar.',
        'The teacher must help all students contribute positively to the community through well-planned learning activities.',
      ),
      description: t(
        'Det har stor betydning for hver enkelt elev. I elevgrupper der noen ikke har det trygt og godt blir lærerens valg av organisering og arbeidsmåter ekstra betydningsfulle.',
        'Det har mykje å seie for kvar enkelt elev. I elevgrupper der nokon ikkje har det trygt og godt, blir vala læraren tek om organisering og arbeidsmåtar, ekstra viktige.',
        "It matters greatly to each student. In groups where someone does not feel safe and well, the teacher's choice of organisation and working methods becomes especially important.",
      ),
      level: 'gruppe',
      arena: 'undervisning',
    },
  ]),
  ...inCategory('skolemiljo-bedre-relasjoner', { level: 'gruppe', arena: 'klassemiljo', caseKinds: environment }, [
    {
      code: 'skolemiljo-024',
      title: t('Opprette egne elevgrupper', 'Opprette eigne elevgrupper', 'Setting up student support groups'),
      description: t(
        'Et tiltak for å bedre relasjonene mellom elevene kan være å opprette en egen elevgruppe, med medelever som gjør ulike aktiviteter sammen med eleven som ikke har et trygt og godt skolemiljø.',
        'Eit tiltak for å betre relasjonane mellom elevane kan vere å opprette ei eiga elevgruppe, med medelevar som gjer ulike aktivitetar saman med eleven som ikkje har eit trygt og godt skulemiljø.',
        'One measure to improve relations between students can be to set up a group of classmates who do various activities together with the student who does not have a safe and good school environment.',
      ),
      guidance: [
        t(
          'Eleven som ikke har det trygt og godt må selv ønske at læreren oppretter en gruppe, og både eleven selv og foreldrene må samtykke til tiltaket.',
          'Eleven som ikkje har det trygt og godt, må sjølv ønskje at læraren opprettar ei gruppe, og både eleven sjølv og foreldra må samtykkje til tiltaket.',
          'The student who does not feel safe and well must want the teacher to set up a group, and both the student and the parents must consent to the measure.',
        ),
        t(
          'Eleven velger selv ut noen av sine medelever som eleven er trygg på, og noen hen ønsker å bli bedre kjent med.',
          'Eleven vel sjølv ut nokre medelevar som eleven er trygg på, og nokre hen ønskjer å bli betre kjend med.',
          'The student chooses some classmates he or she feels safe with, and some he or she would like to get to know better.',
        ),
        t(
          'Elevene som er foreslått inn i gruppa bør spørres individuelt. Det må være frivillig å være med, og elevene som velges ut må også være engasjerte og motiverte for å være med. Elevenes foreldre må samtykke.',
          'Elevane som er føreslått til gruppa, bør spørjast kvar for seg. Det må vere friviljug å vere med, og elevane som blir valde ut, må òg vere engasjerte og motiverte for å vere med. Foreldra til elevane må samtykkje.',
          "The students proposed for the group should be asked individually. Taking part must be voluntary, and those chosen must also be engaged and motivated to take part. The students' parents must consent.",
        ),
        t(
          'Det er viktig at eleven som ikke har det trygt og godt får godkjenne hva skolen formidler til medlemmene av gruppa om bakgrunnen for at den opprettes.',
          'Det er viktig at eleven som ikkje har det trygt og godt, får godkjenne kva skulen fortel medlemmene i gruppa om bakgrunnen for at ho blir oppretta.',
          'It is important that the student who does not feel safe and well gets to approve what the school tells the group members about why it is being set up.',
        ),
        t(
          'En ansatt med en nær og god relasjon til eleven bør lede gruppa.',
          'Ein tilsett med ein nær og god relasjon til eleven bør leie gruppa.',
          'A member of staff with a close and good relationship with the student should lead the group.',
        ),
        t(
          'Dere bør ikke gjennomføre tiltaket hvis elevene ikke får mulighet til å medvirke.',
          'De bør ikkje gjennomføre tiltaket om elevane ikkje får høve til å medverke.',
          'You should not carry out the measure if the students cannot take part in shaping it.',
        ),
      ],
    },
    {
      code: 'skolemiljo-025',
      title: t('Gjøre aktiviteter sammen', 'Gjere aktivitetar saman', 'Doing activities together'),
      description: t(
        'Ved at eleven og den ansatte gjør en lystbetont aktivitet sammen, legger dere til rette for å styrke relasjonen på sikt.',
        'Ved at eleven og den tilsette gjer ein lystbetont aktivitet saman, legg de til rette for å styrkje relasjonen på sikt.',
        'By having the student and the staff member do an enjoyable activity together, you lay the ground for strengthening the relationship over time.',
      ),
      level: 'individ',
      arena: 'skole',
      guidance: [
        t(
          'For å lykkes med tiltaket må den ansatte ønske å forbedre sin relasjon til eleven',
          'For å lukkast med tiltaket må den tilsette ønskje å betre relasjonen sin til eleven',
          'For the measure to succeed, the staff member must want to improve their relationship with the student',
        ),
        t(
          'For å lykkes med tiltaket må den ansatte ta hensyn til elevens ønsker og interesser',
          'For å lukkast med tiltaket må den tilsette ta omsyn til ønska og interessene til eleven',
          "For the measure to succeed, the staff member must take account of the student's wishes and interests",
        ),
        t(
          'For å lykkes med tiltaket må skoleledelsen gi tiltaket tid og mulighet til å bli gjennomført',
          'For å lukkast med tiltaket må skuleleiinga gi tiltaket tid og høve til å bli gjennomført',
          'For the measure to succeed, the school leadership must give it the time and opportunity to be carried out',
        ),
        t(
          'For å lykkes med tiltaket må de ansatte som gjennomfører tiltaket samarbeide og utveksle erfaringer og ideer',
          'For å lukkast med tiltaket må dei tilsette som gjennomfører tiltaket, samarbeide og utveksle erfaringar og idear',
          'For the measure to succeed, the staff carrying it out must cooperate and exchange experiences and ideas',
        ),
        t(
          'For å lykkes med tiltaket må eleven og foreldrene være informert og støtte opp om tiltaket',
          'For å lukkast med tiltaket må eleven og foreldra vere informerte og stø opp om tiltaket',
          'For the measure to succeed, the student and the parents must be informed and support the measure',
        ),
        t(
          'Den ansatte bør følge eleven i aktiviteten og ikke være styrende',
          'Den tilsette bør følgje eleven i aktiviteten og ikkje vere styrande',
          'The staff member should follow the student in the activity and not take control',
        ),
        t(
          'Den ansatte bør oppmuntre og støtte elevens initiativ, vise interesse og følge sensitivt med',
          'Den tilsette bør oppmuntre og støtte initiativa til eleven, vise interesse og følgje sensitivt med',
          "The staff member should encourage and support the student's initiatives, show interest and pay sensitive attention",
        ),
        t(
          'Den ansatte bør «jakte på» elevens positive atferd og beskrive denne på en enkel og naturlig måte, i motsetning til å tolke, vurdere, korrigere og stille kritiske spørsmål',
          'Den tilsette bør «jakte på» den positive åtferda til eleven og skildre henne på ein enkel og naturleg måte, i staden for å tolke, vurdere, korrigere og stille kritiske spørsmål',
          "The staff member should \"hunt for\" the student's positive behaviour and describe it simply and naturally, rather than interpret, judge, correct and ask critical questions",
        ),
        t(
          'Den ansatte bør komme med gjennomtenkte og anerkjennende utsagn',
          'Den tilsette bør kome med gjennomtenkte og anerkjennande utsegner',
          'The staff member should make considered and appreciative remarks',
        ),
        t(
          'Den ansatte bør forberede eleven på overganger og avslutninger av både den enkelte aktiviteten og hele tiltaket',
          'Den tilsette bør førebu eleven på overgangar og avslutningar av både den enkelte aktiviteten og heile tiltaket',
          'The staff member should prepare the student for transitions and endings of both each activity and the whole measure',
        ),
        t(
          'Aktiviteten skal verken gjennomføres som en belønning for ønsket atferd eller som en konsekvens av uønsket atferd.',
          'Aktiviteten skal verken gjennomførast som ei påskjøning for ønskt åtferd eller som ein konsekvens av uønskt åtferd.',
          'The activity must be neither a reward for wanted behaviour nor a consequence of unwanted behaviour.',
        ),
      ],
    },
  ]),
];

export interface MeasureQuery {
  text?: string;
  category?: string;
  level?: MeasureLevel;
  arena?: MeasureArena;
  caseKind?: MeasureCaseKind;
  language: LocalisedLanguage;
}

// Stryker restore all
const searchableText = (m: BankMeasure, language: LocalisedLanguage) =>
  // join() writes a missing description as an empty text.
  foldForSearch([m.title[language], m.description?.[language], m.title.nb, m.description?.nb].join(' | '));

/**
 * The bank filtered, in its own (seed) order. Text matches when every word of the query occurs
 * in the title or description, in the chosen language or in bokmål: staff often know the
 * bokmål wording from the seed whatever language they read in.
 */
export function searchMeasures(query: MeasureQuery): BankMeasure[] {
  const words = searchWords(query.text ?? '');
  return measureBank.filter((m) => {
    if (query.category !== undefined && m.category !== query.category) return false;
    if (query.level !== undefined && m.level !== query.level) return false;
    if (query.arena !== undefined && m.arena !== query.arena) return false;
    if (query.caseKind !== undefined && !m.caseKinds.includes(query.caseKind)) return false;
    // Stryker disable next-line ConditionalExpression: with no words every measure matches anyway; this only spares folding its texts
    if (words.length === 0) return true;
    return matchesWords(words, searchableText(m, query.language));
  });
}

export function measureByCode(code: string): BankMeasure | undefined {
  return measureBank.find((m) => m.code === code);
}

export function categoryByKey(key: string): MeasureCategory | undefined {
  return measureCategories.find((c) => c.key === key);
}
