/**
 * A stored role label ("Kontaktlærer 1STA", "Elev", "Foresatt") in the document's language, so
 * that a nynorsk PDF says "Kontaktlærar 1STA" and "Føresett"; free words stay as written.
 */
import { readRoleLabel, type RoleLabelCode } from '../domain/people/role-label.js';
import type { DocumentLanguage } from './document-models.js';

const words: Record<DocumentLanguage, Record<RoleLabelCode, string>> = {
  nb: {
    elev: 'Elev',
    foresatt: 'Foresatt',
    kontaktlaerer: 'Kontaktlærer',
    faglaerer: 'Faglærer',
    radgiver: 'Rådgiver',
    rektor: 'Rektor',
    avdelingsleder: 'Avdelingsleder',
    skoleleder: 'Skoleleder',
    helsesykepleier: 'Helsesykepleier',
    sosiallaerer: 'Sosiallærer',
    miljoterapeut: 'Miljøterapeut',
    ot_radgiver: 'OT-rådgiver',
    skoleeier: 'Skoleeier',
    administrator: 'Systemansvarlig',
  },
  nn: {
    elev: 'Elev',
    foresatt: 'Føresett',
    kontaktlaerer: 'Kontaktlærar',
    faglaerer: 'Faglærar',
    radgiver: 'Rådgjevar',
    rektor: 'Rektor',
    avdelingsleder: 'Avdelingsleiar',
    skoleleder: 'Skuleleiar',
    helsesykepleier: 'Helsesjukepleiar',
    sosiallaerer: 'Sosiallærar',
    miljoterapeut: 'Miljøterapeut',
    ot_radgiver: 'OT-rådgjevar',
    skoleeier: 'Skuleeigar',
    administrator: 'Systemansvarleg',
  },
};

export function roleLabelText(text: string, language: DocumentLanguage): string {
  const label = readRoleLabel(text);
  if (!label) return text;
  const word = words[language][label.code];
  // A label written in lower case ("foresatt") stays in lower case.
  const cased = text.trim()[0] === text.trim()[0]?.toLocaleLowerCase('nb') ? word.toLocaleLowerCase('nb') : word;
  return label.detail ? `${cased} ${label.detail}` : cased;
}
