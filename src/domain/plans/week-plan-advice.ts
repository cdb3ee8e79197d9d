/**
 * What the absence seed (Rutine fraværsoppfølging, Søndre Land kommune) advises for the week plan of a gradual
 * return: its "Tom ukeplan" and the paragraphs on the timetable in "Tiltaksplan", in bokmål word
 * for word ("planensendes" in the seed is "planen sendes" here), with nynorsk and English.
 */
import type { Localised } from '../localised.js';

const t = (nb: string, nn: string, en: string): Localised => ({ nb, nn, en });

/**
 * ISO weekday (1 = Monday) a week plan starts on unless someone chooses otherwise. The seed,
 * under its empty week plan: «Denne timeplanen er «uvanlig» i formen fordi den går fra onsdag til
 * onsdag. Dette er fordi det for mange kan være lurt å ikke legge opp uka fra mandag til fredag
 * med evaluering på fredag. Da kan sjansen være stor for å gå inn i helgen med en dårlig følelse
 * på fredag og det å komme i gang igjen på mandag kan bli desto vanskeligere.»
 */
export const defaultWeekPlanStartWeekday = 3;

/** The columns of the seed's empty week plan: Wednesday to Wednesday, the weekend left out. */
export const weekPlanTemplateWeekdays = [3, 4, 5, 1, 2, 3] as const;

export interface WeekPlanAdviceItem {
  id: string;
  text: Localised;
  /** Heading in the absence seed. */
  source: 'Tom ukeplan' | 'Tiltaksplan' | 'Vedlegg 1: Eksempel på tiltaksplan';
}

export const weekPlanAdviceItems: readonly WeekPlanAdviceItem[] = [
  {
    id: 'onsdag-til-onsdag',
    source: 'Tom ukeplan',
    text: t(
      'Denne timeplanen er «uvanlig» i formen fordi den går fra onsdag til onsdag.',
      'Denne timeplanen er «uvanleg» i forma fordi han går frå onsdag til onsdag.',
      'This timetable has an "unusual" form because it runs from Wednesday to Wednesday.',
    ),
  },
  {
    id: 'ikke-mandag-til-fredag',
    source: 'Tom ukeplan',
    text: t(
      'Dette er fordi det for mange kan være lurt å ikke legge opp uka fra mandag til fredag med evaluering på fredag.',
      'Dette er fordi det for mange kan vere lurt å ikkje leggje opp veka frå måndag til fredag med evaluering på fredag.',
      'This is because for many it can be wise not to plan the week from Monday to Friday with the evaluation on Friday.',
    ),
  },
  {
    id: 'helgen',
    source: 'Tom ukeplan',
    text: t(
      'Da kan sjansen være stor for å gå inn i helgen med en dårlig følelse på fredag og det å komme i gang igjen på mandag kan bli desto vanskeligere.',
      'Då kan sjansen vere stor for å gå inn i helga med ei dårleg kjensle på fredag, og det å kome i gang att på måndag kan bli desto vanskelegare.',
      'Then there is a good chance of going into the weekend with a bad feeling on Friday, and getting going again on Monday can be all the harder.',
    ),
  },
  {
    id: 'folger-ikke-uka',
    source: 'Tom ukeplan',
    text: t(
      'Det anbefales derfor en plan som ikke nødvendigvis følger uka.',
      'Det er derfor tilrådd med ein plan som ikkje nødvendigvis følgjer veka.',
      'A plan that does not necessarily follow the calendar week is therefore recommended.',
    ),
  },
  {
    id: 'delmal-som-opptrapping',
    source: 'Tiltaksplan',
    text: t(
      'Delmål kan formuleres i form av en opptrappingsplan eller som gradvis økende krav til eleven i skolesituasjonen.',
      'Delmål kan formulerast som ein opptrappingsplan eller som gradvis aukande krav til eleven i skulesituasjonen.',
      'Intermediate goals can be written as a step-up plan or as gradually increasing demands on the student at school.',
    ),
  },
  {
    id: 'timeplan-med-eleven',
    source: 'Tiltaksplan',
    text: t(
      'Det skal utarbeides en timeplan i samarbeid med eleven, hva kan han/hun få til, hva er vanskelig. Denne planen sendes til foresatte for oppfølging.',
      'Det skal utarbeidast ein timeplan i samarbeid med eleven: kva han/ho kan få til, og kva som er vanskeleg. Denne planen blir send til dei føresette for oppfølging.',
      'A timetable is to be made together with the student: what he or she can manage and what is difficult. The plan is sent to the guardians for follow-up.',
    ),
  },
  {
    id: 'en-fra-skolen-til',
    source: 'Tiltaksplan',
    text: t(
      'Kontaktlærer har ansvar for å få med seg en annen av skolens personale til dette, for eksempel helsesykepleier, sosiallærer, rektor eller lignende.',
      'Kontaktlæraren har ansvar for å få med seg ein annan av dei tilsette på skulen til dette, til dømes helsesjukepleiar, sosiallærar, rektor eller liknande.',
      'The contact teacher is responsible for bringing in another member of the school staff, for example the school nurse, the social teacher, the principal or similar.',
    ),
  },
  {
    id: 'timeplan-for-hjemme',
    source: 'Tiltaksplan',
    text: t(
      'Dersom eleven deler av dagen eller uken ikke skal være på skolen, skal det lages en timeplan sammen med eleven og foresatte for hva som skal gjøres hjemme.',
      'Dersom eleven ikkje skal vere på skulen delar av dagen eller veka, skal det lagast ein timeplan saman med eleven og dei føresette for kva som skal gjerast heime.',
      'If the student is not to be at school for parts of the day or week, a timetable for what is to be done at home is made together with the student and the guardians.',
    ),
  },
  {
    id: 'rutiner-i-helger-og-ferier',
    source: 'Tiltaksplan',
    text: t(
      'Foresatte bør også informeres om viktigheten av rutiner i helger og ferier.',
      'Dei føresette bør òg få vite kor viktig det er med rutinar i helger og feriar.',
      'The guardians should also be told how important routines are at weekends and in holidays.',
    ),
  },
  {
    id: 'ukeplan-legges-ved',
    source: 'Vedlegg 1: Eksempel på tiltaksplan',
    text: t(
      'Uke/timeplan for uka legges også ved.',
      'Veke-/timeplan for veka blir òg lagd ved.',
      "The week's plan/timetable is attached as well.",
    ),
  },
];

export const weekPlanAdvice: readonly Localised[] = weekPlanAdviceItems.map((item) => item.text);

export interface WeekPlanTemplateRow {
  id: string;
  label: Localised;
  /** What the seed's empty week plan asks the row to cover each day. */
  prompts: readonly Localised[];
}

/** The rows of the seed's empty week plan ("Tom ukeplan"), filled in for each day. */
export const weekPlanTemplateRows: readonly WeekPlanTemplateRow[] = [
  {
    id: 'morgenen-hjemme',
    label: t('Morgenen hjemme', 'Morgonen heime', 'The morning at home'),
    prompts: [
      t(
        'Rutiner (vekking, frokost, når drar vi på skolen, hvem kjører/tar følge)',
        'Rutinar (vekking, frukost, når dreg vi på skulen, kven køyrer/følgjer)',
        'Routines (waking up, breakfast, when we leave for school, who drives/goes along)',
      ),
    ],
  },
  {
    id: 'skoledagen',
    label: t('Skoledagen', 'Skuledagen', 'The school day'),
    prompts: [
      t('Sikre overgangene', 'Sikre overgangane', 'Secure the transitions'),
      t(
        'Plan for hvem som skal være med eleven når og hva som skal skje',
        'Plan for kven som skal vere med eleven når, og kva som skal skje',
        'Plan for who is with the student when, and what will happen',
      ),
      t('Forventninger', 'Forventningar', 'Expectations'),
    ],
  },
  {
    id: 'ettermiddag-kveld',
    label: t('Ettermiddag/kveld', 'Ettermiddag/kveld', 'Afternoon/evening'),
    prompts: [
      t('Fritidsaktiviteter', 'Fritidsaktivitetar', 'Leisure activities'),
      t('Legging', 'Legging', 'Bedtime'),
      t(
        'Regulering av skjermtid og/eller andre ting',
        'Regulering av skjermtid og/eller andre ting',
        'Limits on screen time and/or other things',
      ),
    ],
  },
];

/**
 * Measures in the bank (tiltaksbank-skolevegring) that say the same about a gradual return:
 * a cooperation agreement whose step-up plan is an intermediate goal, one increase at a time,
 * extended mid-week and not right after a weekend or holiday, and a concrete, measurable plan.
 */
export const weekPlanRelatedMeasureCodes = ['skolevegring-014', 'skolevegring-015', 'skolevegring-079'] as const;
