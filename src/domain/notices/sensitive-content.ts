/**
 * The rule of issue 15: an e-mail or an SMS says only that there is a meeting or a document and
 * where to sign in to read it. E-mail goes to shared family inboxes and work inboxes that others
 * read, and an SMS shows on a locked screen, so neither may carry:
 *
 * - the student's name: a guardian with several children learns which one by signing in (the
 *   summons itself, which names the student as the seeds' summons does, goes by digital post or
 *   is read inside Varde);
 * - a word that tells what a case is about (absence, school environment, bullying, health, child
 *   welfare, PPT, BUP, plans of measures, concern, risk …) or what kind of meeting or document it
 *   is: "kartleggingsmøte" or "tiltaksplan" is itself a special-category hint;
 * - an 11-digit number (a fødselsnummer or D-number, valid or not) or an e-mail address (the
 *   student's, or anyone's: a notice never needs one).
 *
 * Digital post reaches the recipient's own mailbox after ID-porten sign-in and may name the
 * meeting or the document; it is still held to the identifier rule (`identifiersIn`).
 */

export type SensitiveFindingKind = 'word' | 'national_id_like' | 'email' | 'name';

export interface SensitiveFinding {
  kind: SensitiveFindingKind;
  /** The text that was found, as written. */
  match: string;
}

export class SensitiveContentError extends Error {
  readonly code = 'notice_sensitive_content';
  constructor(readonly findings: readonly SensitiveFinding[]) {
    super(`A notice would reveal: ${findings.map((f) => `${f.kind} "${f.match}"`).join(', ')}`);
  }
}

/**
 * The words, lower case, bokmål and nynorsk. `part`: found anywhere in a word, so that compounds
 * ("skolefravær", "fråværsmelding", "helsesjukepleiar") are caught; `word`: only as a word of
 * its own, for short words that are parts of harmless ones ("ppt" in "apptest", "rus" in "krus").
 */
const sensitiveParts = [
  // absence
  'fravær', 'fråvær', 'fravaer', 'udokumentert', 'forsentkom', 'skulk', 'vegring',
  // school environment, bullying, violation (opplæringslova kap. 12)
  'skolemiljø', 'skulemiljø', 'miljøterapeut', 'mobb', 'krenk', 'trakass', 'overgrep',
  // health and welfare
  'helse', 'psyk', 'diagnos', 'sykdom', 'sjukdom', 'sykemeld', 'sjukemeld', 'sykmeld', 'selvskad', 'sjølvskad', 'sjolvskad',
  'rusmiddel', 'rusmidl', 'barnevern', 'sakkyndig', 'spesialunderv', 'spesialpedagog',
  // the follow-up itself: the kinds of cases, plans, meetings and documents
  'tiltak', 'aktivitetsplan', 'bekymr', 'risiko', 'kartlegg', 'avklaring', 'oppfølgingstjenest', 'oppfølgingsteneste', 'evalueringsmøte',
  'utskriv', 'avbrudd', 'avbrot',
];
const sensitiveWords = ['ppt', 'pp', 'bup', 'ot', 'rus', 'vold', 'volden', 'nav'];

const wordPattern = /[\p{L}\p{N}]+/gu;
const emailPattern = /[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()".,;:!?]+/g;
// A fødselsnummer written as one run or as "DDMMYY NNNNN"; a longer run of digits is not one.
const nationalIdPattern = /(?<!\d)\d{6}[ .]?\d{5}(?!\d)/g;

/** Identifiers no notice may carry on any channel: 11-digit numbers and e-mail addresses. */
export function identifiersIn(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  for (const m of text.matchAll(nationalIdPattern)) findings.push({ kind: 'national_id_like', match: m[0] });
  for (const m of text.matchAll(emailPattern)) findings.push({ kind: 'email', match: m[0] });
  return findings;
}

/** The words of a text, lower case, each with how it was written. */
function wordsOf(text: string): { word: string; written: string }[] {
  return [...text.normalize('NFC').matchAll(wordPattern)].map((m) => ({ word: m[0].toLowerCase(), written: m[0] }));
}

export interface SensitiveContentOptions {
  /** Names that must not appear (the student's first and last names), matched as whole words or their genitive. */
  names?: readonly string[];
}

/** Everything in `text` that an e-mail or SMS must not say; empty when it may be sent. */
export function sensitiveContentIn(text: string, options: SensitiveContentOptions = {}): SensitiveFinding[] {
  const findings = identifiersIn(text);
  const nameWords = new Set((options.names ?? []).flatMap((name) => wordsOf(name).map((w) => w.word)).filter((w) => w.length >= 2));
  for (const { word, written } of wordsOf(text)) {
    if (sensitiveWords.includes(word) || sensitiveParts.some((part) => word.includes(part))) findings.push({ kind: 'word', match: written });
    // A name also in the genitive ("Olas plan"), which Norwegian writes without an apostrophe.
    else if (nameWords.has(word) || (word.endsWith('s') && nameWords.has(word.slice(0, -1)))) findings.push({ kind: 'name', match: written });
  }
  return findings;
}

/** Throws `SensitiveContentError` when `text` may not go by e-mail or SMS. */
export function assertNoSensitiveContent(text: string, options: SensitiveContentOptions = {}): void {
  const findings = sensitiveContentIn(text, options);
  if (findings.length > 0) throw new SensitiveContentError(findings);
}
