/**
 * Labels for people's roles that are stored as text: a staff member's title ("Kontaktlærer 1STA",
 * "Rektor"), or the role of a participant in a conversation or meeting ("Elev", "Foresatt").
 * They were written in the writer's language, so a label is read back into a code and its
 * parameters (the class of a contact teacher), and each reader sees it in their own language:
 * the English page says "Contact teacher 1STA", the nynorsk PDF "Kontaktlærar 1STA". A label that
 * is not one of these (a free "mor", "PPT-rådgiver") is shown as it was written.
 */
import { roleCodes } from '../vocabulary.js';

/** The roles people use the app in, and the other roles a label names: the student, a guardian, titles within skoleleder. */
export const roleLabelCodes = ['elev', 'foresatt', ...roleCodes, 'rektor', 'avdelingsleder'] as const;
export type RoleLabelCode = (typeof roleLabelCodes)[number];

/** A stored label, understood: the role, and what followed its name (a class, say), if anything. */
export interface RoleLabel {
  code: RoleLabelCode;
  /** The rest of the label as written ("1STA"), or null. */
  detail: string | null;
}

/** The words each role has been written with, in bokmål, nynorsk and English, lower case; longest first where one starts another. */
const spellings: Record<RoleLabelCode, readonly string[]> = {
  elev: ['eleven', 'elev', 'student', 'pupil'],
  foresatt: ['foresatte', 'foresatt', 'føresette', 'føresett', 'guardians', 'guardian', 'parent'],
  kontaktlaerer: ['kontaktlærer', 'kontaktlærar', 'contact teacher'],
  faglaerer: ['faglærer', 'faglærar', 'subject teacher'],
  radgiver: ['rådgiver', 'rådgjevar', 'counsellor', 'counselor'],
  rektor: ['rektor', 'principal', 'head teacher'],
  avdelingsleder: ['avdelingsleder', 'avdelingsleiar', 'head of department'],
  skoleleder: ['skoleleder', 'skuleleiar', 'school leader'],
  helsesykepleier: ['helsesykepleier', 'helsesjukepleiar', 'school nurse'],
  sosiallaerer: ['sosiallærer', 'sosiallærar', 'social teacher'],
  miljoterapeut: ['miljøterapeut', 'milieu therapist'],
  ot_radgiver: ['ot-rådgiver', 'ot-rådgjevar', 'ot adviser', 'ot advisor'],
  skoleeier: ['skoleeier', 'skuleeigar', 'school owner'],
  administrator: ['systemansvarlig', 'systemansvarleg', 'administrator'],
};

// Stryker disable next-line MethodExpression,ArithmeticOperator: no spelling today is another followed by a space and more, so the order changes no reading; it keeps spellings added later right
const byLength = roleLabelCodes.flatMap((code) => spellings[code].map((word) => ({ code, word }))).sort((a, b) => b.word.length - a.word.length);

/**
 * Reads a stored label: "Kontaktlærer 1STA" → { code: 'kontaktlaerer', detail: '1STA' }; "Elev" →
 * { code: 'elev', detail: null }; anything else → null (shown as written).
 */
export function readRoleLabel(text: string): RoleLabel | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const lower = trimmed.toLocaleLowerCase('nb');
  for (const { code, word } of byLength) {
    if (lower === word) return { code, detail: null };
    // The role word, then a space and a detail that is a name of a class or group (no more words of a sentence).
    if (lower.startsWith(`${word} `)) {
      // `trimmed` has single spaces and none at its ends, so the detail has none either.
      const detail = trimmed.slice(word.length + 1);
      if (/^[\p{L}\p{N}/._-]{1,20}$/u.test(detail) && /\p{N}|^\p{Lu}{2,}/u.test(detail)) return { code, detail };
    }
  }
  return null;
}
