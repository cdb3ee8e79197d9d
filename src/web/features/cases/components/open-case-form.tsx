import { Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { followUpCaseKinds, type FollowUpCaseKind } from '../../../../domain/cases/case-workflow';
import type { Flag, StudentDetail } from '../../../../shared/api';
import { isApiFailure } from '../../../api/client';
import { AppLink } from '../../../components/app-link';
import { useExplainFlag } from '../../../components/use-explain-flag';
import { useSession } from '../../../lib/session';
import { useOpenCase } from '../api/use-cases';
import { caseKindForFlag } from '../case-kind-for-flag';
import { casePaths } from '../case-paths';
import { existingCaseIdIn } from '../field-problems';
import { FormFooter } from './form-footer';
import { FieldsetError, useFieldError } from './form-problems';

type Responsible = 'standard' | 'meg';

/**
 * Opens a case for a student, by hand or from one of the student's flags (the kind the flag
 * calls for is chosen, and the flag's finding starts the reason). The responsible person is the
 * student's contact teacher unless the person chooses to take it. Goes to the new case.
 */
export function OpenCaseForm({
  student,
  flag,
  onCancel,
  headingLevel = 3,
}: {
  student: Pick<StudentDetail, 'id' | 'groups'>;
  flag?: Flag;
  onCancel: () => void;
  headingLevel?: 3 | 4 | 5;
}) {
  const { t } = useTranslation();
  const id = useId();
  const session = useSession();
  const navigate = useNavigate();
  const explain = useExplainFlag();
  const open = useOpenCase(student.id);
  const fieldError = useFieldError(open.error);
  const [kind, setKind] = useState<FollowUpCaseKind>(() => (flag ? caseKindForFlag(flag) : 'iko'));
  const [reason, setReason] = useState(() => {
    if (!flag) return '';
    const { rule, finding } = explain(flag);
    return `${rule}. ${finding}`;
  });
  const [responsible, setResponsible] = useState<Responsible>('standard');
  const [reasonMissing, setReasonMissing] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement | HTMLInputElement>(null);
  const existingCaseId = isApiFailure(open.error) && open.error.code === 'conflict' ? existingCaseIdIn(open.error.details) : null;
  const contactTeachers = [...new Set(student.groups.filter((g) => g.kind === 'basisgruppe').flatMap((g) => g.contactTeachers))];

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (open.isPending) return;
    if (!reason.trim()) {
      setReasonMissing(true);
      reasonRef.current?.focus();
      return;
    }
    setReasonMissing(false);
    open.mutate(
      {
        kind,
        openedFrom: flag ? 'flagg' : 'manuelt',
        ...(flag ? { flagId: flag.id } : {}),
        reason: reason.trim(),
        ...(responsible === 'meg' ? { responsibleStaffId: session.staffId } : {}),
      },
      { onSuccess: (detail) => void navigate(casePaths.case(detail.id)) },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="case-form case-form--boxed">
      <Heading level={headingLevel} data-size="xs">
        {flag ? t('cases.open.fromFlagHeading', { rule: t(`ruleCode.${flag.ruleCode}`) }) : t('cases.open.heading')}
      </Heading>
      <Fieldset>
        <Fieldset.Legend>{t('cases.open.kind')}</Fieldset.Legend>
        {flag && <Fieldset.Description>{t('cases.open.kindFromFlag')}</Fieldset.Description>}
        {followUpCaseKinds.map((value) => (
          <Radio
            key={value}
            ref={kind === value ? firstRef : undefined}
            name={`${id}-kind`}
            value={value}
            label={t(`caseKind.${value}`)}
            description={t(`cases.kindHelp.${value}`)}
            checked={kind === value}
            onChange={() => setKind(value)}
          />
        ))}
        <FieldsetError text={fieldError('kind')} />
      </Fieldset>
      <Textfield
        ref={reasonRef}
        id={`${id}-reason`}
        multiline
        rows={3}
        label={t('cases.open.reason')}
        description={t('cases.open.reasonHelp')}
        required
        maxLength={2000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldError('reason', reasonMissing && t('cases.open.reasonMissing'))}
      />
      <Fieldset>
        <Fieldset.Legend>{t('cases.open.responsible')}</Fieldset.Legend>
        <Radio
          name={`${id}-responsible`}
          value="standard"
          label={
            contactTeachers.length > 0
              ? t('cases.open.responsibleContactTeacher', { names: contactTeachers.join(', ') })
              : t('cases.open.responsibleDefault')
          }
          checked={responsible === 'standard'}
          onChange={() => setResponsible('standard')}
        />
        {/* The contact teacher opening the case is the default already. */}
        {!contactTeachers.includes(session.name) && (
          <Radio
            name={`${id}-responsible`}
            value="meg"
            label={t('cases.open.responsibleMe', { name: session.name })}
            checked={responsible === 'meg'}
            onChange={() => setResponsible('meg')}
          />
        )}
        <FieldsetError text={fieldError('responsibleStaffId')} />
      </Fieldset>
      <Paragraph data-size="sm">{t('cases.open.after')}</Paragraph>
      <FormFooter
        error={open.error}
        fields={['kind', 'reason', 'responsibleStaffId']}
        texts={{ conflict: t('cases.open.conflict'), forbidden: t('cases.open.forbidden') }}
        pending={open.isPending}
        submitText={t('cases.open.submit')}
        pendingText={t('cases.open.saving')}
        onCancel={onCancel}
      >
        {existingCaseId && (
          <Paragraph>
            <AppLink to={casePaths.case(existingCaseId)}>{t('cases.open.toExisting')}</AppLink>
          </Paragraph>
        )}
      </FormFooter>
    </form>
  );
}
