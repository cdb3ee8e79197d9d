import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AvklaringDetail } from '../../../../shared/ot-api';
import { AppLink } from '../../../components/app-link';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp } from '../../../lib/dates';
import { paths } from '../../../lib/home-path';
import { useSession } from '../../../lib/session';

/**
 * The case's heading and its facts: the student (a link to the student page for the school's
 * staff; OT does not see it), the ground and reason the seed asks for, status, who is responsible.
 */
export function AvklaringHeader({ detail }: { detail: AvklaringDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const ofTheSchool = session.roles.some((r) => r.role !== 'ot_radgiver' && r.schoolId === detail.schoolId);
  const { student } = detail;
  return (
    <div className="stack">
      <div>
        <Paragraph data-size="sm" className="muted">
          {t('otAvklaring.title')}
        </Paragraph>
        <Heading level={1} data-size="lg">
          {t('otAvklaring.heading', { name: student.name })}
        </Heading>
      </div>
      <dl className="case-facts">
        <div>
          <dt>{t('otAvklaring.facts.student')}</dt>
          <dd>
            {ofTheSchool ? <AppLink to={paths.student(student.id)}>{student.name}</AppLink> : student.name}
            {student.groupName && <> ({student.groupName})</>}
          </dd>
        </div>
        <div>
          <dt>{t('otAvklaring.facts.age')}</dt>
          <dd>{student.birthDate === null ? <strong>{t('otAvklaring.facts.birthDateMissing')}</strong> : t('otAvklaring.facts.ageBorn', { age: student.age, date: format.date(student.birthDate) })}</dd>
        </div>
        <div>
          <dt>{t('otAvklaring.facts.status')}</dt>
          <dd>
            <Tag data-color={detail.status === 'aapen' ? 'info' : 'neutral'} data-size="sm">
              {t(`cases.status.${detail.status}`)}
            </Tag>
            {detail.status === 'avsluttet' && detail.outcome && <> {t(`caseOutcome.${detail.outcome}`)}</>}
          </dd>
        </div>
        <div>
          <dt>{t('otAvklaring.facts.responsible')}</dt>
          <dd>{detail.responsible.name}</dd>
        </div>
        <div>
          <dt>{t('otAvklaring.facts.opened')}</dt>
          <dd>{format.date(dateOfTimestamp(detail.openedAt))}</dd>
        </div>
        {student.leftOn && (
          <div>
            <dt>{t('otAvklaring.facts.left')}</dt>
            <dd>
              {t('otAvklaring.facts.leftOnReason', {
                date: format.date(student.leftOn),
                reason: student.leaveReason ? t(`otAvklaring.leaveReason.${student.leaveReason}`) : '–',
              })}
            </dd>
          </div>
        )}
        <div className="case-facts__wide">
          <dt>{t('otAvklaring.facts.ground')}</dt>
          <dd>{t(`otAvklaring.ground.${detail.ground}`)}</dd>
        </div>
        {detail.reason && (
          <div className="case-facts__wide">
            <dt>{t('otAvklaring.facts.reason')}</dt>
            <dd>{detail.reason}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
