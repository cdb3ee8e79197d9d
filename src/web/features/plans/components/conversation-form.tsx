import { Alert, Button, Checkbox, Details, Fieldset, Heading, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/case-api';
import {
  causeCategories,
  causeCategoryDescriptions,
  causeCategoryLabels,
  kartleggingssamtaleAgenda,
  maintainingFactorPrompt,
  maintainingFactorSuggestions,
} from '../../../../domain/kartlegging/conversation-guides';
import { isApiFailure } from '../../../api/client';
import { ApiErrorText } from '../../../components/api-error-alert';
import { todayInNorway } from '../../../lib/dates';
import { useRecordConversation } from '../api/use-plan-changes';
import { checkConversation, conversationToSend, guideOf, guidesForCase, staffParticipants, type ConversationGuideKey, type ConversationInput } from '../conversation-form';
import { fieldId, problemsFromDetails, type FieldProblem } from '../plan-drafts';
import { ProblemSummary, useErrorAt, useLocalised } from './form-problems';

const labelPrefix = 'conversations.field';

/**
 * A conversation as it is held: the guide's questions in the reader's language, each with room
 * for the answer in the words of the student or the guardians; who took part; a summary; the four
 * kinds of cause; the maintaining factors (which the tiltaksplan's rows start from); and what was
 * agreed. The minutes go to every participant.
 */
export function ConversationForm({ detail, onSaved, onCancel }: { detail: CaseDetail; onSaved: (message: string, conversationId: string | null) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const localised = useLocalised();
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
  const guide = guideOf(value.guide);
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

  const addParticipant = (name: string, role: string) => {
    const index = value.participants.length;
    set({ participants: [...value.participants, { name, role }] });
    requestAnimationFrame(() => document.getElementById(id(`conversation.participants.${index}.${name ? 'role' : 'name'}`))?.focus());
  };
  const hasParticipant = (name: string) => value.participants.some((p) => p.name.trim() === name);
  const addFactor = (text: string) => {
    const index = value.maintainingFactors.length;
    set({ maintainingFactors: [...value.maintainingFactors, text] });
    if (!text) requestAnimationFrame(() => document.getElementById(id(`conversation.maintainingFactors.${index}`))?.focus());
  };

  const placedAtFields = failure?.code === 'validation_failed' && failure.details.length > 0;
  const guideName = (key: ConversationGuideKey) => {
    const g = guideOf(key);
    return g ? localised(g.title) : t('conversations.freeGuide');
  };

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
        <Fieldset className="plan-group">
          <Fieldset.Legend>{t('conversations.field.guide')}</Fieldset.Legend>
          <Fieldset.Description>{t('conversations.guideHelp')}</Fieldset.Description>
          {guides.map((key) => (
            <Radio
              key={key}
              id={key === guides[0] ? id('conversation.guide') : undefined}
              name={`${formId}-guide`}
              value={key}
              label={guideName(key)}
              checked={value.guide === key}
              onChange={() => set({ guide: key })}
            />
          ))}
        </Fieldset>

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

        {guide && (
          <div className="stack guide-questions">
            <Heading level={4} data-size="xs">
              {t('conversations.questionsHeading', { guide: localised(guide.title) })}
            </Heading>
            {guide.intro && <Paragraph data-size="sm">{localised(guide.intro)}</Paragraph>}
            {value.guide.startsWith('fravaer-') && (
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
            )}
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
                    value={value.answers[question.id] ?? ''}
                    onChange={(event) => {
                      const answer = event.target.value;
                      setValue((current) => ({ ...current, answers: { ...current.answers, [question.id]: answer } }));
                    }}
                  />
                ))}
              </Fieldset>
            ))}
          </div>
        )}

        <Fieldset className="plan-group">
          <Fieldset.Legend>{t('conversations.field.participants')}</Fieldset.Legend>
          <Fieldset.Description>{t('conversations.participantsHelp')}</Fieldset.Description>
          {errorAt('conversation.participants') && (
            <div>
              <ValidationMessage>{errorAt('conversation.participants')}</ValidationMessage>
            </div>
          )}
          {value.participants.map((p, index) => (
            <div key={index} className="participant-row">
              <Textfield
                id={id(`conversation.participants.${index}.name`)}
                label={t('conversations.participantName', { n: index + 1 })}
                required
                maxLength={200}
                value={p.name}
                error={errorAt(`conversation.participants.${index}.name`)}
                onChange={(event) => {
                  const name = event.target.value;
                  setValue((current) => ({ ...current, participants: current.participants.map((q, i) => (i === index ? { ...q, name } : q)) }));
                }}
              />
              <Textfield
                id={id(`conversation.participants.${index}.role`)}
                label={t('conversations.participantRole', { n: index + 1 })}
                required
                maxLength={100}
                value={p.role}
                error={errorAt(`conversation.participants.${index}.role`)}
                onChange={(event) => {
                  const role = event.target.value;
                  setValue((current) => ({ ...current, participants: current.participants.map((q, i) => (i === index ? { ...q, role } : q)) }));
                }}
              />
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  set({ participants: value.participants.filter((_, i) => i !== index) });
                  requestAnimationFrame(() => document.getElementById(id('conversation.participants'))?.focus());
                }}
              >
                {t('conversations.removeParticipant', { name: p.name || t('conversations.participantN', { n: index + 1 }) })}
              </Button>
            </div>
          ))}
          <div className="button-row">
            <Button
              id={id('conversation.participants')}
              type="button"
              variant="secondary"
              data-size="sm"
              disabled={hasParticipant(detail.student.name)}
              onClick={() => addParticipant(detail.student.name, t('conversations.role.student'))}
            >
              {t('conversations.addStudent', { name: detail.student.name })}
            </Button>
            {detail.guardians.map((g) => (
              <Button key={g.id} type="button" variant="secondary" data-size="sm" disabled={hasParticipant(g.name)} onClick={() => addParticipant(g.name, t('conversations.role.guardian'))}>
                {t('conversations.addGuardian', { name: g.name })}
              </Button>
            ))}
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => addParticipant('', '')}>
              {t('conversations.addOther')}
            </Button>
          </div>
        </Fieldset>

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

        <Fieldset className="plan-group">
          <Fieldset.Legend>{t('conversations.field.causeCategories')}</Fieldset.Legend>
          <Fieldset.Description>{t('conversations.causeHelp')}</Fieldset.Description>
          {causeCategories.map((category) => (
            <Checkbox
              key={category}
              id={id(`conversation.causeCategories.${category}`)}
              label={localised(causeCategoryLabels[category])}
              description={localised(causeCategoryDescriptions[category])}
              checked={value.causeCategories.includes(category)}
              onChange={(event) => {
                const on = event.target.checked;
                setValue((current) => ({
                  ...current,
                  causeCategories: causeCategories.filter((c) => (c === category ? on : current.causeCategories.includes(c))),
                }));
              }}
            />
          ))}
        </Fieldset>

        <Fieldset className="plan-group">
          <Fieldset.Legend>{t('conversations.field.maintainingFactors')}</Fieldset.Legend>
          <Fieldset.Description>
            {localised(maintainingFactorPrompt)} {t('conversations.factorsHelp')}
          </Fieldset.Description>
          {value.maintainingFactors.map((factor, index) => (
            <div key={index} className="plan-line">
              <Textfield
                id={id(`conversation.maintainingFactors.${index}`)}
                multiline
                rows={2}
                label={t('conversations.factorN', { n: index + 1 })}
                maxLength={1000}
                value={factor}
                error={errorAt(`conversation.maintainingFactors.${index}`)}
                onChange={(event) => {
                  const text = event.target.value;
                  setValue((current) => ({ ...current, maintainingFactors: current.maintainingFactors.map((f, i) => (i === index ? text : f)) }));
                }}
              />
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  set({ maintainingFactors: value.maintainingFactors.filter((_, i) => i !== index) });
                  requestAnimationFrame(() => document.getElementById(id('conversation.maintainingFactors'))?.focus());
                }}
              >
                {t('conversations.removeFactor', { n: index + 1 })}
              </Button>
            </div>
          ))}
          <div>
            <Button id={id('conversation.maintainingFactors')} type="button" variant="secondary" data-size="sm" onClick={() => addFactor('')}>
              {t('conversations.addFactor')}
            </Button>
          </div>
          <Details>
            <Details.Summary>{t('conversations.suggestions')}</Details.Summary>
            <Details.Content className="stack stack--tight">
              <Paragraph data-size="sm">{t('conversations.suggestionsHelp')}</Paragraph>
              <ul className="suggestion-list">
                {maintainingFactorSuggestions.map((s) => {
                  const text = localised(s.text);
                  const added = value.maintainingFactors.some((f) => f.trim() === text);
                  return (
                    <li key={s.id}>
                      <Button
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        disabled={added}
                        onClick={() => addFactor(text)}
                      >
                        {t('conversations.addSuggestion', { text })}
                      </Button>
                    </li>
                  );
                })}
              </ul>
            </Details.Content>
          </Details>
        </Fieldset>

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
