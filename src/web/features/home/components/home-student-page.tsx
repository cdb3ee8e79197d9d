import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { HomeDocument, HomeMeeting, HomeOverview } from '../../../../shared/home-api';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { AppLink } from '../../../components/app-link';
import { LiveStatus } from '../../../components/live-status';
import { LoadingStatus } from '../../../components/loading-status';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp } from '../../../lib/dates';
import { useFocusWhenShown } from '../../../lib/use-focus-when-shown';
import { homeDocumentPath } from '../api/home-client';
import { useHomeOverview, useHomeSession } from '../api/use-home';
import { hasStudentChoice, homePaths } from '../home-paths';
import { documentKindKey, documentsInOrder, meetingsInOrder } from '../home-view';
import { GuardianConsents } from './guardian-consents';
import { HomePlanCard, homePlanHeadingId } from './home-plan-card';

/**
 * `/hjem/elev/:studentId`: what the school has shared about one student — plans and agreements
 * (to read, and to sign when it is this person's turn), meetings, documents — and the way to
 * "who has seen the information". Nothing else: no flags, no absence figures.
 */
export function HomeStudentPage() {
  const { t } = useTranslation();
  const { studentId = '' } = useParams();
  const session = useHomeSession();
  const overview = useHomeOverview(studentId);
  const known = session.students.find((s) => s.id === studentId);
  const name = overview.data?.student.name ?? known?.name ?? '';
  useDocumentTitle(name || t('home.students.title'));

  return (
    <div className="stack stack--wide">
      <div className="stack stack--tight">
        {hasStudentChoice(session) && (
          <Paragraph data-size="sm">
            <AppLink to={homePaths.start}>{t('home.student.allStudents')}</AppLink>
          </Paragraph>
        )}
        <Heading level={1} data-size="lg">
          {name || t('home.students.title')}
        </Heading>
        {overview.data && <Paragraph>{overview.data.student.schoolName}</Paragraph>}
      </div>
      {overview.isPending ? (
        <LoadingStatus text={t('home.student.loading')} />
      ) : overview.isError ? (
        <ApiErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <Overview overview={overview.data} />
      )}
    </div>
  );
}

function Overview({ overview }: { overview: HomeOverview }) {
  const { t } = useTranslation();
  const studentId = overview.student.id;
  const [message, setMessage] = useState<string | null>(null);
  const focusLater = useFocusWhenShown();

  return (
    <>
      <LiveStatus>{message && <Paragraph>{message}</Paragraph>}</LiveStatus>

      <section className="stack" aria-labelledby="home-plans-heading">
        <Heading level={2} data-size="md" id="home-plans-heading">
          {t('home.plans.heading')}
        </Heading>
        {overview.plans.length === 0 ? (
          <Paragraph>{t('home.plans.none')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('home.plans.intro')}</Paragraph>
            <ul className="plan-list">
              {overview.plans.map((plan) => (
                <li key={`${plan.planId}:${plan.version}`}>
                  <HomePlanCard
                    studentId={studentId}
                    plan={plan}
                    onSigned={(text) => {
                      setMessage(text);
                      focusLater(homePlanHeadingId(plan));
                    }}
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <Meetings meetings={overview.meetings} />
      <Documents studentId={studentId} documents={overview.documents} />

      <section className="stack" aria-labelledby="home-access-heading">
        <Heading level={2} data-size="md" id="home-access-heading">
          {t('home.access.heading')}
        </Heading>
        <Paragraph>{t('home.access.intro', { name: overview.student.name })}</Paragraph>
        <Paragraph>
          <AppLink to={homePaths.access(studentId)}>{t('home.access.link')}</AppLink>
        </Paragraph>
      </section>

      {overview.guardianConsents && <GuardianConsents studentId={studentId} guardians={overview.guardianConsents} />}
    </>
  );
}

function Meetings({ meetings }: { meetings: readonly HomeMeeting[] }) {
  const { t } = useTranslation();
  const { upcoming, past } = meetingsInOrder(meetings, new Date());
  return (
    <section className="stack" aria-labelledby="home-meetings-heading">
      <Heading level={2} data-size="md" id="home-meetings-heading">
        {t('home.meetings.heading')}
      </Heading>
      {meetings.length === 0 && <Paragraph>{t('home.meetings.none')}</Paragraph>}
      {upcoming.length > 0 && <MeetingList heading={t('home.meetings.upcoming')} meetings={upcoming} />}
      {past.length > 0 && <MeetingList heading={t('home.meetings.past')} meetings={past} />}
    </section>
  );
}

function MeetingList({ heading, meetings }: { heading: string; meetings: readonly HomeMeeting[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="stack stack--tight">
      <Heading level={3} data-size="xs">
        {heading}
      </Heading>
      <ul className="home-card-list">
        {meetings.map((meeting) => (
          <li key={meeting.id} className="home-item">
            <Paragraph>
              <strong>{t(`home.meetingKind.${meeting.kind}`)}</strong>
            </Paragraph>
            <dl className="home-facts">
              <div>
                <dt>{t('home.meetings.when')}</dt>
                <dd>
                  <time dateTime={meeting.startsAt}>{format.dateTime(meeting.startsAt)}</time>
                </dd>
              </div>
              <div>
                <dt>{t('home.meetings.place')}</dt>
                <dd>{meeting.place?.trim() ? meeting.place : t('home.meetings.noPlace')}</dd>
              </div>
            </dl>
            {meeting.summonsSentOn && <Paragraph data-size="sm">{t('home.meetings.summonsSent', { date: format.date(meeting.summonsSentOn) })}</Paragraph>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Documents({ studentId, documents }: { studentId: string; documents: readonly HomeDocument[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="stack" aria-labelledby="home-documents-heading">
      <Heading level={2} data-size="md" id="home-documents-heading">
        {t('home.documents.heading')}
      </Heading>
      {documents.length === 0 ? (
        <Paragraph>{t('home.documents.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('home.documents.intro')}</Paragraph>
          <ul className="home-card-list">
            {documentsInOrder(documents).map((document) => (
              <li key={document.id} className="home-item">
                <Link href={homeDocumentPath(studentId, document.id)} type="application/pdf">
                  {document.title} {t('home.documents.pdf')}
                </Link>
                <Paragraph data-size="sm">
                  {t('home.documents.kindOn', {
                    kind: t(`home.documentKind.${documentKindKey(document.kind)}`),
                    date: format.date(dateOfTimestamp(document.createdAt)),
                  })}
                </Paragraph>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
