import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSecondFactor } from '../../../../shared/second-factor-api';
import { ApiErrorAlert, ApiErrorText } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { useFormat } from '../../../i18n/format';
import { todayInNorway } from '../../../lib/dates';
import { useResetSecondFactor, useSecondFactors } from '../api/use-second-factors';
import '../second-factor-admin.css';

/**
 * "Tofaktorinnlogging" (issue 14, part 3): for the owner's administrator, on the owner's import
 * page, the leaders and administrators who sign in with a password, and whether each has set up an
 * authenticator app; for one who has lost the phone, a reset, confirmed in a dialog naming the
 * person. A list rather than a table, so that it reads at 390 px.
 */
export function SecondFactorSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const overview = useSecondFactors();
  const people = overview.data?.people ?? [];
  // The person stays after the dialog closes, so that its text does not vanish while it does.
  const [confirming, setConfirming] = useState<{ person: PersonSecondFactor; open: boolean } | null>(null);
  const [resetName, setResetName] = useState<string | null>(null);
  const openedBy = useRef<HTMLElement | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const ask = (person: PersonSecondFactor, button: HTMLElement) => {
    openedBy.current = button;
    setResetName(null);
    setConfirming({ person, open: true });
  };
  const close = () => setConfirming((c) => c && { ...c, open: false });
  const cancel = () => {
    close();
    // Back to the button that opened the dialog.
    requestAnimationFrame(() => openedBy.current?.focus());
  };
  const done = (name: string) => {
    close();
    setResetName(name);
    // The button is gone with the person's authenticator: focus goes to what happened instead.
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading level={2} data-size="md" id={headingId}>
        {t('secondFactorAdmin.title')}
      </Heading>
      <Paragraph>{t('secondFactorAdmin.intro')}</Paragraph>
      <Paragraph>{t('secondFactorAdmin.lostPhone')}</Paragraph>
      {overview.data?.secondFactor === 'off' && (
        <Alert data-color="warning">
          <Paragraph>{t('secondFactorAdmin.off')}</Paragraph>
        </Alert>
      )}
      <div role="status">
        {resetName && (
          <Alert data-color="success">
            <Paragraph ref={statusRef} tabIndex={-1}>
              {t('secondFactorAdmin.resetDone', { name: resetName })}
            </Paragraph>
          </Alert>
        )}
      </div>
      {overview.isPending && <LoadingStatus text={t('secondFactorAdmin.loading')} />}
      {overview.isError && (
        <Alert data-color="danger">
          <ApiErrorText error={overview.error} />
        </Alert>
      )}
      {overview.isSuccess && people.length === 0 && <Paragraph>{t('secondFactorAdmin.nobody')}</Paragraph>}
      {people.length > 0 && (
        <ul className="second-factor-list">
          {people.map((person) => (
            <PersonItem key={person.staffId} person={person} onReset={ask} />
          ))}
        </ul>
      )}
      <ResetDialog person={confirming?.person ?? null} open={confirming?.open ?? false} onCancel={cancel} onDone={done} />
    </section>
  );
}

function PersonItem({ person, onReset }: { person: PersonSecondFactor; onReset: (person: PersonSecondFactor, button: HTMLElement) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const roles = format.list(
    person.roles.map((r) => (r.schoolName ? t('secondFactorAdmin.roleAt', { role: t(`role.${r.role}`), school: r.schoolName }) : t(`role.${r.role}`))),
  );

  return (
    <li className="stack stack--tight second-factor-item">
      <Heading level={3} data-size="xs">
        {person.name}
      </Heading>
      <dl className="second-factor-facts">
        <div>
          <dt>{t('secondFactorAdmin.username')}</dt>
          <dd>{person.username}</dd>
        </div>
        <div>
          <dt>{t('secondFactorAdmin.roles')}</dt>
          <dd>{roles}</dd>
        </div>
        <div>
          <dt>{t('secondFactorAdmin.state')}</dt>
          <dd>{person.state.kind === 'enrolled' ? t('secondFactorAdmin.enrolled', { date: format.date(todayInNorway(new Date(person.state.since))) }) : t('secondFactorAdmin.notEnrolled')}</dd>
        </div>
      </dl>
      {person.state.kind === 'enrolled' && (
        <div>
          <Button variant="secondary" data-color="danger" aria-label={t('secondFactorAdmin.resetFor', { name: person.name })} onClick={(event) => onReset(person, event.currentTarget)}>
            {t('secondFactorAdmin.reset')}
          </Button>
        </div>
      )}
    </li>
  );
}

/** Asks before forgetting: the person cannot sign in with the old app afterwards. Escape or the close button cancel. */
function ResetDialog({ person, open, onCancel, onDone }: { person: PersonSecondFactor | null; open: boolean; onCancel: () => void; onDone: (name: string) => void }) {
  const { t } = useTranslation();
  const id = useId();

  return (
    <Dialog open={open} onClose={onCancel} closeButton={t('secondFactorAdmin.dialog.dismiss')} aria-labelledby={`${id}-heading`}>
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={`${id}-heading`}>
          {t('secondFactorAdmin.dialog.heading', { name: person?.name ?? '' })}
        </Heading>
      </Dialog.Block>
      {/* Made anew each time the dialog opens: a fresh request. */}
      <Dialog.Block>{open && person && <ResetConfirmation person={person} onCancel={onCancel} onDone={onDone} />}</Dialog.Block>
    </Dialog>
  );
}

function ResetConfirmation({ person, onCancel, onDone }: { person: PersonSecondFactor; onCancel: () => void; onDone: (name: string) => void }) {
  const { t } = useTranslation();
  const reset = useResetSecondFactor();
  const confirm = () => {
    if (reset.isPending) return;
    reset.mutate(person.staffId, { onSuccess: () => onDone(person.name) });
  };

  return (
    <div className="stack">
      <Paragraph>{t('secondFactorAdmin.dialog.text', { name: person.name })}</Paragraph>
      {reset.isError && <ApiErrorAlert error={reset.error} heading={t('secondFactorAdmin.dialog.failed')} />}
      <div className="button-row">
        <Button data-color="danger" loading={reset.isPending} aria-disabled={reset.isPending || undefined} onClick={confirm}>
          {t('secondFactorAdmin.dialog.confirm')}
        </Button>
        <Button variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}
