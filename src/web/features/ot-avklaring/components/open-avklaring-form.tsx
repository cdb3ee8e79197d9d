import { Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Flag } from '../../../../shared/api';
import { ApiFailure, isApiFailure } from '../../../api/client';
import { AppLink } from '../../../components/app-link';
import { useExplainFlag } from '../../../components/use-explain-flag';
import { useSession } from '../../../lib/session';
import { casePaths } from '../../cases/case-paths';
import { existingCaseIdIn } from '../../cases/field-problems';
import { FormFooter } from '../../cases/components/form-footer';
import { FieldsetError } from '../../cases/components/form-problems';
import { useOpenAvklaring } from '../api/use-avklaring';
import { avklaringGrounds, type Ground } from '../avklaring-vocabulary';
import { useAvklaringExplain, useAvklaringFieldError } from './use-avklaring-problems';

type Responsible = 'standard' | 'meg';

/**
 * Opens a clarification case with OT for a student — from the student's page, from one of the
 * student's flags (the flag's finding starts the reason), or from an open case (named in the new
 * case's history) — for one of the seed's two grounds, with the reason. Goes to the new case.
 */
export function OpenAvklaringForm({
  studentId,
  flag,
  fromCaseId,
  onCancel,
  headingLevel = 3,
}: {
  studentId: string;
  flag?: Flag;
  fromCaseId?: string;
  onCancel: () => void;
  headingLevel?: 2 | 3 | 4 | 5;
}) {
  const { t } = useTranslation();
  const id = useId();
  const session = useSession();
  const navigate = useNavigate();
  const explainFlag = useExplainFlag();
  const open = useOpenAvklaring(studentId);
  const explain = useAvklaringExplain();
  const fieldError = useAvklaringFieldError(open.error);
  const [ground, setGround] = useState<Ground | null>(null);
  const [reason, setReason] = useState(() => {
    if (!flag) return '';
    const { rule, finding } = explainFlag(flag);
    return `${rule}. ${finding}`;
  });
  const [responsible, setResponsible] = useState<Responsible>('standard');
  const [problems, setProblems] = useState<{ ground?: boolean; reason?: boolean }>({});
  const groundRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement | HTMLInputElement>(null);
  const existingCaseId = isApiFailure(open.error) && open.error.code === 'conflict' ? existingCaseIdIn(open.error.details) : null;
  // The open case is a link below the message, not an id among the problems.
  const shownError = useMemo(
    () => (isApiFailure(open.error) && existingCaseId ? new ApiFailure(open.error.code, open.error.status, open.error.message, open.error.details.filter((d) => d.path !== 'existingCaseId')) : open.error),
    [open.error, existingCaseId],
  );

  useEffect(() => {
    groundRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (open.isPending) return;
    const found = { ground: ground === null, reason: !reason.trim() };
    setProblems(found);
    if (found.ground) return groundRef.current?.focus();
    if (found.reason) return reasonRef.current?.focus();
    open.mutate(
      {
        ground: ground!,
        reason: reason.trim(),
        ...(flag ? { flagId: flag.id } : {}),
        ...(fromCaseId ? { fromCaseId } : {}),
        ...(responsible === 'meg' ? { responsibleStaffId: session.staffId } : {}),
      },
      { onSuccess: (opened) => void navigate(casePaths.avklaring(opened.caseId)) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="case-form case-form--boxed">
      <Heading level={headingLevel} data-size="xs">
        {t('otAvklaring.open.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('otAvklaring.open.intro')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.open.ground')}</Fieldset.Legend>
        {avklaringGrounds.map((value, i) => (
          <Radio
            key={value}
            ref={i === 0 ? groundRef : undefined}
            name={`${id}-ground`}
            value={value}
            label={t(`otAvklaring.ground.${value}`)}
            description={t(`otAvklaring.groundHelp.${value}`)}
            checked={ground === value}
            onChange={() => setGround(value)}
          />
        ))}
        <FieldsetError text={fieldError('ground', problems.ground && ground === null && t('otAvklaring.open.groundMissing'))} />
      </Fieldset>
      <Textfield
        ref={reasonRef}
        id={`${id}-reason`}
        multiline
        rows={3}
        label={t('otAvklaring.open.reason')}
        description={t('otAvklaring.open.reasonHelp')}
        required
        maxLength={2000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldError('reason', problems.reason && !reason.trim() && t('otAvklaring.open.reasonMissing'))}
      />
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.open.responsible')}</Fieldset.Legend>
        <Radio
          name={`${id}-responsible`}
          value="standard"
          label={t('otAvklaring.open.responsibleDefault')}
          checked={responsible === 'standard'}
          onChange={() => setResponsible('standard')}
        />
        <Radio
          name={`${id}-responsible`}
          value="meg"
          label={t('otAvklaring.open.responsibleMe', { name: session.name })}
          checked={responsible === 'meg'}
          onChange={() => setResponsible('meg')}
        />
        <FieldsetError text={fieldError('responsibleStaffId')} />
      </Fieldset>
      <FormFooter
        error={shownError}
        fields={['ground', 'reason', 'responsibleStaffId']}
        texts={{ conflict: t('otAvklaring.open.conflict'), forbidden: t('otAvklaring.open.forbidden') }}
        explain={explain}
        pending={open.isPending}
        submitText={t('otAvklaring.open.submit')}
        pendingText={t('otAvklaring.open.saving')}
        onCancel={onCancel}
      >
        {existingCaseId && (
          <Paragraph>
            <AppLink to={casePaths.avklaring(existingCaseId)}>{t('otAvklaring.open.toExisting')}</AppLink>
          </Paragraph>
        )}
      </FormFooter>
    </form>
  );
}
