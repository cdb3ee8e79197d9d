import { Alert, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { OvergangSummaryBody } from '../../../../shared/overgang-api';
import { isApiFailure } from '../../../api/client';
import { ApiErrorText } from '../../../components/api-error-alert';
import { useSaveSummary } from '../api/use-overgang';
import { draftOfSummary, draftProblems, serverProblems, summaryOfDraft, type FieldProblem, type SummaryDraft, type SummaryField } from '../summary-form';
import { FormButtons } from '../../../components/form-buttons';

type FieldRef = HTMLInputElement | HTMLTextAreaElement;

/**
 * The summary as the former school edits it: the causes and the measures that helped one a line,
 * the contact person, a note. The form checks what the contract and the rule check and moves the
 * focus to the first field that needs it; the server's refusals land at the same fields.
 */
export function SummaryEditor({ studentId, start, onCancel, onSaved }: { studentId: string; start: OvergangSummaryBody | null; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveSummary(studentId);
  const [draft, setDraft] = useState<SummaryDraft>(() => draftOfSummary(start));
  const [sent, setSent] = useState<SummaryDraft | null>(null);
  const [own, setOwn] = useState<FieldProblem[]>([]);
  const causesRef = useRef<FieldRef>(null);
  const helpedRef = useRef<FieldRef>(null);
  const nameRef = useRef<FieldRef>(null);
  const roleRef = useRef<FieldRef>(null);
  const phoneRef = useRef<FieldRef>(null);
  const emailRef = useRef<FieldRef>(null);
  const noteRef = useRef<FieldRef>(null);
  const refOf: Record<SummaryField, RefObject<FieldRef | null>> = {
    causes: causesRef,
    helped: helpedRef,
    'contactPerson.name': nameRef,
    'contactPerson.role': roleRef,
    'contactPerson.phone': phoneRef,
    'contactPerson.email': emailRef,
    note: noteRef,
  };
  const focus = (field: SummaryField) => refOf[field].current?.focus();

  useEffect(() => {
    causesRef.current?.focus();
  }, []);

  const fromServer = isApiFailure(save.error) && save.error.code === 'validation_failed' && sent ? serverProblems(save.error.details, sent) : [];
  const atFields = [...own, ...fromServer.filter((p): p is FieldProblem => p.field !== null)];
  const unplaced = fromServer.filter((p): p is { field: null; message: string } => p.field === null);

  const errorAt = (field: SummaryField): string | undefined => {
    const problem = atFields.find((p) => p.field === field);
    return problem ? t(`overgang.edit.problem.${problem.problem}`, { max: problem.max }) : undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const found = draftProblems(draft);
    setOwn(found);
    save.reset();
    if (found.length > 0) return focus(found[0]!.field);
    setSent(draft);
    save.mutate(summaryOfDraft(draft), {
      onSuccess: onSaved,
      onError: (error) => {
        const first = isApiFailure(error) ? serverProblems(error.details, draft).find((p): p is FieldProblem => p.field !== null) : undefined;
        if (first) focus(first.field);
      },
    });
  };

  const set = (key: keyof SummaryDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));

  return (
    <form onSubmit={onSubmit} noValidate className="decision-form overgang-form">
      <Paragraph data-size="sm">{t('overgang.edit.intro')}</Paragraph>
      <Textfield
        ref={causesRef}
        id={`${id}-causes`}
        multiline
        rows={4}
        label={t('overgang.summary.causes')}
        description={t('overgang.edit.causesHelp')}
        value={draft.causes}
        onChange={set('causes')}
        error={errorAt('causes')}
      />
      <Textfield
        ref={helpedRef}
        id={`${id}-helped`}
        multiline
        rows={4}
        label={t('overgang.summary.helped')}
        description={t('overgang.edit.helpedHelp')}
        value={draft.helped}
        onChange={set('helped')}
        error={errorAt('helped')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('overgang.edit.contactLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('overgang.edit.contactHelp')}</Fieldset.Description>
        <Textfield ref={nameRef} id={`${id}-name`} label={t('overgang.edit.name')} required autoComplete="off" value={draft.name} onChange={set('name')} error={errorAt('contactPerson.name')} />
        <Textfield ref={roleRef} id={`${id}-role`} label={t('overgang.edit.role')} description={t('overgang.edit.roleHelp')} autoComplete="off" value={draft.role} onChange={set('role')} error={errorAt('contactPerson.role')} />
        <Textfield ref={phoneRef} id={`${id}-phone`} type="tel" label={t('overgang.summary.phone')} autoComplete="off" value={draft.phone} onChange={set('phone')} error={errorAt('contactPerson.phone')} />
        <Textfield ref={emailRef} id={`${id}-email`} type="email" label={t('overgang.summary.email')} autoComplete="off" value={draft.email} onChange={set('email')} error={errorAt('contactPerson.email')} />
      </Fieldset>
      <Textfield
        ref={noteRef}
        id={`${id}-note`}
        multiline
        rows={3}
        label={t('overgang.summary.note')}
        description={t('overgang.edit.noteHelp')}
        value={draft.note}
        onChange={set('note')}
        error={errorAt('note')}
      />
      {save.isError && (
        <Alert data-color={isApiFailure(save.error) && save.error.code === 'forbidden' ? 'warning' : 'danger'} role="alert">
          {isApiFailure(save.error) && save.error.code === 'validation_failed' ? (
            <>
              <Paragraph>{t('overgang.edit.refused')}</Paragraph>
              {unplaced.length > 0 && (
                <ul>
                  {unplaced.map((p) => (
                    <li key={p.message}>{p.message}</li>
                  ))}
                </ul>
              )}
            </>
          ) : isApiFailure(save.error) && save.error.code === 'forbidden' ? (
            <Paragraph>{t('overgang.forbidden')}</Paragraph>
          ) : (
            <ApiErrorText error={save.error} />
          )}
        </Alert>
      )}
      <FormButtons pending={save.isPending} text={t('overgang.edit.submit')} pendingText={t('overgang.edit.saving')} onCancel={onCancel} />
    </form>
  );
}
