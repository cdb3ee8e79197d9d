import '../plans.css';
import { Alert, Button, Details, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Conversation } from '../../../../shared/case-api';
import { causeCategoryLabels } from '../../../../domain/kartlegging/conversation-guides';
import { LiveStatus } from '../../../components/live-status';
import { NotGiven } from '../../../components/not-given';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp } from '../../../lib/dates';
import { minutesPdfPath } from '../api/plan-client';
import { guideOf } from '../conversation-form';
import { ConversationForm } from './conversation-form';
import { useFocusWhenShown } from '../../../lib/use-focus-when-shown';
import { useLocalised } from './form-problems';
import { useRoleLabel } from '../../../components/use-role-label';

const conversationHeadingId = (conversationId: string) => `samtale-${conversationId}-heading`;

/** Held last first; of two the same day, the one recorded last. */
const newestFirst = (a: Conversation, b: Conversation) => b.heldOn.localeCompare(a.heldOn) || b.createdAt.localeCompare(a.createdAt);

/**
 * The conversations of a case (the mapping conversation from the seeds' guides, the IKO student
 * interview, or a free one), each with its minutes as a PDF for the participants, and the form
 * for a new one.
 */
export function ConversationsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const [writing, setWriting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const conversations = [...detail.conversations].sort(newestFirst);
  const readOnly = detail.status === 'avsluttet';
  const focusLater = useFocusWhenShown();
  const focusNew = () => focusLater(`${id}-new`);

  return (
    <section className="stack conversations-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('conversations.heading')}
      </Heading>
      <Paragraph>{t(`conversations.intro.${detail.kind}`)}</Paragraph>
      <Paragraph data-size="sm">{t('conversations.voiceNote')}</Paragraph>

      <LiveStatus>
        {message && (
          <Alert data-color="success">
            <Paragraph>{message}</Paragraph>
          </Alert>
        )}
      </LiveStatus>

      {writing ? (
        <ConversationForm
          detail={detail}
          onSaved={(text, conversationId) => {
            setWriting(false);
            setMessage(text);
            focusLater(conversationId ? conversationHeadingId(conversationId) : `${id}-new`);
          }}
          onCancel={() => {
            setWriting(false);
            focusNew();
          }}
        />
      ) : (
        !readOnly && (
          <div>
            <Button
              id={`${id}-new`}
              type="button"
              onClick={() => {
                setMessage(null);
                setWriting(true);
              }}
            >
              {t('conversations.new')}
            </Button>
          </div>
        )
      )}

      {conversations.length === 0 ? (
        <Paragraph>{t('conversations.none')}</Paragraph>
      ) : (
        <ul className="plan-list">
          {conversations.map((c) => (
            <li key={c.id}>
              <ConversationView conversation={c} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ConversationView({ conversation: c }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const roleLabel = useRoleLabel();
  const localised = useLocalised();
  const guide = guideOf(c.guide);
  const guideName = guide ? localised(guide.title) : t('conversations.freeGuide');
  const questions = guide?.sections.flatMap((s) => s.questions) ?? [];
  const answered = questions.filter((q) => c.answers[q.id]?.trim());

  return (
    <article className="plan-card stack stack--tight" aria-labelledby={conversationHeadingId(c.id)}>
      <Heading level={3} data-size="xs" id={conversationHeadingId(c.id)} tabIndex={-1}>
        {t('conversations.itemHeading', { guide: guideName, date: format.date(c.heldOn) })}
      </Heading>
      <dl className="plan-facts">
        <div className="plan-facts__wide">
          <dt>{t('conversations.field.participants')}</dt>
          <dd>{format.list(c.participants.map((p) => t('conversations.participantLine', { name: p.name, role: roleLabel(p.role) })))}</dd>
        </div>
        <div className="plan-facts__wide">
          <dt>{t('conversations.field.summary')}</dt>
          <dd className="pre-line">{c.summary}</dd>
        </div>
        <div>
          <dt>{t('conversations.field.causeCategories')}</dt>
          <dd>
            {c.causeCategories.length === 0 ? (
              <NotGiven />
            ) : (
              <ul className="tag-row">
                {c.causeCategories.map((category) => (
                  <li key={category}>
                    <Tag data-size="sm" data-color="neutral">
                      {localised(causeCategoryLabels[category])}
                    </Tag>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('conversations.maintainingFactors')}</dt>
          <dd>
            {c.maintainingFactors.length === 0 ? (
              <NotGiven />
            ) : (
              <ul className="plan-lines">
                {c.maintainingFactors.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="plan-facts__wide">
          <dt>{t('conversations.nextSteps')}</dt>
          <dd className="pre-line">{c.nextSteps || <NotGiven />}</dd>
        </div>
      </dl>
      {answered.length > 0 && (
        <Details>
          <Details.Summary>{t('conversations.answers', { count: answered.length })}</Details.Summary>
          <Details.Content>
            <dl className="answer-list">
              {answered.map((q) => (
                <div key={q.id}>
                  <dt>{localised(q.text)}</dt>
                  <dd className="pre-line">{c.answers[q.id]}</dd>
                </div>
              ))}
            </dl>
          </Details.Content>
        </Details>
      )}
      <ul className="link-row">
        {(['nb', 'nn'] as const).map((language) => (
          <li key={language}>
            <Link href={minutesPdfPath(c.id, language)}>{t(`conversations.minutes.${language}`)}</Link>
          </li>
        ))}
      </ul>
      <Paragraph data-size="sm" className="muted">
        {t('plans.recordedBy', { who: c.createdBy, date: format.date(dateOfTimestamp(c.createdAt)) })}
      </Paragraph>
    </article>
  );
}
