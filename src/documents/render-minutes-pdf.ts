/**
 * The minutes (referat) of a mapping conversation or meeting, which go to every participant:
 * when it was held and who took part, the guide's questions with the answers given, the summary,
 * the cause categories and maintaining factors, what was agreed, who wrote it and who gets a copy.
 */
import type { Content } from 'pdfmake/interfaces.js';
import { bulletList, colours, commonTexts, fields, formatBirthDate, formatLongDate, formatShortDate, heading, paragraph, renderDocument } from './document-layout.js';
import type { MinutesDocumentInput } from './document-models.js';
import { roleLabelText } from './role-label-text.js';

const texts = {
  nb: {
    heldOn: 'Dato for møtet',
    participants: 'Til stede',
    summary: 'Oppsummering',
    causes: 'Mulige årsaker',
    maintaining: 'Opprettholdende faktorer',
    nextSteps: 'Dette ble avtalt',
    writtenBy: 'Referent',
    writtenOn: 'Dato for referatet',
    copyTo: 'Kopi til',
    correction: 'Gi beskjed til referenten dersom noe i referatet er feil eller mangler.',
  },
  nn: {
    heldOn: 'Dato for møtet',
    participants: 'Til stades',
    summary: 'Oppsummering',
    causes: 'Moglege årsaker',
    maintaining: 'Oppretthaldande faktorar',
    nextSteps: 'Dette vart avtalt',
    writtenBy: 'Referent',
    writtenOn: 'Dato for referatet',
    copyTo: 'Kopi til',
    correction: 'Gi beskjed til referenten dersom noko i referatet er feil eller manglar.',
  },
} as const;

export async function renderMinutesPdf(input: MinutesDocumentInput): Promise<Buffer> {
  const lang = input.language;
  const t = texts[lang];
  const c = commonTexts(lang);
  const { student } = input;

  const sections: Content[] = input.sections.flatMap((section) => [
    heading(section.heading),
    ...section.items.map(
      (item): Content => ({
        stack: [
          { text: item.question, bold: true, margin: [0, 0, 0, 1] },
          item.answer.trim()
            ? { text: item.answer.trim(), margin: [10, 0, 0, 0] }
            : { text: c.notAnswered, italics: true, color: colours.muted, margin: [10, 0, 0, 0] },
        ],
        margin: [0, 0, 0, 7],
        unbreakable: item.answer.length < 1200,
      }),
    ),
  ]);

  const content: Content[] = [
    { text: input.title, style: 'title', margin: [0, 0, 0, 12] },
    fields([
      [c.student, student.name],
      [c.birthDate, formatBirthDate(student.birthDate, lang)],
      [c.group, student.groupName ?? '–'],
      [t.heldOn, formatLongDate(input.heldOn, lang)],
      [t.participants, { stack: input.participants.map((p) => ({ text: `${p.name}, ${roleLabelText(p.role, lang)}` })) }],
    ]),
    ...sections,
    heading(t.summary),
    paragraph(input.summary),
    heading(t.causes),
    bulletList(input.causeCategories, lang),
    heading(t.maintaining),
    bulletList(input.maintainingFactors, lang),
    heading(t.nextSteps),
    paragraph(input.nextSteps),
    {
      stack: [
        fields(
          [
            [t.writtenBy, `${input.writtenBy.name}, ${roleLabelText(input.writtenBy.title, lang)}`],
            [t.writtenOn, formatLongDate(input.writtenOn ?? input.heldOn, lang)],
            [t.copyTo, input.distribution.length ? input.distribution.join(', ') : c.none],
          ],
          [0, 16, 0, 8],
        ),
        { text: t.correction, style: 'small' },
      ],
      unbreakable: true,
    },
  ];

  return renderDocument({
    language: lang,
    letterhead: input.letterhead,
    title: `${input.title} – ${student.name}`,
    footerNote: `${input.title} – ${student.name}, ${formatShortDate(input.heldOn)}`,
    content,
  });
}
