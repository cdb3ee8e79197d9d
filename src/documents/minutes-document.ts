/**
 * The minutes of a conversation as a document: the guide's questions that were answered, in the
 * document's language, and who gets a copy (every participant).
 */
import { samePersonName as sameName } from '../domain/people/same-person-name.js';
import { isMinorOn } from '../domain/student-age.js';
import { causeCategoryLabels, guideByKey, type CauseCategory, type GuideKey } from '../domain/kartlegging/conversation-guides.js';
import type { CaseDetail } from '../shared/case-api.js';
import { documentTitles } from './document-titles.js';
import type { DocumentLanguage, DocumentPerson, Letterhead, MinutesDocumentInput, MinutesSection } from './document-models.js';

export interface MinutesConversation {
  id: string;
  /** A guide's key, or `fritt` for a conversation without a guide. */
  guide: string;
  heldOn: string;
  participants: DocumentPerson[];
  answers: Record<string, string>;
  summary: string | null;
  causeCategories: CauseCategory[];
  maintainingFactors: string[];
  nextSteps: string | null;
  createdAt: Date;
}

/** The guide's sections with the questions that were answered; a section with none is left out. */
export function minutesSections(guide: string, answers: Record<string, string>, language: DocumentLanguage): MinutesSection[] {
  if (guide === 'fritt') return [];
  return guideByKey(guide as GuideKey)
    .sections.map((s) => ({
      heading: s.title[language],
      items: s.questions.filter((q) => (answers[q.id] ?? '').trim() !== '').map((q) => ({ question: q.text[language], answer: answers[q.id]! })),
    }))
    .filter((s) => s.items.length > 0);
}

export interface MinutesDocument {
  input: MinutesDocumentInput;
  title: string;
  distribution: string[];
  filename: string;
}

export function minutesDocument(source: {
  detail: CaseDetail;
  conversation: MinutesConversation;
  /** Who writes the minutes when the case does not name the conversation's writer. */
  writer: { name: string; title: string };
  letterhead: Letterhead;
  language: DocumentLanguage;
}): MinutesDocument {
  const { detail, conversation: row, language } = source;
  // The minutes go to every participant and, while the student is a minor, to the guardians with
  // parental responsibility who were not there (the seeds' routine; the copy notices follow this list).
  const present = row.participants.map((p) => p.name);
  const absentGuardians = isMinorOn(detail.student.birthDate, row.heldOn)
    ? detail.guardians.filter((g) => g.parentalResponsibility && !present.some((name) => sameName(name, g.name))).map((g) => g.name)
    : [];
  const distribution = [...present, ...absentGuardians];
  return {
    input: {
      letterhead: source.letterhead,
      language,
      student: { name: detail.student.name, birthDate: detail.student.birthDate, groupName: detail.student.groupName },
      title: documentTitles.minutesHeading[language],
      heldOn: row.heldOn,
      participants: row.participants,
      sections: minutesSections(row.guide, row.answers, language),
      summary: row.summary ?? '',
      causeCategories: row.causeCategories.map((c) => causeCategoryLabels[c][language]),
      maintainingFactors: row.maintainingFactors,
      nextSteps: row.nextSteps ?? '',
      writtenBy: { name: detail.conversations.find((c) => c.id === row.id)?.createdBy ?? source.writer.name, title: source.writer.title },
      writtenOn: row.createdAt.toISOString(),
      distribution,
    },
    title: documentTitles.minutes[language],
    distribution,
    filename: 'referat.pdf',
  };
}
