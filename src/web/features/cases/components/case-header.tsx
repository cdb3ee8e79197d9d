import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/case-api';
import { AppLink } from '../../../components/app-link';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp } from '../../../lib/dates';
import { paths } from '../../../lib/home-path';

/** The case's heading and its facts: the student (a link to the student page), kind, status, who and why. */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const kind = t(`caseKind.${detail.kind}`);
  const responsible = detail.participants.find((p) => p.role === 'ansvarlig')?.name ?? detail.responsible.name;
  return (
    <div className="stack">
      <div>
        <Paragraph data-size="sm" className="muted">
          {t('cases.case.title')}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {t('cases.case.heading', { kind, name: detail.student.name })}
        </Heading>
      </div>
      <dl className="case-facts">
        <div>
          <dt>{t('cases.case.student')}</dt>
          <dd>
            <AppLink to={paths.student(detail.student.id)}>{detail.student.name}</AppLink>
            {detail.student.groupName && <> ({detail.student.groupName})</>}
          </dd>
        </div>
        <div>
          <dt>{t('cases.case.kind')}</dt>
          <dd>{kind}</dd>
        </div>
        <div>
          <dt>{t('cases.case.status')}</dt>
          <dd>
            <Tag data-color={detail.status === 'aapen' ? 'info' : 'neutral'} data-size="sm">
              {t(`cases.status.${detail.status}`)}
            </Tag>
            {detail.status === 'avsluttet' && detail.outcome && <> {t(`caseOutcome.${detail.outcome}`)}</>}
          </dd>
        </div>
        <div>
          <dt>{t('cases.case.responsible')}</dt>
          <dd>{responsible}</dd>
        </div>
        <div>
          <dt>{t('cases.case.opened')}</dt>
          <dd>
            {t('cases.case.openedOnFrom', { date: format.date(dateOfTimestamp(detail.openedAt)), from: t(`cases.openedFrom.${detail.openedFrom}`) })}
          </dd>
        </div>
        {detail.closedAt && (
          <div>
            <dt>{t('cases.case.closed')}</dt>
            <dd>{format.date(dateOfTimestamp(detail.closedAt))}</dd>
          </div>
        )}
        {detail.reason && (
          <div className="case-facts__wide">
            <dt>{t('cases.case.reason')}</dt>
            <dd>{detail.reason}</dd>
          </div>
        )}
        {detail.outcomeNote && (
          <div className="case-facts__wide">
            <dt>{t('cases.case.outcomeNote')}</dt>
            <dd>{detail.outcomeNote}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
