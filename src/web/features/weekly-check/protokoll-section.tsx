import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtokollStatus } from '../../../shared/workspace-api';
import { SaveFailureAlert } from '../../components/save-failure-alert';
import { useFormat } from '../../i18n/format';
import { useRecordCheck } from '../checks/api/use-checks';

/**
 * The review of the class's absence record (fraværsprotokollen), due in each half of the month:
 * whether this half has its review, the halves of the term gone by without one, the last review
 * recorded, and a button to record this half's review.
 */
export function ProtokollSection({ schoolId, groupId, status }: { schoolId: string; groupId: string; status: ProtokollStatus }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const record = useRecordCheck(schoolId);
  const { current, overdue, lastReview } = status;
  const half = (p: { from: string; to: string }) => ({ from: format.date(p.from), to: format.date(p.to) });

  const submit = () => {
    if (!current || record.isPending) return;
    record.mutate({ kind: 'fravaersprotokoll', groupId, periodFrom: current.from, periodTo: current.to });
  };

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('checks.protokoll.heading')}
      </Heading>
      <Paragraph>{t('checks.protokoll.how')}</Paragraph>
      {current ? (
        <Paragraph>
          {current.done ? t('checks.protokoll.currentDone', half(current)) : <strong>{t('checks.protokoll.currentNotDone', half(current))}</strong>}
        </Paragraph>
      ) : (
        <Paragraph>{t('checks.protokoll.termEnded')}</Paragraph>
      )}
      {overdue.length === 0 ? (
        <Paragraph>{t('checks.protokoll.noneOverdue')}</Paragraph>
      ) : (
        <div className="stack stack--tight">
          <Heading level={3} data-size="2xs">
            {t('checks.protokoll.overdueHeading', { count: overdue.length })}
          </Heading>
          <ul className="plain-list">
            {overdue.map((h) => (
              <li key={h.from}>
                {t('checks.protokoll.half', half(h))}{' '}
                <Tag data-color="danger" data-size="sm">
                  {t('tasks.overdue')}
                </Tag>
              </li>
            ))}
          </ul>
        </div>
      )}
      {lastReview && <Paragraph>{t('checks.protokoll.lastReview', { at: format.dateTime(lastReview.doneAt), name: lastReview.doneBy })}</Paragraph>}
      {current && !current.done && (
        <div>
          <Button type="button" onClick={submit} loading={record.isPending} aria-disabled={record.isPending || undefined}>
            {record.isPending ? t('checks.protokoll.pending') : t('checks.protokoll.submit')}
          </Button>
        </div>
      )}
      {record.isSuccess && (
        <Alert data-color="success" role="status">
          <Paragraph>{t('checks.protokoll.recorded', half({ from: record.data.periodFrom, to: record.data.periodTo }))}</Paragraph>
        </Alert>
      )}
      {record.isError && <SaveFailureAlert error={record.error} forbiddenText={t('checks.protokoll.forbidden')} />}
    </section>
  );
}
