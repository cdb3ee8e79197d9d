import { Details, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { kartleggingssamtaleAgenda } from '../../../../domain/kartlegging/conversation-guides';
import { guideOf, type ConversationGuideKey } from '../conversation-form';
import { useLocalised } from './form-problems';

/**
 * The chosen guide's questions in the reader's language, each with room for the answer in the
 * words of the student or the guardians; for an absence conversation, the kartleggingssamtale's
 * agenda as well. Nothing for a free conversation.
 */
export function ConversationGuideQuestions({
  guideKey,
  answers,
  id,
  onAnswer,
}: {
  guideKey: ConversationGuideKey;
  answers: Readonly<Record<string, string>>;
  id: (path: string) => string;
  onAnswer: (questionId: string, answer: string) => void;
}) {
  const { t } = useTranslation();
  const localised = useLocalised();
  const guide = guideOf(guideKey);
  if (!guide) return null;

  return (
    <div className="stack guide-questions">
      <Heading level={4} data-size="xs">
        {t('conversations.questionsHeading', { guide: localised(guide.title) })}
      </Heading>
      {guide.intro && <Paragraph data-size="sm">{localised(guide.intro)}</Paragraph>}
      {guideKey.startsWith('fravaer-') && <KartleggingAgenda />}
      {guide.sections.map((section) => (
        <Fieldset key={section.id} className="plan-group guide-section">
          <Fieldset.Legend>{localised(section.title)}</Fieldset.Legend>
          {section.questions.map((question) => (
            <Textfield
              key={question.id}
              id={id(`conversation.answers.${question.id}`)}
              multiline
              rows={2}
              label={localised(question.text)}
              description={question.hint ? localised(question.hint) : undefined}
              maxLength={4000}
              value={answers[question.id] ?? ''}
              onChange={(event) => onAnswer(question.id, event.target.value)}
            />
          ))}
        </Fieldset>
      ))}
    </div>
  );
}

function KartleggingAgenda() {
  const { t } = useTranslation();
  const localised = useLocalised();
  return (
    <Details>
      <Details.Summary>{t('conversations.agenda')}</Details.Summary>
      <Details.Content className="stack stack--tight">
        {kartleggingssamtaleAgenda.map((section) => (
          <div key={section.id}>
            <Paragraph>
              <strong>{localised(section.title)}</strong>
            </Paragraph>
            <ul>
              {section.steps.map((step) => (
                <li key={step.id}>{localised(step.text)}</li>
              ))}
            </ul>
          </div>
        ))}
      </Details.Content>
    </Details>
  );
}
