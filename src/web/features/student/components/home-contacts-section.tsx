import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentDetail } from '../../../../shared/api';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { NotGiven } from '../../../components/not-given';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../i18n/format';
import { useStudentHomeContacts } from '../api/use-follow-up';

/** "Loggfør all kontakt med foresatte": every contact with the home, from tasks and cases. */
export function HomeContactsSection({ student }: { student: StudentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const query = useStudentHomeContacts(student.id, student.access === 'full');
  if (student.access !== 'full') return null;
  const contacts = query.data?.contacts ?? [];
  return (
    <section className="stack" aria-labelledby="kontakt-hjem">
      <Heading level={2} data-size="md" id="kontakt-hjem">
        {t('followUp.contacts.heading')}
      </Heading>
      <Paragraph>{t('followUp.contacts.intro')}</Paragraph>
      {query.isPending ? (
        <LoadingStatus text={t('followUp.contacts.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : contacts.length === 0 ? (
        <Paragraph>{t('followUp.contacts.none')}</Paragraph>
      ) : (
        <ScrollTable captionId={captionId}>
          <Table border zebra data-size="sm">
            <caption id={captionId}>{t('followUp.contacts.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('followUp.contacts.columns.when')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('followUp.contacts.columns.outcome')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('followUp.contacts.columns.channel')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('followUp.contacts.columns.who')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('followUp.contacts.columns.note')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('followUp.contacts.columns.from')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {contacts.map((c) => (
                <Table.Row key={c.id}>
                  <Table.HeaderCell scope="row" className="nowrap">
                    {format.dateTime(c.contactedAt)}
                  </Table.HeaderCell>
                  <Table.Cell>{t(`followUp.tasks.outcome.${c.outcome}`)}</Table.Cell>
                  <Table.Cell>{t(`contactChannel.${c.channel}`)}</Table.Cell>
                  <Table.Cell>{c.staffName ?? <NotGiven />}</Table.Cell>
                  <Table.Cell>{c.note ?? <NotGiven />}</Table.Cell>
                  <Table.Cell>{c.caseId ? t('followUp.contacts.fromCase') : t('followUp.contacts.fromTask')}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
