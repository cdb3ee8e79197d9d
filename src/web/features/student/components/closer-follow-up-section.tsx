import { Alert, Button, Fieldset, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultReviewDays, maxReviewDays } from '../../../../domain/follow-up/closer-follow-up';
import type { StudentDetail } from '../../../../shared/api';
import type { CloserFollowUp } from '../../../../shared/follow-up-api';
import { isApiFailure } from '../../../api/client';
import { ApiErrorAlert, ApiErrorText } from '../../../components/api-error-alert';
import { CloserFollowUpMark } from '../../../components/closer-follow-up-mark';
import { DateField } from '../../../components/date-field';
import { LiveStatus } from '../../../components/live-status';
import { LoadingStatus } from '../../../components/loading-status';
import { useFormat } from '../../../i18n/format';
import { addDays, dateOfTimestamp, isIsoDate, todayInNorway } from '../../../lib/dates';
import { useCloserFollowUp, useReviewCloserFollowUp, useSetCloserFollowUp } from '../api/use-follow-up';
import { FormButtons } from '../../../components/form-buttons';

type Mode = 'start' | 'forleng' | 'avslutt';

/**
 * Tettere oppfølging: its own decision, apart from confirming a flag, with a reason and a review
 * date; when the date comes it asks for a review (go on with a new date, or end it).
 */
export function CloserFollowUpSection({ student }: { student: StudentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const full = student.access === 'full';
  const query = useCloserFollowUp(student.id, full);
  const [mode, setMode] = useState<Mode | null>(null);
  const [done, setDone] = useState<Mode | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (!full) return null;

  const current = query.data?.current ?? null;
  const history = query.data?.history ?? [];
  const finish = (kind: Mode) => {
    setMode(null);
    setDone(kind);
    headingRef.current?.focus();
  };

  return (
    <section className="stack" aria-labelledby="tettere-oppfolging">
      <Heading level={2} data-size="md" id="tettere-oppfolging" ref={headingRef} tabIndex={-1}>
        {t('followUp.closer.heading')}
      </Heading>
      <Paragraph>{t('followUp.closer.intro')}</Paragraph>
      <LiveStatus>
        {done && (
          <Alert data-color="success">
            <Paragraph>{t(`followUp.closer.done.${done}`)}</Paragraph>
          </Alert>
        )}
      </LiveStatus>
      {query.isPending ? (
        <LoadingStatus text={t('followUp.closer.loading')} />
      ) : query.isError ? (
        isApiFailure(query.error) && query.error.code === 'forbidden' ? null : <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          {current ? <CurrentMark mark={current} /> : <Paragraph>{t('followUp.closer.none')}</Paragraph>}
          {mode === null && (
            <div className="button-row">
              {current ? (
                <>
                  <Button variant="secondary" data-size="sm" onClick={() => setMode('forleng')}>
                    {t('followUp.closer.extend')}
                  </Button>
                  <Button variant="secondary" data-size="sm" onClick={() => setMode('avslutt')}>
                    {t('followUp.closer.end')}
                  </Button>
                </>
              ) : (
                <Button variant="secondary" data-size="sm" onClick={() => setMode('start')}>
                  {t('followUp.closer.start')}
                </Button>
              )}
            </div>
          )}
          {mode && <CloserFollowUpForm studentId={student.id} mode={mode} markId={current?.id ?? null} onCancel={() => setMode(null)} onDone={() => finish(mode)} />}
          {history.length > 0 && (
            <div className="stack stack--tight">
              <Heading level={3} data-size="2xs">
                {t('followUp.closer.history', { count: history.length })}
              </Heading>
              <ul>
                {history.map((mark) => (
                  <li key={mark.id}>
                    {t('followUp.closer.ended', { from: format.date(dateOfTimestamp(mark.setAt)), to: mark.endedAt ? format.date(dateOfTimestamp(mark.endedAt)) : '', reason: mark.reason })}
                    {mark.endReason && <> ({t(`followUp.closer.endReason.${mark.endReason}`)})</>}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function CurrentMark({ mark }: { mark: CloserFollowUp }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="stack stack--tight">
      {mark.status === 'til_vurdering' && (
        <Alert data-color="warning">
          <Paragraph>{t('followUp.closer.reviewDueText')}</Paragraph>
        </Alert>
      )}
      <dl className="flag-facts">
        <div>
          <dt>{t('followUp.closer.statusLabel')}</dt>
          <dd>
            <Tag data-color={mark.status === 'til_vurdering' ? 'warning' : 'info'} data-size="sm">
              {t(`followUp.closer.status.${mark.status}`)}
            </Tag>
          </dd>
        </div>
        <div>
          <dt>{t('followUp.closer.reviewOn')}</dt>
          <dd>{format.date(mark.reviewOn)}</dd>
        </div>
        <div>
          <dt>{t('followUp.closer.setBy')}</dt>
          <dd>{t('followUp.closer.setByOn', { name: mark.setByName ?? '–', date: format.date(dateOfTimestamp(mark.setAt)) })}</dd>
        </div>
        <div className="flag-facts__wide">
          <dt>{t('followUp.closer.reason')}</dt>
          <dd>{mark.reason}</dd>
        </div>
      </dl>
    </div>
  );
}

type Problems = { reason?: string; reviewOn?: string };

function CloserFollowUpForm({ studentId, mode, markId, onCancel, onDone }: { studentId: string; mode: Mode; markId: string | null; onCancel: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const today = todayInNorway();
  const [reason, setReason] = useState('');
  const [reviewOn, setReviewOn] = useState(addDays(today, defaultReviewDays));
  const [problems, setProblems] = useState<Problems>({});
  const firstRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const reviewRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const start = useSetCloserFollowUp(studentId);
  const review = useReviewCloserFollowUp();
  const mutation = mode === 'start' ? start : review;

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const found: Problems = {};
    if (mode === 'start' && !reason.trim()) found.reason = t('followUp.closer.reasonMissing');
    if (mode !== 'avslutt') {
      if (!isIsoDate(reviewOn)) found.reviewOn = t('followUp.closer.reviewMissing');
      else if (reviewOn <= today) found.reviewOn = t('followUp.closer.reviewPast');
      else if (reviewOn > addDays(today, maxReviewDays)) found.reviewOn = t('followUp.closer.reviewTooFar');
    }
    setProblems(found);
    if (found.reason) return firstRef.current?.focus();
    if (found.reviewOn) return (mode === 'start' ? reviewRef : firstRef).current?.focus();
    if (mode === 'start') start.mutate({ reason: reason.trim(), reviewOn }, { onSuccess: onDone });
    else if (markId) review.mutate({ markId, body: mode === 'forleng' ? { decision: 'forleng', reviewOn } : { decision: 'avslutt', note: reason.trim() } }, { onSuccess: onDone });
  };

  const legend = mode === 'start' ? t('followUp.closer.startLegend') : mode === 'forleng' ? t('followUp.closer.extendLegend') : t('followUp.closer.endLegend');
  const submit = mode === 'start' ? t('followUp.closer.submitStart') : mode === 'forleng' ? t('followUp.closer.submitExtend') : t('followUp.closer.submitEnd');

  return (
    <form onSubmit={onSubmit} noValidate className="decision-form">
      <Fieldset>
        <Fieldset.Legend>{legend}</Fieldset.Legend>
        {mode === 'start' && (
          <>
            <Textfield
              ref={firstRef}
              id={`${id}-reason`}
              multiline
              rows={3}
              label={t('followUp.closer.reason')}
              description={t('followUp.closer.reasonHelp')}
              required
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={problems.reason}
            />
            <DateField ref={reviewRef} id={`${id}-review`} label={t('followUp.closer.reviewOn')} description={t('followUp.closer.reviewOnHelp')} required value={reviewOn} onChange={setReviewOn} error={problems.reviewOn} />
          </>
        )}
        {mode === 'forleng' && (
          <DateField ref={firstRef} id={`${id}-review`} label={t('followUp.closer.reviewOn')} description={t('followUp.closer.reviewOnHelp')} required value={reviewOn} onChange={setReviewOn} error={problems.reviewOn} />
        )}
        {mode === 'avslutt' && (
          <Textfield ref={firstRef} id={`${id}-note`} multiline rows={2} label={t('followUp.closer.endNote')} maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} />
        )}
      </Fieldset>
      {mutation.isError && (
        <Alert data-color="danger" role="alert">
          <ApiErrorText error={mutation.error} />
        </Alert>
      )}
      <FormButtons pending={mutation.isPending} text={submit} pendingText={t('followUp.closer.saving')} onCancel={onCancel} />
    </form>
  );
}

/** The small mark beside the student's name while the student is under closer follow-up. */
export function StudentCloserMark({ student }: { student: StudentDetail }) {
  const query = useCloserFollowUp(student.id, student.access === 'full');
  const current = query.data?.current;
  return current ? <CloserFollowUpMark reviewOn={current.reviewOn} /> : null;
}
