import { Field, Heading, Label, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { useFormat } from '../../../i18n/format';
import { todayInNorway } from '../../../lib/dates';
import { useSession } from '../../../lib/session';
import { lastDays } from '../access-period';
import type { Period } from '../api/access-report-client';
import { useAccessControlStaff, useStaffAccessLog } from '../api/use-access-report';
import { AccessLinesTable } from './access-lines-table';
import { PeriodForm } from './period-form';
import '../access-report.css';

/**
 * Misuse control on the leadership page (issue 14, part 5): the skoleleder picks a member of the
 * school's staff and a period (the last 30 days to begin with) and sees what they read or changed
 * about the school's students. Looking is itself logged, as a read of each student listed.
 */
export function StaffAccessLogSection({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const session = useSession();
  const leads = session.roles.some((r) => r.role === 'skoleleder' && r.schoolId === schoolId);
  const staff = useAccessControlStaff(schoolId, leads);
  const today = todayInNorway();
  const [staffId, setStaffId] = useState('');
  const [staffMissing, setStaffMissing] = useState(false);
  const [asked, setAsked] = useState<{ staffId: string; period: Period } | null>(null);
  const log = useStaffAccessLog(asked);
  if (!leads) return null;

  return (
    <section className="stack" aria-labelledby={`${id}-heading`} id="kontroll-av-oppslag">
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('accessReport.staff.heading')}
      </Heading>
      <Paragraph>{t('accessReport.staff.intro')}</Paragraph>
      {staff.isPending && <LoadingStatus text={t('accessReport.staff.loadingStaff')} />}
      {staff.isError && <ApiErrorAlert error={staff.error} onRetry={() => void staff.refetch()} />}
      {staff.data && (
        <PeriodForm
          initial={lastDays(today, 30)}
          today={today}
          submitLabel={t('accessReport.staff.show')}
          onAsk={(period) => {
            setStaffMissing(staffId === '');
            if (staffId !== '') setAsked({ staffId, period });
          }}
        >
          <Field>
            <Label htmlFor={`${id}-staff`}>{t('accessReport.staff.person')}</Label>
            <Select id={`${id}-staff`} value={staffId} onChange={(event) => setStaffId(event.target.value)} aria-invalid={staffMissing || undefined} aria-describedby={staffMissing ? `${id}-staff-error` : undefined}>
              <Select.Option value="">{t('accessReport.staff.choose')}</Select.Option>
              {staff.data.staff.map((s) => (
                <Select.Option key={s.staffId} value={s.staffId}>
                  {s.name}
                </Select.Option>
              ))}
            </Select>
            {staffMissing && <ValidationMessage id={`${id}-staff-error`}>{t('accessReport.staff.personMissing')}</ValidationMessage>}
          </Field>
        </PeriodForm>
      )}
      {log.isFetching && <LoadingStatus text={t('accessReport.loading')} />}
      {log.isError && <ApiErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
      {log.data && (
        <div className="stack">
          <AccessLinesTable
            caption={t('accessReport.staff.caption', { person: log.data.staff.name, from: format.date(log.data.period.from), to: format.date(log.data.period.to) })}
            lines={log.data.lines}
            show="student"
          />
          <Heading level={3} data-size="xs">
            {t('accessReport.refusals.heading')}
          </Heading>
          <AccessLinesTable caption={t('accessReport.refusals.staffCaption', { person: log.data.staff.name })} lines={log.data.refusals} show="student" />
        </div>
      )}
    </section>
  );
}
