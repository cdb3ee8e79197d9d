import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/case-api';
import { isApiFailure } from '../../../api/client';
import { ApiErrorText } from '../../../components/api-error-alert';
import { todayInNorway } from '../../../lib/dates';
import { useRecordConversation } from '../api/use-plan-changes';
import { checkConversation, conversationToSend, guidesForCase, staffParticipants, type ConversationInput } from '../conversation-form';
import { fieldId, problemsFromDetails, type FieldProblem } from '../plan-drafts';
import { ConversationCauseCategories } from './conversation-cause-categories';
import { ConversationGuideChoice } from './conversation-guide-choice';
import { ConversationGuideQuestions } from './conversation-guide-questions';
import { ConversationMaintainingFactors } from './conversation-maintaining-factors';
import { ConversationParticipants } from './conversation-participants';
import { ProblemSummary, useErrorAt } from './form-problems';

const labelPrefix = 'conversations.field';

/**
 * A conversation as it is held: the guide's questions in the reader's language, each with room
 * for the answer in the words of the student or the guardians; who took part; a summary; the four
 * kinds of cause; the maintaining factors (which the tiltaksplan's rows start from); and what was
 * agreed. The minutes go to every participant.
 */
export function ConversationForm({ detail, onSaved, onCancel }: { detail: CaseDetail; onSaved: (message: string, conversationId: string | null) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const today = todayInNorway();
  const guides = guidesForCase(detail.kind);
  const [value, setValue] = useState<ConversationInput>(() => ({
    guide: guides[0]!,
    heldOn: today,
    participants: staffParticipants(detail, t('conversations.role.staff')),
    answers: {},
    summary: '',
    causeCategories: [],
    maintainingFactors: [],
    nextSteps: '',
  }));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const record = useRecordConversation(detail.id);
  const failure = isApiFailure(record.error) ? record.error : null;
  const errorAt = useErrorAt(problems, labelPrefix);
  const id = (path: string) => fieldId(formId, path);
  const set = (patch: Partial<ConversationInput>) => setValue((current) => ({ ...current, ...patch }));

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const showProblems = (found: FieldProblem[]) => {
    setAttempt((n) => n + 1);
    setProblems(found);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const toSend = conversationToSend(value);
    setValue((current) => ({ ...current, participants: toSend.participants, maintainingFactors: toSend.maintainingFactors }));
    const found = checkConversation(toSend, today);
    showProblems(found);
    if (found.length > 0) return;
    const before = new Set(detail.conversations.map((c) => c.id));
    record.mutate(
      { ...toSend, summary: toSend.summary.trim(), nextSteps: toSend.nextSteps.trim() },
      {
        onSuccess: (next) => {
          const saved = next.conversations.find((c) => !before.has(c.id));
          onSaved(t('conversations.saved'), saved?.id ?? null);
        },
        onError: (error) => {
          if (isApiFailure(error) && error.code === 'validation_failed' && error.details.length > 0) showProblems(problemsFromDetails(error.details, 'conversation'));
        },
      },
    );
  };

  const placedAtFields = failure?.code === 'validation_failed' && failure.details.length > 0;

  return (
    <section className="stack conversation-form" aria-labelledby={`${formId}-heading`}>
      <Heading level={3} data-size="sm" id={`${formId}-heading`} ref={headingRef} tabIndex={-1}>
        {t('conversations.newHeading')}
      </Heading>
      <Alert data-color="info">
        <Paragraph>{t('conversations.ownWords')}</Paragraph>
      </Alert>

      <ProblemSummary problems={problems} attempt={attempt} formId={formId} labelPrefix={labelPrefix} heading={t('plans.problemsHeading', { count: problems.length })} />

      <form onSubmit={onSubmit} noValidate className="stack plan-form" aria-labelledby={`${formId}-heading`}>
        <ConversationGuideChoice guides={guides} chosen={value.guide} name={`${formId}-guide`} firstId={id('conversation.guide')} onChoose={(guide) => set({ guide })} />

        <Textfield
          id={id('conversation.heldOn')}
          type="date"
          className="plan-date"
          label={t('conversations.field.heldOn')}
          required
          max={today}
          value={value.heldOn}
          onChange={(event) => set({ heldOn: event.target.value })}
          error={errorAt('conversation.heldOn')}
        />

        <ConversationGuideQuestions
          guideKey={value.guide}
          answers={value.answers}
          id={id}
          onAnswer={(questionId, answer) => setValue((current) => ({ ...current, answers: { ...current.answers, [questionId]: answer } }))}
        />

        <ConversationParticipants
          detail={detail}
          participants={value.participants}
          onChange={(update) => setValue((current) => ({ ...current, participants: update(current.participants) }))}
          id={id}
          errorAt={errorAt}
        />

        <Textfield
          id={id('conversation.summary')}
          multiline
          rows={5}
          label={t('conversations.field.summary')}
          description={t('conversations.summaryHelp')}
          required
          maxLength={8000}
          value={value.summary}
          error={errorAt('conversation.summary')}
          onChange={(event) => set({ summary: event.target.value })}
        />

        <ConversationCauseCategories
          chosen={value.causeCategories}
          onChange={(update) => setValue((current) => ({ ...current, causeCategories: update(current.causeCategories) }))}
          id={id}
        />

        <ConversationMaintainingFactors
          factors={value.maintainingFactors}
          onChange={(update) => setValue((current) => ({ ...current, maintainingFactors: update(current.maintainingFactors) }))}
          id={id}
          errorAt={errorAt}
        />

        <Textfield
          id={id('conversation.nextSteps')}
          multiline
          rows={3}
          label={t('conversations.field.nextSteps')}
          description={t('conversations.nextStepsHelp')}
          maxLength={4000}
          value={value.nextSteps}
          error={errorAt('conversation.nextSteps')}
          onChange={(event) => set({ nextSteps: event.target.value })}
        />

        {record.isError && !placedAtFields && (
          <Alert data-color={failure?.code === 'forbidden' || failure?.code === 'conflict' ? 'warning' : 'danger'} role="alert">
            {failure?.code === 'forbidden' ? <Paragraph>{t('conversations.forbidden')}</Paragraph> : <ApiErrorText error={record.error} />}
          </Alert>
        )}
        <div className="button-row">
          <Button type="submit" loading={record.isPending} aria-disabled={record.isPending || undefined}>
            {record.isPending ? t('conversations.saving') : t('conversations.save')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
