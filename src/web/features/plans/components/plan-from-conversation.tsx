import { Details, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/case-api';
import { useFormat } from '../../../i18n/format';

/**
 * The latest conversation, folded, for the plan to be written from: its summary, maintaining
 * factors and next steps. A new tiltaksplan also says that its rows start from those factors.
 */
export function PlanFromConversation({ conversation, newTiltaksplan }: { conversation: CaseDetail['conversations'][number]; newTiltaksplan: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <Details>
        <Details.Summary>{t('plans.editor.fromConversation', { date: format.date(conversation.heldOn) })}</Details.Summary>
        <Details.Content className="stack stack--tight">
          <Paragraph>{conversation.summary}</Paragraph>
          {conversation.maintainingFactors.length > 0 && (
            <>
              <Paragraph>
                <strong>{t('conversations.maintainingFactors')}</strong>
              </Paragraph>
              <ul>
                {conversation.maintainingFactors.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </>
          )}
          {conversation.nextSteps && (
            <Paragraph>
              <strong>{t('conversations.nextSteps')}:</strong> {conversation.nextSteps}
            </Paragraph>
          )}
        </Details.Content>
      </Details>
      {newTiltaksplan && conversation.maintainingFactors.length > 0 && (
        <Paragraph data-size="sm">{t('plans.editor.rowsFromConversation', { count: conversation.maintainingFactors.length })}</Paragraph>
      )}
    </>
  );
}
