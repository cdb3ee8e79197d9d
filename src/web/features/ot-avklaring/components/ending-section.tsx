import { Alert, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AvklaringDetail } from '../../../../shared/ot-api';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp, todayInNorway } from '../../../lib/dates';
import { CaseSection, SectionFormToggle, useSectionForm } from '../../cases/components/case-section';
import { FormFooter } from '../../cases/components/form-footer';
import { FieldsetError } from '../../cases/components/form-problems';
import { useCloseAvklaring, useRegisterDeparture } from '../api/use-avklaring';
import { endings } from '../avklaring-state';
import { departureReasons, type LeaveReasonValue } from '../avklaring-vocabulary';
import { useAvklaringExplain, useAvklaringFieldError } from './use-avklaring-problems';

/**
 * How the case ends: closed when the student stays in school; or the student written out (by
 * leadership and the counsellor: end date and the school system's reason code), after which the
 * youth is in Oppfølgingstenesta's list and the case closes as handed to OT.
 */
export function EndingSection({ detail }: { detail: AvklaringDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const closeSection = useSectionForm();
  const writeOutSection = useSectionForm();
  // The student just written out, until the case is fetched again with the departure in it.
  const [departed, setDeparted] = useState<{ leftOn: string; reason: LeaveReasonValue } | null>(null);
  const inOtListRef = useRef<HTMLHeadingElement>(null);
  const ways = endings(detail);
  const { student } = detail;
  const leftOn = student.leftOn ?? departed?.leftOn ?? null;
  const leaveReason = student.leaveReason ?? departed?.reason ?? null;
  const closed = detail.status === 'avsluttet';

  useEffect(() => {
    if (departed) inOtListRef.current?.focus();
  }, [departed]);

  // The student leaves, but writing out is for the school's leadership and counsellor: said, not offered.
  const notYours = !ways.writeOut && detail.status === 'aapen' && detail.step === 'avtale' && !detail.mayWriteOut && !leftOn && detail.agreement.decision !== 'held_fram';
  if (!ways.close && !ways.writeOut && !notYours && !leftOn && !closed) return null;

  return (
    <CaseSection section={closeSection} heading={t('otAvklaring.ending.heading')} intro={t('otAvklaring.ending.intro')} news={closeSection.news && t('otAvklaring.ending.closed')}>
      {leftOn ? (
        <Alert data-color="success">
          <Heading level={3} data-size="xs" ref={inOtListRef} tabIndex={-1}>
            {t('otAvklaring.ending.inOtListHeading')}
          </Heading>
          <Paragraph>
            {t('otAvklaring.ending.writtenOut', {
              name: student.name,
              date: format.date(leftOn),
              reason: leaveReason ? t(`otAvklaring.leaveReason.${leaveReason}`) : '–',
            })}
          </Paragraph>
          <Paragraph>{t('otAvklaring.ending.inOtList')}</Paragraph>
          {detail.attachSummons && <Paragraph>{t('otAvklaring.agreement.summonsAttached')}</Paragraph>}
        </Alert>
      ) : (
        closed && (
          <Paragraph>
            {t('otAvklaring.ending.closedOn', {
              outcome: detail.outcome ? t(`caseOutcome.${detail.outcome}`) : t('cases.status.avsluttet'),
            })}
          </Paragraph>
        )
      )}
      {ways.close && (
        <div className="stack stack--tight">
          <Paragraph>{t('otAvklaring.ending.closeHelp')}</Paragraph>
          <SectionFormToggle section={closeSection} label={t('otAvklaring.ending.close')} variant={detail.agreement.decision === 'held_fram' ? 'primary' : 'secondary'}>
            <CloseForm detail={detail} onCancel={closeSection.cancel} onClosed={() => closeSection.saved(true)} />
          </SectionFormToggle>
        </div>
      )}
      {ways.writeOut && !departed && (
        <div className="stack stack--tight">
          <Paragraph>{t('otAvklaring.ending.writeOutHelp')}</Paragraph>
          <SectionFormToggle section={writeOutSection} label={t('otAvklaring.ending.writeOut')} variant={detail.agreement.decision === 'sluttar' ? 'primary' : 'secondary'}>
            <WriteOutForm detail={detail} onCancel={writeOutSection.cancel} onDone={setDeparted} />
          </SectionFormToggle>
        </div>
      )}
      {notYours && <Paragraph>{t('otAvklaring.ending.writeOutNotYours')}</Paragraph>}
    </CaseSection>
  );
}

function CloseForm({ detail, onCancel, onClosed }: { detail: AvklaringDetail; onCancel: () => void; onClosed: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const close = useCloseAvklaring(detail.caseId);
  const explain = useAvklaringExplain();
  const fieldError = useAvklaringFieldError(close.error);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const noteRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);

  useEffect(() => {
    noteRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (close.isPending) return;
    setMissing(!note.trim());
    if (!note.trim()) return noteRef.current?.focus();
    close.mutate({ note: note.trim() }, { onSuccess: onClosed });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="case-form case-form--boxed">
      <Heading level={3} data-size="xs">
        {t('otAvklaring.ending.closeHeading')}
      </Heading>
      <Textfield
        ref={noteRef}
        id={`${id}-note`}
        multiline
        rows={3}
        label={t('otAvklaring.ending.closeNote')}
        description={t('otAvklaring.ending.closeNoteHelp')}
        required
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fieldError('note', missing && t('otAvklaring.ending.closeNoteMissing'))}
      />
      <FormFooter
        error={close.error}
        fields={['note']}
        explain={explain}
        pending={close.isPending}
        submitText={t('otAvklaring.ending.closeSubmit')}
        pendingText={t('otAvklaring.saving')}
        onCancel={onCancel}
      />
    </form>
  );
}

function WriteOutForm({
  detail,
  onCancel,
  onDone,
}: {
  detail: AvklaringDetail;
  onCancel: () => void;
  onDone: (departure: { leftOn: string; reason: LeaveReasonValue }) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const depart = useRegisterDeparture(detail.student.id);
  const explain = useAvklaringExplain();
  const fieldError = useAvklaringFieldError(depart.error);
  const [leftOn, setLeftOn] = useState(() => todayInNorway());
  const [reason, setReason] = useState<LeaveReasonValue | null>(null);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<{ leftOn?: boolean; reason?: boolean }>({});
  const dateRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    dateRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (depart.isPending) return;
    const found = { leftOn: !leftOn, reason: reason === null };
    setProblems(found);
    if (found.leftOn) return dateRef.current?.focus();
    if (found.reason) return reasonRef.current?.focus();
    depart.mutate({ leftOn, reason: reason!, note: note.trim() }, { onSuccess: () => onDone({ leftOn, reason: reason! }) });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="case-form case-form--boxed">
      <Heading level={3} data-size="xs">
        {t('otAvklaring.ending.writeOutHeading', { name: detail.student.name })}
      </Heading>
      <Alert data-color="warning">
        <Paragraph>{t('otAvklaring.ending.writeOutWarning')}</Paragraph>
      </Alert>
      <Textfield
        ref={dateRef}
        id={`${id}-left-on`}
        type="date"
        label={t('otAvklaring.ending.leftOn')}
        description={t('otAvklaring.ending.leftOnHelp')}
        required
        max={todayInNorway()}
        min={dateOfTimestamp(detail.openedAt)}
        value={leftOn}
        onChange={(event) => setLeftOn(event.target.value)}
        error={fieldError('leftOn', problems.leftOn && t('otAvklaring.ending.leftOnMissing'))}
      />
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.ending.reason')}</Fieldset.Legend>
        <Fieldset.Description>{t('otAvklaring.ending.reasonHelp')}</Fieldset.Description>
        {departureReasons.map((value, i) => (
          <Radio
            key={value}
            ref={i === 0 ? reasonRef : undefined}
            name={`${id}-reason`}
            value={value}
            label={t(`otAvklaring.leaveReason.${value}`)}
            description={t(`otAvklaring.leaveReasonHelp.${value}`)}
            checked={reason === value}
            onChange={() => setReason(value)}
          />
        ))}
        <FieldsetError text={fieldError('reason', problems.reason && reason === null && t('otAvklaring.ending.reasonMissing'))} />
      </Fieldset>
      <Textfield
        id={`${id}-note`}
        multiline
        rows={3}
        label={t('otAvklaring.ending.writeOutNote')}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fieldError('note')}
      />
      <FormFooter
        error={depart.error}
        fields={['leftOn', 'reason', 'note']}
        explain={explain}
        pending={depart.isPending}
        submitText={t('otAvklaring.ending.writeOutSubmit')}
        pendingText={t('otAvklaring.saving')}
        onCancel={onCancel}
        danger
      />
    </form>
  );
}
