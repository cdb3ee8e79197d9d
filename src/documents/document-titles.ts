/**
 * The titles a document is kept under in the student's file (documents.title), and the minutes'
 * heading, in the document's own language. Data, like the texts of each renderer.
 */
import type { DocumentLanguage } from './document-models.js';

export const documentTitles: {
  plan: Record<DocumentLanguage, (kind: string, version: number) => string>;
  summons: Record<DocumentLanguage, string>;
  minutes: Record<DocumentLanguage, string>;
  minutesHeading: Record<DocumentLanguage, string>;
  avklaringSummons: Record<DocumentLanguage, string>;
  otAgreement: Record<DocumentLanguage, string>;
} = {
  plan: { nb: (kind, v) => `${kind} versjon ${v}`, nn: (kind, v) => `${kind} versjon ${v}` },
  summons: { nb: 'Innkalling til møte', nn: 'Innkalling til møte' },
  minutes: { nb: 'Referat fra samtale', nn: 'Referat frå samtale' },
  minutesHeading: { nb: 'Referat fra kartleggingssamtale', nn: 'Referat frå kartleggingssamtale' },
  avklaringSummons: { nb: 'Innkalling til avklaringssamtale', nn: 'Innkalling til avklaringssamtale' },
  otAgreement: { nb: 'Avklaringssamtale og oppfølgingsavtale', nn: 'Avklaringssamtale og oppfølgingsavtale' },
};
