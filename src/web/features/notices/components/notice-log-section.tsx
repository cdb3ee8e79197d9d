import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeLine } from '../../../../shared/notice-api';
import { ApiErrorAlert, ApiErrorText } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../i18n/format';
import type { NoticeLogOf } from '../api/notice-client';
import { useNoticeLog, useResendNotice } from '../api/use-notices';
import { noticeReason, noticeStatusColor, noticeWhen } from '../notice-view';

/**
 * The delivery log (issue 15): what Varde sent to the home about the student, or in the case — to
 * whom, what, by which channel, when, and how it went — with "send again" where a notice did not
 * reach its person and now can. Folded away while nothing has been sent.
 */
export function NoticeLogSection({ of, enabled = true, version }: { of: NoticeLogOf; enabled?: boolean; version?: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useNoticeLog(of, enabled, version);
  if (!enabled) return null;
  if (query.isPending) return <LoadingStatus text={t('notices.loading')} />;
  if (query.isError) return <ApiErrorAlert error={query.error} heading={t('notices.heading')} onRetry={() => void query.refetch()} />;
  const { notices, channels } = query.data;
  const noChannels = channels.length === 0 && <Paragraph data-size="sm">{t('notices.noChannels')}</Paragraph>;
  if (notices.length === 0) {
    return (
      <details className="notice-log">
        <summary>{t('notices.headingNone')}</summary>
        <Paragraph data-size="sm">{t('notices.none')}</Paragraph>
        {noChannels}
      </details>
    );
  }
  return (
    <section className="stack notice-log" aria-labelledby={headingId}>
      <Heading level={2} data-size="md" id={headingId}>
        {t('notices.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('notices.intro')}</Paragraph>
      {noChannels}
      <NoticeTable notices={notices} />
    </section>
  );
}

function NoticeTable({ notices }: { notices: NoticeLine[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const resend = useResendNotice();
  const [resendOf, setResendOf] = useState<string | null>(null);
  return (
    <ScrollTable captionId={captionId}>
      <Table border zebra data-size="sm">
        <caption id={captionId}>{t('notices.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('notices.columns.when')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('notices.columns.recipient')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('notices.columns.what')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('notices.columns.channel')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('notices.columns.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {notices.map((n) => {
            const reason = noticeReason(n);
            const failedHere = resend.isError && resendOf === n.id;
            return (
              <Table.Row key={n.id}>
                <Table.HeaderCell scope="row" className="nowrap">
                  {format.dateTime(noticeWhen(n))}
                </Table.HeaderCell>
                <Table.Cell>
                  {n.recipientName} ({t(`notices.recipientKind.${n.recipientKind}`)})
                </Table.Cell>
                <Table.Cell>
                  {t(`notices.kind.${n.kind}`)}
                  {n.createdByName && <span className="notice-by"> · {t('notices.by', { name: n.createdByName })}</span>}
                </Table.Cell>
                <Table.Cell>{n.channel ? `${t(`notices.channel.${n.channel}`)}${n.addressHint ? ` (${n.addressHint})` : ''}` : t('notices.noChannel')}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={noticeStatusColor(n.status)} data-size="sm">
                    {t(`notices.status.${n.status}`)}
                  </Tag>
                  {reason && (
                    <span className="notice-reason">
                      {' '}
                      {t(`notices.reason.${reason.code}`)}
                      {reason.detail && <span lang="en"> ({reason.detail})</span>}
                    </span>
                  )}
                  {n.canResend && (
                    <div>
                      <Button
                        variant="secondary"
                        data-size="sm"
                        aria-label={t('notices.resendTo', { name: n.recipientName })}
                        loading={resend.isPending && resendOf === n.id}
                        onClick={() => {
                          setResendOf(n.id);
                          resend.mutate(n.id);
                        }}
                      >
                        {t('notices.resend')}
                      </Button>
                    </div>
                  )}
                  {failedHere && (
                    <div role="alert">
                      <ApiErrorText error={resend.error} />
                    </div>
                  )}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
