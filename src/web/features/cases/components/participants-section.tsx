import { Button, Field, Heading, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/case-api';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { useAddParticipant, useRemoveParticipant, useStaffCandidates } from '../api/use-cases';
import { CaseSection, SectionFormToggle, useSectionForm } from './case-section';
import { FormFooter } from './form-footer';
import { FormFailure, useFieldError } from './form-problems';
import { useRoleLabel } from '../../../components/use-role-label';

type Role = CaseDetail['participants'][number]['role'];

/** Who takes part in the case: the responsible person and the others; add from the school's staff, remove. */
export function ParticipantsSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const section = useSectionForm<string>({ keepNewsOnOpen: true });
  const remove = useRemoveParticipant(detail.id);
  const open = detail.status === 'aapen';
  // Only the responsible person and leadership change who takes part; others see the list.
  const mayChange = open && detail.mayChangeParticipants;

  const onRemove = (staffId: string, name: string) => {
    if (remove.isPending) return;
    section.setNews(null);
    remove.mutate(staffId, {
      onSuccess: () => {
        section.setNews(t('cases.participants.removed', { name }));
        section.headingRef.current?.focus();
      },
    });
  };

  return (
    <CaseSection section={section} heading={t('cases.participants.heading')} intro={t('cases.participants.intro')} news={section.news}>
      <ul className="case-list">
        {detail.participants.map((person) => (
          <li key={person.staffId}>
            <Paragraph>
              <strong>{person.name}</strong>
              {person.title && <>, {roleLabel(person.title)}</>} – {t(`cases.participantRole.${person.role}`)}
            </Paragraph>
            {mayChange && person.role !== 'ansvarlig' && (
              <div>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  loading={remove.isPending && remove.variables === person.staffId}
                  aria-disabled={remove.isPending || undefined}
                  aria-label={t('cases.participants.removeNamed', { name: person.name })}
                  onClick={() => onRemove(person.staffId, person.name)}
                >
                  {t('cases.participants.remove')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <FormFailure error={remove.error} fields={[]} />
      {open && !detail.mayChangeParticipants && <Paragraph data-size="sm">{t('cases.participants.onlyResponsible')}</Paragraph>}
      {mayChange && (
        <SectionFormToggle section={section} label={t('cases.participants.add')}>
          <AddParticipantForm detail={detail} onCancel={section.cancel} onAdded={(name) => section.saved(t('cases.participants.added', { name }))} />
        </SectionFormToggle>
      )}
    </CaseSection>
  );
}

function AddParticipantForm({ detail, onCancel, onAdded }: { detail: CaseDetail; onCancel: () => void; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const candidates = useStaffCandidates(detail.id, true);
  const add = useAddParticipant(detail.id);
  const fieldError = useFieldError(add.error);
  const [staffId, setStaffId] = useState('');
  const [role, setRole] = useState<Role>('deltaker');
  const [missing, setMissing] = useState(false);
  const staffRef = useRef<HTMLSelectElement>(null);
  const taken = new Set(detail.participants.map((p) => p.staffId));
  const available = (candidates.data?.staff ?? []).filter((s) => !taken.has(s.staffId));

  useEffect(() => {
    if (candidates.isSuccess) staffRef.current?.focus();
  }, [candidates.isSuccess]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    if (!staffId) {
      setMissing(true);
      staffRef.current?.focus();
      return;
    }
    setMissing(false);
    const name = available.find((s) => s.staffId === staffId)?.name ?? '';
    add.mutate({ staffId, role }, { onSuccess: () => onAdded(name) });
  };

  const staffError = fieldError('staffId', missing && t('cases.participants.staffMissing'));

  return (
    <form onSubmit={onSubmit} noValidate className="case-form case-form--boxed">
      <Heading level={3} data-size="xs">
        {t('cases.participants.addHeading')}
      </Heading>
      {candidates.isPending ? (
        <LoadingStatus text={t('cases.participants.loadingStaff')} />
      ) : candidates.isError ? (
        <ApiErrorAlert error={candidates.error} heading={t('cases.participants.staffFailed')} onRetry={() => void candidates.refetch()} />
      ) : available.length === 0 ? (
        <Paragraph>{t('cases.participants.noCandidates')}</Paragraph>
      ) : (
        <>
          <Field>
            <Label htmlFor={`${id}-staff`}>{t('cases.participants.staff')}</Label>
            <Select
              ref={staffRef}
              id={`${id}-staff`}
              width="auto"
              value={staffId}
              aria-invalid={staffError ? true : undefined}
              onChange={(event) => setStaffId(event.target.value)}
            >
              <Select.Option value="">{t('cases.participants.choose')}</Select.Option>
              {available.map((s) => (
                <Select.Option key={s.staffId} value={s.staffId}>
                  {s.roles.length > 0
                    ? t('cases.participants.candidate', { name: s.name, roles: s.roles.map((r) => t(`role.${r}`, { defaultValue: r })).join(', ') })
                    : s.name}
                </Select.Option>
              ))}
            </Select>
            {staffError && <ValidationMessage>{staffError}</ValidationMessage>}
          </Field>
          <Field>
            <Label htmlFor={`${id}-role`}>{t('cases.participants.role')}</Label>
            <Field.Description>{t('cases.participants.roleHelp')}</Field.Description>
            <Select id={`${id}-role`} width="auto" value={role} onChange={(event) => setRole(event.target.value as Role)}>
              <Select.Option value="deltaker">{t('cases.participantRole.deltaker')}</Select.Option>
              <Select.Option value="ansvarlig">{t('cases.participantRole.ansvarlig')}</Select.Option>
            </Select>
          </Field>
        </>
      )}
      <FormFooter
        error={add.error}
        fields={['staffId']}
        pending={add.isPending}
        submitText={t('cases.participants.submit')}
        pendingText={t('cases.participants.adding')}
        onCancel={onCancel}
        canSubmit={available.length > 0}
      />
    </form>
  );
}
