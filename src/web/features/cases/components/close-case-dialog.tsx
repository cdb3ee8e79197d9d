import { Alert, Dialog, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpCaseOutcomes } from '../../../../domain/cases/case-workflow';
import type { CaseDetail } from '../../../../shared/case-api';
import { useTransitionCase } from '../api/use-cases';
import { FormFooter } from './form-footer';
import { FieldsetError, useFieldError } from './form-problems';

/**
 * Closing a case: the outcome (effect, no effect, stopped) and a note on how it ended. Closing an
 * IKO case with effect returns the student to ordinary follow-up, and the page says so before the
 * person confirms. A modal dialog: Escape or the close button cancel, and the caller puts focus back.
 */
export function CloseCaseDialog({
  detail,
  open,
  onCancel,
  onClosed,
}: {
  detail: CaseDetail;
  open: boolean;
  onCancel: () => void;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Dialog open={open} onClose={onCancel} closeButton={t('cases.close.dismiss')} aria-labelledby={`${id}-heading`} className="case-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={`${id}-heading`}>
          {t('cases.close.heading', { kind: t(`caseKind.${detail.kind}`), name: detail.student.name })}
        </Heading>
      </Dialog.Block>
      {/* Made anew each time the dialog opens: a fresh form and a fresh request. */}
      <Dialog.Block>{open && <CloseCaseForm detail={detail} onCancel={onCancel} onClosed={onClosed} />}</Dialog.Block>
    </Dialog>
  );
}

function CloseCaseForm({ detail, onCancel, onClosed }: { detail: CaseDetail; onCancel: () => void; onClosed: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [outcome, setOutcome] = useState<(typeof followUpCaseOutcomes)[number] | null>(null);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ outcome?: boolean; note?: boolean }>({});
  const firstRadioRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement | HTMLInputElement>(null);
  const transition = useTransitionCase(detail.id);
  const fieldError = useFieldError(transition.error);

  useEffect(() => {
    // The dialog has just opened: focus on the first choice.
    const frame = requestAnimationFrame(() => firstRadioRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (transition.isPending) return;
    const found = { outcome: !outcome, note: !note.trim() };
    setProblems(found);
    if (found.outcome) return firstRadioRef.current?.focus();
    if (found.note) return noteRef.current?.focus();
    transition.mutate({ type: 'close', outcome: outcome!, note: note.trim() }, { onSuccess: onClosed });
  };

  const removesMark = detail.kind === 'iko' && outcome === 'effekt';

  return (
        <form onSubmit={onSubmit} noValidate className="case-form">
          <Paragraph>{t('cases.close.intro')}</Paragraph>
          <Fieldset>
            <Fieldset.Legend>{t('cases.close.outcome')}</Fieldset.Legend>
            {followUpCaseOutcomes.map((value, index) => (
              <Radio
                key={value}
                ref={index === 0 ? firstRadioRef : undefined}
                name={`${id}-outcome`}
                value={value}
                label={t(`caseOutcome.${value}`)}
                description={t(`cases.outcomeHelp.${value}`)}
                checked={outcome === value}
                onChange={() => setOutcome(value)}
                aria-invalid={problems.outcome || undefined}
              />
            ))}
            <FieldsetError text={fieldError('outcome', problems.outcome && t('cases.close.outcomeMissing'))} />
          </Fieldset>
          {removesMark && (
            <Alert data-color="info">
              <Paragraph>{t('cases.close.removesMark')}</Paragraph>
            </Alert>
          )}
          <Textfield
            ref={noteRef}
            id={`${id}-note`}
            multiline
            rows={3}
            label={t('cases.close.note')}
            description={t('cases.close.noteHelp')}
            required
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={fieldError('note', problems.note && t('cases.close.noteMissing'))}
          />
          <FormFooter
            error={transition.error}
            fields={['outcome', 'note']}
            texts={{ conflict: t('cases.close.conflict') }}
            pending={transition.isPending}
            submitText={t('cases.close.submit')}
            pendingText={t('cases.close.saving')}
            onCancel={onCancel}
            danger
          />
        </form>
  );
}
