/**
 * The words of a calendar feed and of a meeting's invitation, in the language chosen for it. Data,
 * like the texts of each PDF renderer: the server cannot read the web app's catalogs, and the
 * calendar says little — what kind of task or meeting, and where to read more. Never a student's
 * name, a reason or a purpose (docs/decisions/018-calendar-feeds.md).
 */
import type { CalendarLanguage } from '../../domain/calendar/calendar-events.js';
import type { CaseTaskKind } from '../../domain/cases/case-workflow.js';
import type { closerFollowUpTaskKind } from '../../domain/follow-up/closer-follow-up.js';
import type { TaskKind } from '../../domain/identification/flag.js';
import type { WheelActivityCode } from '../../domain/leadership/wheel-activities.js';
import type { MeetingKind } from '../../domain/vocabulary.js';

type KnownTaskKind = TaskKind | CaseTaskKind | typeof closerFollowUpTaskKind;

export interface CalendarWords {
  calendarName: string;
  calendarDescription: string;
  task: (what: string) => string;
  /** A task of a kind this version does not know (a newer kind, say): said without its kind. */
  someTask: string;
  wheel: (what: string) => string;
  /** A wheel task whose activity the school made itself: its own title is not carried out of Varde. */
  someWheelActivity: string;
  meeting: (what: string) => string;
  taskKinds: Record<KnownTaskKind, string>;
  wheelActivities: Record<WheelActivityCode, string>;
  meetingKinds: Record<MeetingKind, string>;
  /** The event's description: where the details are, and why they are not here. */
  description: (link: string) => string;
}

const nb: CalendarWords = {
  calendarName: 'Varde – oppgaver og møter',
  calendarDescription: 'Oppgavene dine med frist og møtene i sakene du er med i. Detaljene står i Varde.',
  task: (what) => `Oppgave: ${what}`,
  someTask: 'Oppgave i Varde',
  wheel: (what) => `Årshjul: ${what}`,
  someWheelActivity: 'Årshjul: aktivitet i Varde',
  meeting: (what) => `Møte: ${what}`,
  taskKinds: {
    kontakt_hjem: 'kontakt hjemmet',
    informer_rektor: 'informer rektor',
    innkall_foresatte: 'kall inn foresatte til samtale',
    varsle_elev: 'varsle eleven om fraværsgrensen',
    vurder_tiltak: 'vurder tiltak',
    kartleggingssamtale: 'kartleggingssamtale',
    meld_monster: 'meld fraværsmønsteret',
    kontakt_hjem_og_drof: 'kontakt foresatte og drøft fraværet med rektor',
    hold_kartleggingssamtale: 'kartleggingssamtale',
    skriv_og_signer_plan: 'skriv og signer planen',
    hold_evalueringsmote: 'evalueringsmøte',
    undersok_saken: 'undersøk saken',
    vurder_veien_videre: 'vurder veien videre',
    registrer_evaluering: 'registrer evalueringen',
    vurder_tettere_oppfolging: 'vurder tettere oppfølging',
  },
  wheelActivities: {
    inntaksanalyse: 'analyser inntaksdata og sett opp prioriteringslisten',
    klassesammensetting: 'sett sammen klassene',
    informer_kontaktlaerere: 'informer kontaktlærerne om hvem som er identifisert',
    informer_om_elevsamtale: 'informer elever og foresatte om elevsamtalen',
    kartlegging_a: 'kartlegging A – samtaler med de identifiserte elevene',
    kartlegging_b: 'kartlegging B – samtaler med alle elevene',
    kartlegging_c: 'kartlegging C – faglærernes vurdering',
    klasselaerermote_oppstart: 'klasselærermøte etter skolestart',
    midtveisvurdering_host: 'midtveisvurdering (høst)',
    klasselaerermote_host: 'klasselærermøte etter midtveisvurderingen (høst)',
    registrering_host: 'registrer hvem som trenger tettere oppfølging (høst)',
    gjennomgang_host: 'ledelsens gjennomgang av resultatene (høst)',
    halvaarsvurdering: 'halvårsvurdering',
    klasselaerermote_halvaar: 'klasselærermøte etter halvårsvurderingen',
    registrering_halvaar: 'registrer hvem som trenger tettere oppfølging (halvår)',
    gjennomgang_halvaar: 'ledelsens gjennomgang av resultatene (halvår)',
    midtveisvurdering_var: 'midtveisvurdering (vår)',
    klasselaerermote_var: 'klasselærermøte etter midtveisvurderingen (vår)',
    registrering_var: 'registrer hvem som trenger tettere oppfølging (vår)',
    gjennomgang_var: 'ledelsens gjennomgang av resultatene (vår)',
  },
  meetingKinds: { kartleggingsmote: 'kartleggingsmøte', evalueringsmote: 'evalueringsmøte', klasselaerermote: 'klasselærermøte', annet: 'møte i en sak', avklaringssamtale: 'avklaringssamtale med OT' },
  description: (link) => `Åpne i Varde for detaljene: ${link}\n\nAv hensyn til personvernet står ikke elevens navn i kalenderen.`,
};

const nn: CalendarWords = {
  calendarName: 'Varde – oppgåver og møte',
  calendarDescription: 'Oppgåvene dine med frist og møta i sakene du er med i. Detaljane står i Varde.',
  task: (what) => `Oppgåve: ${what}`,
  someTask: 'Oppgåve i Varde',
  wheel: (what) => `Årshjul: ${what}`,
  someWheelActivity: 'Årshjul: aktivitet i Varde',
  meeting: (what) => `Møte: ${what}`,
  taskKinds: {
    kontakt_hjem: 'kontakt heimen',
    informer_rektor: 'informer rektor',
    innkall_foresatte: 'kall inn føresette til samtale',
    varsle_elev: 'varsle eleven om fråværsgrensa',
    vurder_tiltak: 'vurder tiltak',
    kartleggingssamtale: 'kartleggingssamtale',
    meld_monster: 'meld fråværsmønsteret',
    kontakt_hjem_og_drof: 'kontakt føresette og drøft fråværet med rektor',
    hold_kartleggingssamtale: 'kartleggingssamtale',
    skriv_og_signer_plan: 'skriv og signer planen',
    hold_evalueringsmote: 'evalueringsmøte',
    undersok_saken: 'undersøk saka',
    vurder_veien_videre: 'vurder vegen vidare',
    registrer_evaluering: 'registrer evalueringa',
    vurder_tettere_oppfolging: 'vurder tettare oppfølging',
  },
  wheelActivities: {
    inntaksanalyse: 'analyser inntaksdata og set opp prioriteringslista',
    klassesammensetting: 'set saman klassane',
    informer_kontaktlaerere: 'informer kontaktlærarane om kven som er identifiserte',
    informer_om_elevsamtale: 'informer elevar og føresette om elevsamtalen',
    kartlegging_a: 'kartlegging A – samtalar med dei identifiserte elevane',
    kartlegging_b: 'kartlegging B – samtalar med alle elevane',
    kartlegging_c: 'kartlegging C – vurderinga til faglærarane',
    klasselaerermote_oppstart: 'klasselærarmøte etter skulestart',
    midtveisvurdering_host: 'midtvegsvurdering (haust)',
    klasselaerermote_host: 'klasselærarmøte etter midtvegsvurderinga (haust)',
    registrering_host: 'registrer kven som treng tettare oppfølging (haust)',
    gjennomgang_host: 'gjennomgangen til leiinga av resultata (haust)',
    halvaarsvurdering: 'halvårsvurdering',
    klasselaerermote_halvaar: 'klasselærarmøte etter halvårsvurderinga',
    registrering_halvaar: 'registrer kven som treng tettare oppfølging (halvår)',
    gjennomgang_halvaar: 'gjennomgangen til leiinga av resultata (halvår)',
    midtveisvurdering_var: 'midtvegsvurdering (vår)',
    klasselaerermote_var: 'klasselærarmøte etter midtvegsvurderinga (vår)',
    registrering_var: 'registrer kven som treng tettare oppfølging (vår)',
    gjennomgang_var: 'gjennomgangen til leiinga av resultata (vår)',
  },
  meetingKinds: { kartleggingsmote: 'kartleggingsmøte', evalueringsmote: 'evalueringsmøte', klasselaerermote: 'klasselærarmøte', annet: 'møte i ei sak', avklaringssamtale: 'avklaringssamtale med OT' },
  description: (link) => `Opne i Varde for detaljane: ${link}\n\nAv omsyn til personvernet står ikkje namnet til eleven i kalenderen.`,
};

const en: CalendarWords = {
  calendarName: 'Varde – tasks and meetings',
  calendarDescription: 'Your tasks with their deadlines and the meetings of the cases you take part in. The details are in Varde.',
  task: (what) => `Task: ${what}`,
  someTask: 'Task in Varde',
  wheel: (what) => `Annual wheel: ${what}`,
  someWheelActivity: 'Annual wheel: activity in Varde',
  meeting: (what) => `Meeting: ${what}`,
  taskKinds: {
    kontakt_hjem: 'contact the home',
    informer_rektor: 'inform the principal',
    innkall_foresatte: 'summon the guardians to a conversation',
    varsle_elev: 'warn the student about the absence limit',
    vurder_tiltak: 'consider measures',
    kartleggingssamtale: 'mapping conversation',
    meld_monster: 'report the absence pattern',
    kontakt_hjem_og_drof: 'contact the guardians and discuss the absence with the principal',
    hold_kartleggingssamtale: 'mapping conversation',
    skriv_og_signer_plan: 'write and sign the plan',
    hold_evalueringsmote: 'evaluation meeting',
    undersok_saken: 'investigate the case',
    vurder_veien_videre: 'consider the way forward',
    registrer_evaluering: 'record the evaluation',
    vurder_tettere_oppfolging: 'review closer follow-up',
  },
  wheelActivities: {
    inntaksanalyse: 'analyse the intake data and set up the priority list',
    klassesammensetting: 'compose the classes',
    informer_kontaktlaerere: 'tell the contact teachers who is identified',
    informer_om_elevsamtale: 'inform students and guardians about the student interview',
    kartlegging_a: 'mapping A – conversations with the identified students',
    kartlegging_b: 'mapping B – conversations with all students',
    kartlegging_c: "mapping C – the subject teachers' assessment",
    klasselaerermote_oppstart: 'class-teacher meeting after school start',
    midtveisvurdering_host: 'midterm assessment (autumn)',
    klasselaerermote_host: 'class-teacher meeting after the midterm assessment (autumn)',
    registrering_host: 'record who needs closer follow-up (autumn)',
    gjennomgang_host: "leadership's review of the results (autumn)",
    halvaarsvurdering: 'half-year assessment',
    klasselaerermote_halvaar: 'class-teacher meeting after the half-year assessment',
    registrering_halvaar: 'record who needs closer follow-up (half-year)',
    gjennomgang_halvaar: "leadership's review of the results (half-year)",
    midtveisvurdering_var: 'midterm assessment (spring)',
    klasselaerermote_var: 'class-teacher meeting after the midterm assessment (spring)',
    registrering_var: 'record who needs closer follow-up (spring)',
    gjennomgang_var: "leadership's review of the results (spring)",
  },
  meetingKinds: { kartleggingsmote: 'mapping meeting', evalueringsmote: 'evaluation meeting', klasselaerermote: 'class-teacher meeting', annet: 'case meeting', avklaringssamtale: 'clarification meeting with OT' },
  description: (link) => `Open in Varde for the details: ${link}\n\nFor privacy, the student's name is not in the calendar.`,
};

export const calendarWords: Record<CalendarLanguage, CalendarWords> = { nb, nn, en };
