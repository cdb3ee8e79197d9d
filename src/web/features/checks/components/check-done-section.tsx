import { Alert, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckPeriod } from '../../../../shared/workspace-api';
import type { CheckKind } from '../../../../domain/vocabulary';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { NotGiven } from '../../../components/not-given';
import { SaveFailureAlert } from '../../../components/save-failure-alert';
import { ScrollTable } from '../../../components/scroll-table';
import { SubmitButton } from '../../../components/submit-button';
import { useFormat } from '../../../i18n/format';
import { useCheckHistory, useRecordCheck } from '../api/use-checks';

/**
 * Records that a check was done for the period shown — who, when, a note, and for the semester
 * check the item for the system meeting — and shows the history of the checks done, newest first.
 */
export function CheckDoneSection({ schoolId, kind, groupId, period }: { schoolId: string; kind: CheckKind; groupId?: string; period: CheckPeriod }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const history = useCheckHistory(schoolId, kind, groupId);
  const record = useRecordCheck(schoolId);
  const [note, setNote] = useState('');
  const [item, setItem] = useState('');
  const doneForPeriod = history.data?.records.find((r) => r.periodFrom === period.from);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    record.mutate(
      { kind, groupId, periodFrom: period.from, periodTo: period.to, note: note.trim() || undefined, systemMeetingItem: kind === 'semestersjekk' ? item.trim() || undefined : undefined },
      {
        onSuccess: () => {
          setNote('');
          setItem('');
        },
      },
    );
  };

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('checks.done.heading')}
      </Heading>
      <Paragraph>
        {doneForPeriod
          ? t('checks.done.doneForPeriod', { name: doneForPeriod.doneBy, at: format.dateTime(doneForPeriod.doneAt) })
          : t('checks.done.notDoneForPeriod')}
      </Paragraph>
      <form className="stack" onSubmit={submit} noValidate>
        <Textfield id={`${id}-note`} multiline rows={3} label={t('checks.done.note')} description={t('checks.done.noteHelp')} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
        {kind === 'semestersjekk' && (
          <Textfield
            id={`${id}-item`}
            multiline
            rows={3}
            label={t('checks.done.systemMeetingItem')}
            description={t('checks.done.systemMeetingHelp')}
            maxLength={4000}
            value={item}
            onChange={(e) => setItem(e.target.value)}
          />
        )}
        <SubmitButton pending={record.isPending} text={t('checks.done.submit')} pendingText={t('checks.done.pending')} />
        {record.isSuccess && (
          <Alert data-color="success" role="status">
            <Paragraph>{t('checks.done.recorded', { from: format.date(record.data.periodFrom), to: format.date(record.data.periodTo) })}</Paragraph>
          </Alert>
        )}
        {record.isError && <SaveFailureAlert error={record.error} forbiddenText={t('checks.done.forbidden')} />}
      </form>

      <Heading level={3} data-size="sm">
        {t('checks.history.heading')}
      </Heading>
      {history.isPending ? (
        <LoadingStatus text={t('checks.history.loading')} />
      ) : history.isError ? (
        <ApiErrorAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.records.length === 0 ? (
        <Paragraph>{t('checks.history.empty')}</Paragraph>
      ) : (
        <ScrollTable captionId={`${id}-caption`}>
          <Table border zebra>
            <caption id={`${id}-caption`}>{t('checks.history.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('checks.history.columns.period')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('checks.history.columns.doneBy')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('checks.history.columns.doneAt')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('checks.history.columns.note')}</Table.HeaderCell>
                {kind === 'semestersjekk' && <Table.HeaderCell scope="col">{t('checks.history.columns.systemMeetingItem')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {history.data.records.map((r) => (
                <Table.Row key={r.id}>
                  <Table.HeaderCell scope="row">
                    {format.date(r.periodFrom)}–{format.date(r.periodTo)}
                  </Table.HeaderCell>
                  <Table.Cell>{r.doneBy}</Table.Cell>
                  <Table.Cell>{format.dateTime(r.doneAt)}</Table.Cell>
                  <Table.Cell>{r.note ?? <NotGiven />}</Table.Cell>
                  {kind === 'semestersjekk' && <Table.Cell>{r.systemMeetingItem ?? <NotGiven />}</Table.Cell>}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
