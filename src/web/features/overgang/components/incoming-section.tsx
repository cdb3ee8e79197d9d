import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentDetail } from '../../../../shared/api';
import type { IncomingSummary, IncomingView } from '../../../../shared/overgang-api';
import { isApiFailure } from '../../../api/client';
import { ApiErrorAlert, ApiErrorText } from '../../../components/api-error-alert';
import { LiveStatus } from '../../../components/live-status';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp } from '../../../lib/dates';
import { useSession } from '../../../lib/session';
import { useAskFormerSchool, useIncoming, useReadSummary } from '../api/use-overgang';
import { useFocusWhenTargeted } from '../use-focus-when-targeted';
import { SummaryView } from './summary-view';
import '../overgang.css';

type FormerSchool = IncomingView['formerSchools'][number];

export const incomingSectionId = 'fra-forrige-skole';

const statusColor = { kan_spoerje: 'neutral', venter: 'info', lest: 'success' } as const;

/**
 * The receiving school's side of the overgang (decision 023): the former schools where the student
 * was followed up. Without consent the school may only ask — the former school then asks the home;
 * with consent a summary waits, and reading it is logged with both schools. For the leadership and
 * the counsellor of the student's school (the server has the last word); nothing when there is no
 * former school. A student without a birth date can be matched with no former school (issue 17):
 * the section then says the birth date must be completed first.
 */
export function IncomingSection({ student }: { student: Pick<StudentDetail, 'id' | 'school'> }) {
  const { t } = useTranslation();
  const session = useSession();
  const receives = session.roles.some((r) => (r.role === 'skoleleder' || r.role === 'radgiver') && r.schoolId === student.school.id);
  const query = useIncoming(student.id, receives);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const schools = query.data?.formerSchools ?? [];
  const birthDateMissing = query.data?.birthDateMissing ?? false;
  const shown = receives && (query.isError ? !(isApiFailure(query.error) && (query.error.status === 403 || query.error.status === 404)) : schools.length > 0 || birthDateMissing);
  useFocusWhenTargeted(incomingSectionId, shown, headingRef);
  if (!shown) return null;

  return (
    <section className="stack" aria-labelledby={incomingSectionId}>
      <Heading level={2} data-size="md" id={incomingSectionId} ref={headingRef} tabIndex={-1}>
        {t('overgang.incoming.heading')}
      </Heading>
      <Paragraph>{t('overgang.incoming.intro')}</Paragraph>
      {query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : birthDateMissing ? (
        <Alert data-color="warning">
          <Paragraph>{t('overgang.incoming.birthDateMissing')}</Paragraph>
        </Alert>
      ) : (
        <ul className="plain-list overgang-schools">
          {schools.map((school) => (
            <li key={school.fromStudentId}>
              <FormerSchoolItem studentId={student.id} school={school} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FormerSchoolItem({ studentId, school }: { studentId: string; school: FormerSchool }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const ask = useAskFormerSchool(studentId, school.fromStudentId);
  const read = useReadSummary(studentId, school.fromStudentId);
  const [news, setNews] = useState<'asked' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const revokedSince = isApiFailure(read.error) && read.error.code === 'conflict';
  // What was read stays on the page until the list says it may no longer be read.
  const summary = read.data && school.status !== 'kan_spoerje' ? read.data : null;

  const onAsk = () => {
    if (ask.isPending) return;
    ask.mutate(undefined, {
      onSuccess: () => {
        setNews('asked');
        headingRef.current?.focus();
      },
    });
  };
  const onRead = () => {
    if (read.isPending) return;
    setNews(null);
    read.mutate(undefined, {
      // The summary's heading takes the focus as it appears (ReadSummary).
      onError: () => headingRef.current?.focus(),
    });
  };

  return (
    <article className="stack stack--tight" aria-labelledby={`${id}-school`}>
      <div className="button-row">
        <Heading level={3} data-size="xs" id={`${id}-school`} ref={headingRef} tabIndex={-1}>
          {school.fromSchoolName}
        </Heading>
        <Tag data-color={statusColor[school.status]} data-size="sm">
          {t(`overgang.status.${school.status}`)}
        </Tag>
      </div>
      <LiveStatus>
        {news === 'asked' && (
          <Alert data-color="success">
            <Paragraph>{t('overgang.incoming.askedNews', { school: school.fromSchoolName })}</Paragraph>
          </Alert>
        )}
      </LiveStatus>
      {read.isError && (
        <Alert data-color={revokedSince ? 'warning' : 'danger'} role="alert">
          {revokedSince ? <Paragraph>{t('overgang.incoming.revokedSince', { school: school.fromSchoolName })}</Paragraph> : <ApiErrorText error={read.error} />}
        </Alert>
      )}
      {school.status === 'kan_spoerje' ? (
        school.askedAt ? (
          <Paragraph>{t('overgang.incoming.asked', { date: format.date(dateOfTimestamp(school.askedAt)), school: school.fromSchoolName })}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('overgang.incoming.mayAsk', { school: school.fromSchoolName })}</Paragraph>
            <div>
              <Button variant="secondary" data-size="sm" loading={ask.isPending} aria-disabled={ask.isPending || undefined} onClick={onAsk}>
                {ask.isPending ? t('overgang.incoming.asking') : t('overgang.incoming.ask')}
              </Button>
            </div>
            {ask.isError && (
              <Alert data-color="danger" role="alert">
                <ApiErrorText error={ask.error} />
              </Alert>
            )}
          </>
        )
      ) : (
        <>
          <Paragraph>{t(school.status === 'venter' ? 'overgang.incoming.waiting' : 'overgang.incoming.read', { school: school.fromSchoolName })}</Paragraph>
          {!summary && (
            <div>
              <Button variant={school.status === 'venter' ? 'primary' : 'secondary'} data-size="sm" loading={read.isPending} aria-disabled={read.isPending || undefined} onClick={onRead}>
                {read.isPending ? t('overgang.incoming.reading') : school.status === 'venter' ? t('overgang.incoming.readButton') : t('overgang.incoming.readAgain')}
              </Button>
            </div>
          )}
        </>
      )}
      {summary && <ReadSummary read={summary} />}
    </article>
  );
}

/** A summary just read: its heading takes the focus when it appears, so that the reader is taken to it. */
function ReadSummary({ read }: { read: IncomingSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <div className="stack stack--tight">
      <Heading level={4} data-size="2xs" ref={headingRef} tabIndex={-1}>
        {t('overgang.incoming.summaryHeading', { school: read.fromSchoolName })}
      </Heading>
      <SummaryView summary={read.summary}>
        <Paragraph data-size="sm">
          {t('overgang.incoming.consentLine', { who: t(`overgang.giverInText.${read.consent.givenBy}`), date: format.date(read.consent.givenOn) })}{' '}
          {t('overgang.incoming.readAt', { time: format.dateTime(read.readAt) })}
        </Paragraph>
      </SummaryView>
    </div>
  );
}
