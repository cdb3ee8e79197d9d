/**
 * Every flag explains itself in plain language: which rule, the threshold, and what was found.
 * Bokmål is the default; nynorsk and English are complete. The words follow DOMAIN.md.
 */
import type { FlagCandidate, RuleCode } from './flag.js';

export type Language = 'nb' | 'nn' | 'en';

export interface Explanation {
  rule: string;
  finding: string;
}

type Facts = FlagCandidate['facts'];
type Texts = Record<RuleCode, { rule: string; finding: (f: Facts) => string }>;

const n = (value: unknown, language: Language) =>
  typeof value === 'number' ? value.toLocaleString(language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 1 }) : String(value);

const date = (value: unknown) => {
  const [y, m, d] = String(value).split('-');
  return `${d}.${m}.${y}`;
};

const patternNames: Record<Language, Record<string, string>> = {
  nb: {
    ukedag: 'samme ukedag',
    rundt_helg_og_ferie: 'rundt helger og ferier',
    annenhver_uke: 'annenhver uke',
    samme_time: 'samme time',
    ett_fag: 'ett fag',
    sosken: 'samme dager som søsken',
    forsentkomming: 'forsentkomminger',
    forste_skoledag: 'første skoledag',
  },
  nn: {
    ukedag: 'same vekedag',
    rundt_helg_og_ferie: 'rundt helger og feriar',
    annenhver_uke: 'annakvar veke',
    samme_time: 'same time',
    ett_fag: 'eitt fag',
    sosken: 'same dagar som sysken',
    forsentkomming: 'forseintkomingar',
    forste_skoledag: 'første skuledag',
  },
  en: {
    ukedag: 'the same weekday',
    rundt_helg_og_ferie: 'around weekends and holidays',
    annenhver_uke: 'every other week',
    samme_time: 'the same lesson',
    ett_fag: 'one subject',
    sosken: 'the same days as a sibling',
    forsentkomming: 'late arrivals',
    forste_skoledag: 'the first school day',
  },
};

function texts(language: Language): Texts {
  const x = (v: unknown) => n(v, language);
  /** A count with its noun: "1 dag", "2 dager". */
  const k = (v: unknown, one: string, other: string) => `${x(v)} ${v === 1 ? one : other}`;
  const nb: Texts = {
    inntak_forsteonske: {
      rule: 'Inntak: tatt inn på førsteønsket med karaktersnitt på eller under grensen',
      finding: (f) => `Karaktersnittet fra ungdomsskolen er ${x(f.gradeAverage)} (grense ${x(f.maxGradeAverage)}).`,
    },
    inntak_lavere_onske: {
      rule: 'Inntak: tatt inn på et lavere ønske med karaktersnitt på eller under grensen',
      finding: (f) => `Tatt inn på ${x(f.admittedChoice)}. ønske med karaktersnitt ${x(f.gradeAverage)} (grense ${x(f.maxGradeAverage)}).`,
    },
    inntak_fravaer: {
      rule: 'Inntak: fravær i ungdomsskolen over grensen',
      finding: (f) => `Fraværet i ungdomsskolen var ${x(f.absencePercent)} % (grense: over ${x(f.abovePercent)} %).`,
    },
    inntak_karakter: {
      rule: 'Inntak: karakter 1 eller manglende karakter i enkeltfag',
      finding: (f) => `Fag med karakter 1 eller uten karakter: ${f.subjects}.`,
    },
    inntak_spesialundervisning: {
      rule: 'Inntak: melding om behov for spesialundervisning',
      finding: () => 'Søkerdataene har melding om behov for spesialundervisning.',
    },
    karakter: {
      rule: 'Karakter 1 eller IV ved midtveis- eller halvårsvurdering',
      finding: (f) => `${f.subject}: ${f.value} ved ${f.kind === 'midtveis' ? 'midtveisvurderingen' : 'halvårsvurderingen'} ${date(f.givenOn)}.`,
    },
    fravaer_halvaar: {
      rule: 'Fravær i halvåret: grenseland (gult) eller mye (rødt)',
      finding: (f) => `${k(f.days, 'dag', 'dager')} og ${k(f.hours, 'enkelttime', 'enkelttimer')} fra ${date(f.from)} til ${date(f.to)}. Gult fra ${x(f.yellowFromDays)} dager eller ${x(f.yellowFromHours)} timer, rødt fra ${x(f.redFromDays)} dager eller over ${x(f.redAboveHours)} timer.`,
    },
    fravaersmonster: {
      rule: 'Mønster i fraværet',
      finding: (f) =>
        f.pattern === 'forsentkomming'
          ? `${x(f.inCategory)} forsentkomminger denne terminen.`
          : f.pattern === 'forste_skoledag'
            ? 'Borte hele første skoledag etter sommeren.'
            : `Fravær ${patternNames.nb[String(f.pattern)]} (${f.label}): ${x(f.inCategory)} av ${x(f.of)}, der tilfeldig fravær ville gitt om lag ${x(f.expectedPercent)} %.`,
    },
    melding: {
      rule: 'Melding fra lærer',
      finding: (f) => `Melding (${String(f.kind).replace(/_/g, ' ')}) ${date(f.reportedOn)}.`,
    },
    forskningsanker: {
      rule: 'Lavt karaktersnitt og høyt fravær øker risikoen for frafall betydelig',
      finding: (f) => `Karaktersnitt ${x(f.gradeAverage)} (${f.gradeBasis === 'inntak' ? 'fra inntaket' : 'i år'}; grense ${x(f.maxGradeAverage)}) og ${x(f.absencePercent)} % fravær denne terminen (grense ${x(f.fromAbsencePercent)} %).`,
    },
    fravaer_uten_melding: {
      rule: 'Borte uten melding fra hjemmet: hjemmet kontaktes samme dag',
      finding: (f) => `Fravær ${date(f.date)} uten melding (${k(f.lessons, 'time', 'timer')}).`,
    },
    udokumentert_fravaer: {
      rule: 'Udokumentert fravær følges opp med umiddelbar kontakt med hjemmet',
      finding: (f) => `Udokumentert fravær ${date(f.date)} (${k(f.lessons, 'time', 'timer')}).`,
    },
    sammenhengende_fravaer: {
      rule: 'Sammenhengende fravær',
      finding: (f) => `Borte ${x(f.days)} skoledager på rad, ${date(f.first)}–${date(f.last)}${f.ongoing ? ', og fortsatt borte' : ''}.`,
    },
    ukesjekk: {
      rule: 'Ukesjekken: mange hele dager borte – rektor og hjemmet kontaktes',
      finding: (f) => `${k(f.days, 'hel dag', 'hele dager')} borte denne terminen (grense ${x(f.fromDays)}).`,
    },
    manedssjekk: {
      rule: 'Månedssjekken: udokumentert fravær følges opp med innkalling til samtale med foresatte',
      finding: (f) => `Udokumentert fravær på ${k(f.dates, 'dag', 'dager')} (${k(f.lessons, 'time', 'timer')}), ${date(f.from)}–${date(f.to)}.`,
    },
    fravaersgrense: {
      rule: 'Fraværsgrensen: for mye udokumentert fravær i et fag gir som hovedregel ikke karakter',
      finding: (f) =>
        `${f.subject}: ${x(f.percent)} % (${x(f.lessonsMissed)} av ${x(f.lessonsHeld)} timer). ` +
        (f.band === 'varsel'
          ? `Eleven skal varsles før grensen på ${x(f.limitPercent)} % nås.`
          : f.band === 'over_grensen'
            ? `Over grensen; mellom ${x(f.limitPercent)} og ${x(f.discretionUpToPercent)} % kan rektor likevel gi karakter.`
            : `Over ${x(f.discretionUpToPercent)} %: rektor kan ikke lenger bruke skjønn.`),
    },
  };
  if (language === 'nb') return nb;
  if (language === 'nn') {
    return {
      ...nb,
      inntak_forsteonske: { rule: 'Inntak: teken inn på førsteønsket med karaktersnitt på eller under grensa', finding: (f) => `Karaktersnittet frå ungdomsskulen er ${x(f.gradeAverage)} (grense ${x(f.maxGradeAverage)}).` },
      inntak_lavere_onske: { rule: 'Inntak: teken inn på eit lågare ønske med karaktersnitt på eller under grensa', finding: (f) => `Teken inn på ${x(f.admittedChoice)}. ønske med karaktersnitt ${x(f.gradeAverage)} (grense ${x(f.maxGradeAverage)}).` },
      inntak_fravaer: { rule: 'Inntak: fråvær i ungdomsskulen over grensa', finding: (f) => `Fråværet i ungdomsskulen var ${x(f.absencePercent)} % (grense: over ${x(f.abovePercent)} %).` },
      inntak_karakter: { rule: 'Inntak: karakter 1 eller manglande karakter i enkeltfag', finding: (f) => `Fag med karakter 1 eller utan karakter: ${f.subjects}.` },
      inntak_spesialundervisning: { rule: 'Inntak: melding om behov for spesialundervisning', finding: () => 'Søkjardataa har melding om behov for spesialundervisning.' },
      karakter: { rule: 'Karakter 1 eller IV ved midtvegs- eller halvårsvurdering', finding: (f) => `${f.subject}: ${f.value} ved ${f.kind === 'midtveis' ? 'midtvegsvurderinga' : 'halvårsvurderinga'} ${date(f.givenOn)}.` },
      fravaer_halvaar: { rule: 'Fråvær i halvåret: grenseland (gult) eller mykje (raudt)', finding: (f) => `${k(f.days, 'dag', 'dagar')} og ${k(f.hours, 'enkelttime', 'enkelttimar')} frå ${date(f.from)} til ${date(f.to)}. Gult frå ${x(f.yellowFromDays)} dagar eller ${x(f.yellowFromHours)} timar, raudt frå ${x(f.redFromDays)} dagar eller over ${x(f.redAboveHours)} timar.` },
      fravaersmonster: {
        rule: 'Mønster i fråværet',
        finding: (f) =>
          f.pattern === 'forsentkomming'
            ? `${x(f.inCategory)} forseintkomingar denne terminen.`
            : f.pattern === 'forste_skoledag'
              ? 'Borte heile første skuledag etter sommaren.'
              : `Fråvær ${patternNames.nn[String(f.pattern)]} (${f.label}): ${x(f.inCategory)} av ${x(f.of)}, der tilfeldig fråvær ville gitt om lag ${x(f.expectedPercent)} %.`,
      },
      melding: { rule: 'Melding frå lærar', finding: (f) => `Melding (${String(f.kind).replace(/_/g, ' ')}) ${date(f.reportedOn)}.` },
      forskningsanker: { rule: 'Lågt karaktersnitt og høgt fråvær aukar risikoen for fråfall monaleg', finding: (f) => `Karaktersnitt ${x(f.gradeAverage)} (${f.gradeBasis === 'inntak' ? 'frå inntaket' : 'i år'}; grense ${x(f.maxGradeAverage)}) og ${x(f.absencePercent)} % fråvær denne terminen (grense ${x(f.fromAbsencePercent)} %).` },
      fravaer_uten_melding: { rule: 'Borte utan melding frå heimen: heimen blir kontakta same dag', finding: (f) => `Fråvær ${date(f.date)} utan melding (${k(f.lessons, 'time', 'timar')}).` },
      udokumentert_fravaer: { rule: 'Udokumentert fråvær blir følgt opp med kontakt med heimen med ein gong', finding: (f) => `Udokumentert fråvær ${date(f.date)} (${k(f.lessons, 'time', 'timar')}).` },
      sammenhengende_fravaer: { rule: 'Samanhengande fråvær', finding: (f) => `Borte ${x(f.days)} skuledagar på rad, ${date(f.first)}–${date(f.last)}${f.ongoing ? ', og framleis borte' : ''}.` },
      ukesjekk: { rule: 'Vekesjekken: mange heile dagar borte – rektor og heimen blir kontakta', finding: (f) => `${k(f.days, 'heil dag', 'heile dagar')} borte denne terminen (grense ${x(f.fromDays)}).` },
      manedssjekk: { rule: 'Månadssjekken: udokumentert fråvær blir følgt opp med innkalling til samtale med føresette', finding: (f) => `Udokumentert fråvær på ${k(f.dates, 'dag', 'dagar')} (${k(f.lessons, 'time', 'timar')}), ${date(f.from)}–${date(f.to)}.` },
      fravaersgrense: {
        rule: 'Fråværsgrensa: for mykje udokumentert fråvær i eit fag gir som hovudregel ikkje karakter',
        finding: (f) =>
          `${f.subject}: ${x(f.percent)} % (${x(f.lessonsMissed)} av ${x(f.lessonsHeld)} timar). ` +
          (f.band === 'varsel'
            ? `Eleven skal varslast før grensa på ${x(f.limitPercent)} % blir nådd.`
            : f.band === 'over_grensen'
              ? `Over grensa; mellom ${x(f.limitPercent)} og ${x(f.discretionUpToPercent)} % kan rektor likevel gi karakter.`
              : `Over ${x(f.discretionUpToPercent)} %: rektor kan ikkje lenger bruke skjønn.`),
      },
    };
  }
  return {
    inntak_forsteonske: { rule: 'Intake: admitted on first choice with a grade average at or below the limit', finding: (f) => `Grade average from lower secondary is ${x(f.gradeAverage)} (limit ${x(f.maxGradeAverage)}).` },
    inntak_lavere_onske: { rule: 'Intake: admitted on a lower choice with a grade average at or below the limit', finding: (f) => `Admitted on choice ${x(f.admittedChoice)} with grade average ${x(f.gradeAverage)} (limit ${x(f.maxGradeAverage)}).` },
    inntak_fravaer: { rule: 'Intake: absence in lower secondary above the limit', finding: (f) => `Absence in lower secondary was ${x(f.absencePercent)} % (limit: above ${x(f.abovePercent)} %).` },
    inntak_karakter: { rule: 'Intake: grade 1 or no grade in a subject', finding: (f) => `Subjects with grade 1 or no grade: ${f.subjects}.` },
    inntak_spesialundervisning: { rule: 'Intake: notice of a need for special education', finding: () => 'The intake data has a notice of a need for special education.' },
    karakter: { rule: 'Grade 1 or IV at a midterm or half-year evaluation', finding: (f) => `${f.subject}: ${f.value} at the ${f.kind === 'midtveis' ? 'midterm' : 'half-year'} evaluation on ${date(f.givenOn)}.` },
    fravaer_halvaar: { rule: 'Absence in the half-year: borderline (yellow) or a lot (red)', finding: (f) => `${k(f.days, 'day', 'days')} and ${k(f.hours, 'single hour', 'single hours')} from ${date(f.from)} to ${date(f.to)}. Yellow from ${x(f.yellowFromDays)} days or ${x(f.yellowFromHours)} hours, red from ${x(f.redFromDays)} days or above ${x(f.redAboveHours)} hours.` },
    fravaersmonster: {
      rule: 'A pattern in the absence',
      finding: (f) =>
        f.pattern === 'forsentkomming'
          ? `${x(f.inCategory)} late arrivals this term.`
          : f.pattern === 'forste_skoledag'
            ? 'Away the whole first school day after the summer.'
            : `Absence on ${patternNames.en[String(f.pattern)]} (${f.label}): ${x(f.inCategory)} of ${x(f.of)}, where random absence would give about ${x(f.expectedPercent)} %.`,
    },
    melding: { rule: 'Report from a teacher', finding: (f) => `Report (${String(f.kind).replace(/_/g, ' ')}) on ${date(f.reportedOn)}.` },
    forskningsanker: { rule: 'A low grade average and high absence raise the risk of dropping out considerably', finding: (f) => `Grade average ${x(f.gradeAverage)} (${f.gradeBasis === 'inntak' ? 'from intake' : 'this year'}; limit ${x(f.maxGradeAverage)}) and ${x(f.absencePercent)} % absence this term (limit ${x(f.fromAbsencePercent)} %).` },
    fravaer_uten_melding: { rule: 'Absent with no notice from home: contact the home the same day', finding: (f) => `Absence on ${date(f.date)} with no notice (${k(f.lessons, 'lesson', 'lessons')}).` },
    udokumentert_fravaer: { rule: 'Undocumented absence is followed up by contacting the home at once', finding: (f) => `Undocumented absence on ${date(f.date)} (${k(f.lessons, 'lesson', 'lessons')}).` },
    sammenhengende_fravaer: { rule: 'Consecutive absence', finding: (f) => `Away ${x(f.days)} school days in a row, ${date(f.first)}–${date(f.last)}${f.ongoing ? ', and still away' : ''}.` },
    ukesjekk: { rule: 'Weekly check: many whole days away – the principal and the home are contacted', finding: (f) => `${k(f.days, 'whole day', 'whole days')} away this term (limit ${x(f.fromDays)}).` },
    manedssjekk: { rule: 'Monthly check: undocumented absence leads to a summons to talk with the guardians', finding: (f) => `Undocumented absence on ${k(f.dates, 'day', 'days')} (${k(f.lessons, 'lesson', 'lessons')}), ${date(f.from)}–${date(f.to)}.` },
    fravaersgrense: {
      rule: 'The absence limit: too much undocumented absence in a subject means, as a main rule, no grade',
      finding: (f) =>
        `${f.subject}: ${x(f.percent)} % (${x(f.lessonsMissed)} of ${x(f.lessonsHeld)} lessons). ` +
        (f.band === 'varsel'
          ? `The student must be warned before the ${x(f.limitPercent)} % limit is reached.`
          : f.band === 'over_grensen'
            ? `Over the limit; between ${x(f.limitPercent)} and ${x(f.discretionUpToPercent)} % the principal may still allow a grade.`
            : `Above ${x(f.discretionUpToPercent)} %: the principal can no longer use discretion.`),
    },
  };
}

export function explainFlag(flag: Pick<FlagCandidate, 'ruleCode' | 'facts'>, language: Language = 'nb'): Explanation {
  const t = texts(language)[flag.ruleCode];
  return { rule: t.rule, finding: t.finding(flag.facts) };
}
