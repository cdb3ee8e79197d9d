import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { AccessLine } from '../../../../shared/audit-api';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { AppLink } from '../../../components/app-link';
import { capitalise } from '../../../components/capitalise';
import { LoadingStatus } from '../../../components/loading-status';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useFormat } from '../../../i18n/format';
import { useHomeAccessReport, useHomeSession } from '../api/use-home';
import { homePaths } from '../home-paths';
import { accessLineKey } from '../home-view';

/**
 * `/hjem/elev/:studentId/innsyn`: who read or changed the student's data, and when — by role and
 * school, as the law asks; not the staff member's name nor any address (the leadership's
 * version, src/web/features/access-report, shows those). A list rather than a table: it reads on
 * a phone without scrolling sideways.
 */
export function HomeAccessPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { studentId = '' } = useParams();
  const session = useHomeSession();
  const report = useHomeAccessReport(studentId);
  const name = session.students.find((s) => s.id === studentId)?.name ?? '';
  const title = t('home.access.title', { name });
  useDocumentTitle(title);

  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={homePaths.student(studentId)}>{t('home.access.back', { name })}</AppLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>{t('home.access.pageIntro', { name })}</Paragraph>
      {report.isPending ? (
        <LoadingStatus text={t('home.access.loading')} />
      ) : report.isError ? (
        <ApiErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <section className="stack" aria-labelledby="home-access-lines-heading">
          <Heading level={2} data-size="sm" id="home-access-lines-heading">
            {t('home.access.period', { from: format.date(report.data.period.from), to: format.date(report.data.period.to) })}
          </Heading>
          {report.data.lines.length === 0 ? (
            <Paragraph>{t('home.access.none')}</Paragraph>
          ) : (
            <ul className="home-card-list" aria-label={t('home.access.listLabel')}>
              {report.data.lines.map((line) => (
                <AccessItem key={accessLineKey(line)} line={line} />
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

function AccessItem({ line }: { line: AccessLine }) {
  const { t } = useTranslation();
  const format = useFormat();
  const who = line.actor
    ? line.actor.roles.length > 0
      ? format.list(line.actor.roles.map((r) => (r.schoolName ? t('home.access.roleAt', { role: t(`role.${r.role}`), school: r.schoolName }) : t(`role.${r.role}`))))
      : t('home.access.formerStaff')
    : t('home.access.system');
  return (
    <li className="home-item">
      <Paragraph>
        <strong>
          <time dateTime={line.day}>{format.date(line.day)}</time>
        </strong>
      </Paragraph>
      <dl className="home-facts">
        <div>
          <dt>{t('home.access.who')}</dt>
          <dd>{capitalise(who)}</dd>
        </div>
        <div>
          <dt>{t('home.access.what')}</dt>
          <dd>
            {t('home.access.did', { action: t(`home.access.action.${line.action}`), subject: t(`home.access.subject.${line.subject}`) })}
            {', '}
            {t('home.access.times', { count: line.count })}
          </dd>
        </div>
      </dl>
    </li>
  );
}
