import type { MeetingKind } from '../vocabulary.js';
import { formatNoticeDateTime, formatNoticeDay, formatNoticePhone } from './notice-dates.js';
import type { CopiedDocumentKind, NoticeChannel, NoticeFacts, NoticeKind, NoticeLanguage } from './notice-kinds.js';
import { identifiersIn, sensitiveContentIn, SensitiveContentError, type SensitiveFinding } from './sensitive-content.js';

/** A notice's words. An SMS has no subject, and is kept short: it points to Varde, nothing more. */
export interface NoticeText {
  subject: string | null;
  text: string;
}

export interface NoticeTextOptions {
  /**
   * The student's names. Facts typed freely by staff (the meeting's place) may hold one ("Møte
   * med Ola"): such a fact is left out of an e-mail or SMS.
   */
  avoidNames?: readonly string[];
}

type Language = NoticeLanguage;

/** How a notice speaks of the school: by its name, or as "skolen" when the name itself may not be sent. */
interface SchoolRef {
  /** "på Varde videregående skole" / "på skolen". */
  at: string;
  /** At the start of a sentence and under the greeting: "Varde videregående skole" / "Skolen". */
  name: string;
}

function schoolRef(name: string | null, language: Language): SchoolRef {
  const school = language === 'nb' ? 'skolen' : 'skulen';
  return name ? { at: `på ${name}`, name } : { at: `på ${school}`, name: school[0]!.toUpperCase() + school.slice(1) };
}

const greeting = 'Hei!';
const signOff: Record<Language, string> = { nb: 'Vennlig hilsen', nn: 'Venleg helsing' };

const letter = (language: Language, paragraphs: readonly string[], from: string): string => [greeting, ...paragraphs, `${signOff[language]}\n${from}`].join('\n\n');

const meetingWords: Record<Language, Record<MeetingKind, string>> = {
  nb: { kartleggingsmote: 'kartleggingsmøte', evalueringsmote: 'evalueringsmøte', klasselaerermote: 'klasselærermøte', annet: 'møte', avklaringssamtale: 'avklaringssamtale' },
  nn: { kartleggingsmote: 'kartleggingsmøte', evalueringsmote: 'evalueringsmøte', klasselaerermote: 'klasselærarmøte', annet: 'møte', avklaringssamtale: 'avklaringssamtale' },
};

// The forms are the same in both languages.
const documentWords: Record<CopiedDocumentKind, { indefinite: string; definite: string }> = {
  referat: { indefinite: 'referat', definite: 'referatet' },
  oppfolgingsplan: { indefinite: 'oppfølgingsplan', definite: 'oppfølgingsplanen' },
  tiltaksplan: { indefinite: 'tiltaksplan', definite: 'tiltaksplanen' },
  aktivitetsplan: { indefinite: 'aktivitetsplan', definite: 'aktivitetsplanen' },
  ukeplan: { indefinite: 'ukeplan', definite: 'ukeplanen' },
  avtale: { indefinite: 'avklarings- og oppfølgingsavtale', definite: 'avklarings- og oppfølgingsavtalen' },
};

/** The facts that people type or that come from registers, after screening for the channel. */
interface Screened {
  schoolName: string | null;
  place: string | null;
}

type Writer<K extends NoticeKind> = (facts: NoticeFacts[K], language: Language, channel: NoticeChannel, screened: Screened) => NoticeText;

const innkalling: Writer<'innkalling'> = (facts, language, channel, screened) => {
  const school = schoolRef(screened.schoolName, language);
  const when = formatNoticeDateTime(facts.startsAt, language);
  const where = screened.place ? ` i ${screened.place}` : '';
  const nb = language === 'nb';
  if (channel === 'sms') {
    return { subject: null, text: nb ? `Hei! Du er invitert til et møte ${school.at} ${when}${where}. Les mer på ${facts.signInAddress}` : `Hei! Du er invitert til eit møte ${school.at} ${when}${where}. Les meir på ${facts.signInAddress}` };
  }
  const reschedule = nb ? 'Passer ikke tidspunktet, kan du gi beskjed til skolen.' : 'Om tidspunktet ikkje passar, kan du gi beskjed til skulen.';
  if (channel === 'digital_post') {
    const meeting = meetingWords[language][facts.meetingKind];
    return {
      subject: `Innkalling til ${meeting}`,
      text: nb
        ? letter(language, [`Du er innkalt til ${meeting} ${school.at} ${when}${where}. Innkallingen ligger ved.`, `Du kan også lese innkallingen når du logger inn på ${facts.signInAddress}. ${reschedule}`], school.name)
        : letter(language, [`Du er kalla inn til ${meeting} ${school.at} ${when}${where}. Innkallinga ligg ved.`, `Du kan òg lese innkallinga når du loggar inn på ${facts.signInAddress}. ${reschedule}`], school.name),
    };
  }
  return {
    subject: screened.schoolName ? `Invitasjon til møte ${school.at}` : 'Invitasjon til møte',
    text: nb
      ? letter(language, [`Du er invitert til et møte ${school.at} ${when}${where}.`, `Logg inn på ${facts.signInAddress} for å lese mer om møtet. ${reschedule}`], school.name)
      : letter(language, [`Du er invitert til eit møte ${school.at} ${when}${where}.`, `Logg inn på ${facts.signInAddress} for å lese meir om møtet. ${reschedule}`], school.name),
  };
};

const kopi: Writer<'kopi'> = (facts, language, channel, screened) => {
  const school = schoolRef(screened.schoolName, language);
  const nb = language === 'nb';
  if (channel === 'sms') {
    return { subject: null, text: nb ? `Hei! ${school.name} har delt et dokument med deg. Les det på ${facts.signInAddress}` : `Hei! ${school.name} har delt eit dokument med deg. Les det på ${facts.signInAddress}` };
  }
  if (channel === 'digital_post') {
    const document = documentWords[facts.documentKind];
    const from = screened.schoolName ? ` ${nb ? 'fra' : 'frå'} ${screened.schoolName}` : '';
    return {
      subject: `Kopi av ${document.indefinite}`,
      text: nb
        ? letter(language, [`Her er en kopi av ${document.definite}${from}. Dokumentet ligger ved.`, `Du kan også lese det når du logger inn på ${facts.signInAddress}.`], school.name)
        : letter(language, [`Her er ein kopi av ${document.definite}${from}. Dokumentet ligg ved.`, `Du kan òg lese det når du loggar inn på ${facts.signInAddress}.`], school.name),
    };
  }
  const from = screened.schoolName ? ` ${nb ? 'fra' : 'frå'} ${screened.schoolName}` : '';
  return {
    subject: `Nytt dokument${from}`,
    text: nb
      ? letter(language, [`${school.name} har delt et dokument med deg i Varde.`, `Logg inn på ${facts.signInAddress} for å lese det.`], school.name)
      : letter(language, [`${school.name} har delt eit dokument med deg i Varde.`, `Logg inn på ${facts.signInAddress} for å lese det.`], school.name),
  };
};

/**
 * The hard case. The point of the notice is that a guardian calls the school today, and the
 * reason is what may not be written: "fravær", "ikke møtt", "borte" in a shared inbox or on a
 * locked screen tell others about the child. So the e-mail and SMS say only that the school
 * wants to talk today about "barnet ditt", and give the phone number: vague on purpose, but it
 * asks for the one thing that matters, a call today. No name either — a guardian with two
 * children at the school learns which one on the phone. Digital post may name the absence.
 * The notice goes only to guardians (a student under 18), so it speaks of "barnet ditt".
 */
const fravaerSammeDag: Writer<'fravaer_samme_dag'> = (facts, language, channel, screened) => {
  const school = schoolRef(screened.schoolName, language);
  const day = formatNoticeDay(facts.day, language);
  const phone = formatNoticePhone(facts.contactPhone);
  const nb = language === 'nb';
  const call = nb ? `Kan du ringe oss på ${phone}?` : `Kan du ringje oss på ${phone}?`;
  const talk = `Vi ${school.at} vil gjerne snakke med deg i dag, ${day}, om barnet ditt.`;
  if (channel === 'sms') return { subject: null, text: `${greeting} ${talk} ${call}` };
  if (channel === 'digital_post') {
    return {
      subject: nb ? 'Fravær uten melding i dag' : 'Fråvær utan melding i dag',
      text: nb
        ? letter(language, [`Vi har registrert at barnet ditt ikke er på skolen i dag, ${day}, og vi har ikke fått melding om fraværet. ${call}`], school.name)
        : letter(language, [`Vi har registrert at barnet ditt ikkje er på skulen i dag, ${day}, og vi har ikkje fått melding om fråværet. ${call}`], school.name),
    };
  }
  return { subject: nb ? 'Ta kontakt med skolen i dag' : 'Ta kontakt med skulen i dag', text: letter(language, [`${talk} ${call}`], school.name) };
};

function countOf(count: number, language: Language): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a count: ${count}`);
  const [one, many] = language === 'nb' ? ['oppgave', 'oppgaver'] : ['oppgåve', 'oppgåver'];
  return `${count} ${count === 1 ? one : many}`;
}

/** One sentence for the counts, leaving out the part that is zero. */
function taskSummary(due: number, overdue: number, language: Language): string {
  const dueText = `${countOf(due, language)} med frist i dag`;
  const overdueText = `${countOf(overdue, language)} der fristen har gått ut`;
  if (due > 0 && overdue > 0) return `Du har ${dueText} og ${overdueText}.`;
  if (due > 0) return `Du har ${dueText}.`;
  if (overdue > 0) return `Du har ${overdueText}.`;
  return language === 'nb' ? 'Du har ingen oppgaver med frist i dag.' : 'Du har ingen oppgåver med frist i dag.';
}

// Staff notices go to work inboxes, which colleagues and assistants may read: they too carry
// counts and days only, no student and no case kind. They come from Varde, not from a school.
const dagligOppsummering: Writer<'daglig_oppsummering'> = (facts, language, channel) => {
  const summary = taskSummary(facts.dueCount, facts.overdueCount, language);
  const nb = language === 'nb';
  if (channel === 'sms') return { subject: null, text: `${greeting} ${summary} Logg inn på ${facts.signInAddress}` };
  return {
    subject: nb ? 'Oppgavene dine i Varde i dag' : 'Oppgåvene dine i Varde i dag',
    text: letter(language, [summary, nb ? `Logg inn på ${facts.signInAddress} for å se oppgavene dine.` : `Logg inn på ${facts.signInAddress} for å sjå oppgåvene dine.`], 'Varde'),
  };
};

const fristPaaminnelse: Writer<'frist_paaminnelse'> = (facts, language, channel) => {
  const day = formatNoticeDay(facts.deadline, language);
  const nb = language === 'nb';
  const step = nb ? `En sak du følger opp i Varde har et steg med frist ${day}.` : `Ei sak du følgjer opp i Varde har eit steg med frist ${day}.`;
  if (channel === 'sms') return { subject: null, text: `${greeting} ${step} Logg inn på ${facts.signInAddress}` };
  return {
    subject: nb ? `Påminnelse: frist ${day}` : `Påminning: frist ${day}`,
    text: letter(language, [step, nb ? `Logg inn på ${facts.signInAddress} for å se hva som skal gjøres.` : `Logg inn på ${facts.signInAddress} for å sjå kva som skal gjerast.`], 'Varde'),
  };
};

const writers: { [K in NoticeKind]: Writer<K> } = {
  innkalling,
  kopi,
  fravaer_samme_dag: fravaerSammeDag,
  daglig_oppsummering: dagligOppsummering,
  frist_paaminnelse: fristPaaminnelse,
};

/** What a channel may not carry: e-mail and SMS the whole rule, digital post the identifiers. */
function findingsFor(channel: NoticeChannel, text: string, names: readonly string[] = []): SensitiveFinding[] {
  return channel === 'digital_post' ? identifiersIn(text) : sensitiveContentIn(text, { names });
}

/** A free-text fact as it may be written on the channel, or null when it must be left out (also for an attachment's words). */
export function screen(value: string | undefined, channel: NoticeChannel, names: readonly string[]): string | null {
  const trimmed = value?.trim();
  return trimmed && findingsFor(channel, trimmed, names).length === 0 ? trimmed : null;
}

/**
 * The subject and text of a notice, in bokmål or nynorsk, for a channel. A school name or place
 * that may not go on the channel is left out (the school becomes "skolen"); the finished text is
 * checked once more, and a notice that would still reveal something throws
 * `SensitiveContentError` — that can only come from configuration (the sign-in address, the
 * phone number), never from what staff typed.
 */
export function noticeText<K extends NoticeKind>(kind: K, facts: NoticeFacts[K], language: NoticeLanguage, channel: NoticeChannel, options: NoticeTextOptions = {}): NoticeText {
  const names = options.avoidNames ?? [];
  const screened: Screened = {
    schoolName: 'schoolName' in facts ? screen(facts.schoolName, channel, names) : null,
    place: 'place' in facts ? screen(facts.place, channel, names) : null,
  };
  const written = (writers[kind] as Writer<K>)(facts, language, channel, screened);
  const findings = findingsFor(channel, `${written.subject ?? ''}\n${written.text}`);
  if (findings.length > 0) throw new SensitiveContentError(findings);
  return written;
}
