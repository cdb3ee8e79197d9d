import { Heading, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvklaringDetail } from '../../../../shared/ot-api';
import { FormFooter } from '../../cases/components/form-footer';
import { useCancelMeeting } from '../api/use-avklaring';
import type { Meeting } from '../avklaring-state';
import { useAvklaringExplain, useAvklaringFieldError } from './use-avklaring-problems';

/**
 * Calling a summoned meeting off (OT cannot come, the family asks for another day): the reason,
 * and the case goes back to summoning a new meeting with a new written summons.
 */
export function CancelMeetingForm({ detail, meeting, onCancel, onSaved }: { detail: AvklaringDetail; meeting: Meeting; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const cancel = useCancelMeeting(detail.caseId);
  const explain = useAvklaringExplain();
  const fieldError = useAvklaringFieldError(cancel.error);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const reasonRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);

  useEffect(() => {
    reasonRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (cancel.isPending) return;
    setMissing(!reason.trim());
    if (!reason.trim()) return reasonRef.current?.focus();
    cancel.mutate({ meetingId: meeting.id, body: { reason: reason.trim() } }, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="case-form case-form--boxed">
      <Heading level={3} data-size="xs">
        {t('otAvklaring.outcome.cancelHeading')}
      </Heading>
      <Textfield
        ref={reasonRef}
        id={`${id}-reason`}
        multiline
        rows={2}
        label={t('otAvklaring.outcome.cancelReason')}
        description={t('otAvklaring.outcome.cancelReasonHelp')}
        required
        maxLength={2000}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldError('reason', missing && t('otAvklaring.outcome.cancelReasonMissing'))}
      />
      <FormFooter
        error={cancel.error}
        fields={['reason']}
        explain={explain}
        pending={cancel.isPending}
        submitText={t('otAvklaring.outcome.cancelSubmit')}
        pendingText={t('otAvklaring.saving')}
        onCancel={onCancel}
      />
    </form>
  );
}
