import { Button, Heading, Link, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { otStatusGroups } from '../../../domain/ot/ot-codes';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { DataTable } from '../../components/data-table';
import { LoadingStatus } from '../../components/loading-status';
import { Refusal } from '../../components/refusal';
import { ScrollTable } from '../../components/scroll-table';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { isIsoDate, todayInNorway } from '../../lib/dates';
import type { OtStatistics } from './api/ot-client';
import { useOtStatistics } from './api/use-ot';
import { StatusText } from './components/ot-labels';
import { useFieldError } from './components/ot-form-problems';
import { RightInForce } from './components/right-in-force';
import { otDownloads } from './ot-paths';
import { groupCount, lastJune30 } from './ot-vocabulary';
import './ot.css';

/** Counts under five are not shown (src/domain/owner/shown-count.ts): the server sends null. */
const smallCount = 5;

/**
 * OT's statistics for the county: how many youth were in each status on a chosen day (a snapshot,
 * e.g. 30 June), by school of origin and by the reason they left; counts from one to four are
 * "fewer than 5", here and in the export with the directorate's codes.
 */
export function OtStatisticsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const asked = params.get('dato');
  const on = isIsoDate(asked) ? asked : null;
  const query = useOtStatistics(on);
  const [draft, setDraft] = useState(on ?? todayInNorway());
  const [missing, setMissing] = useState(false);
  const fieldError = useFieldError(query.error);
  useDocumentTitle(t('ot.statistics.title'));
  const failure = isApiFailure(query.error) ? query.error : null;
  const june = lastJune30(todayInNorway());

  const show = (day: string) => {
    setDraft(day);
    setParams(new URLSearchParams({ dato: day }), { replace: true });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(!draft);
    if (draft) show(draft);
  };
  const dateProblem = fieldError('on', missing && t('ot.statistics.dateMissing'));

  return (
    <div className="stack stack--wide ot-page">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('ot.statistics.title')}
        </Heading>
        <Paragraph>{t('ot.statistics.intro', { limit: smallCount })}</Paragraph>
        <RightInForce />
      </div>
      {failure?.code === 'forbidden' ? (
        <Refusal kind="forbidden" text={t('ot.statistics.forbidden')} />
      ) : (
        <>
          <form className="ot-filters" onSubmit={submit} noValidate aria-label={t('ot.statistics.formLabel')}>
            <Textfield
              id={`${id}-on`}
              type="date"
              className="ot-date"
              label={t('ot.statistics.on')}
              description={t('ot.statistics.onHelp')}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              error={dateProblem}
            />
            <div className="button-row">
              <Button type="submit">{t('ot.statistics.show')}</Button>
              <Button type="button" variant="secondary" onClick={() => show(june)}>
                {t('ot.statistics.june', { date: format.date(june) })}
              </Button>
            </div>
          </form>
          {query.isPending ? (
            <LoadingStatus text={t('ot.statistics.loading')} />
          ) : query.isError ? (
            failure?.code === 'validation_failed' ? null : <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
          ) : (
            <Figures data={query.data} />
          )}
        </>
      )}
    </div>
  );
}

function Figures({ data }: { data: OtStatistics }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = (n: number | null) => (n === null ? t('ot.statistics.fewerThan', { limit: smallCount }) : format.number(n));
  const date = format.date(data.on);
  const groupColumns = otStatusGroups.map((g) => ({ label: t(`ot.group.${g}`), numeric: true }));

  return (
    <div className="stack stack--wide">
      <Paragraph role="status">
        {t('ot.statistics.total', { date, total: shown(data.total) })}{' '}
        <Link href={otDownloads.statisticsCsv(data.on)} download>
          {t('ot.statistics.csv', { date })}
        </Link>
      </Paragraph>

      <section className="stack" aria-labelledby="ot-stat-status">
        <Heading level={2} data-size="md" id="ot-stat-status">
          {t('ot.statistics.byStatus')}
        </Heading>
        <StatusTable data={data} shown={shown} caption={t('ot.statistics.byStatusCaption', { date })} />
      </section>

      <section className="stack" aria-labelledby="ot-stat-school">
        <Heading level={2} data-size="md" id="ot-stat-school">
          {t('ot.statistics.bySchool')}
        </Heading>
        {data.bySchool.length === 0 ? (
          <Paragraph>{t('ot.statistics.none')}</Paragraph>
        ) : (
          <DataTable caption={t('ot.statistics.bySchoolCaption', { date })} columns={[{ label: t('ot.statistics.school') }, ...groupColumns, { label: t('ot.statistics.sum'), numeric: true }]}>
            {data.bySchool.map((row) => (
              <Table.Row key={row.school.id}>
                <Table.HeaderCell scope="row">{row.school.name}</Table.HeaderCell>
                {otStatusGroups.map((g) => (
                  <Table.Cell key={g} className="num">
                    {shown(groupCount(row.byGroup, g))}
                  </Table.Cell>
                ))}
                <Table.Cell className="num">{shown(row.total)}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        )}
      </section>

      <section className="stack" aria-labelledby="ot-stat-reason">
        <Heading level={2} data-size="md" id="ot-stat-reason">
          {t('ot.statistics.byReason')}
        </Heading>
        {data.byReason.length === 0 ? (
          <Paragraph>{t('ot.statistics.none')}</Paragraph>
        ) : (
          <DataTable caption={t('ot.statistics.byReasonCaption', { date })} columns={[{ label: t('ot.statistics.reason') }, ...groupColumns, { label: t('ot.statistics.sum'), numeric: true }]}>
            {data.byReason.map((row) => (
              <Table.Row key={row.reason}>
                <Table.HeaderCell scope="row">
                  {t(`ot.leaveReason.${row.reason}`)} <span className="muted">({row.reason})</span>
                </Table.HeaderCell>
                {otStatusGroups.map((g) => (
                  <Table.Cell key={g} className="num">
                    {shown(groupCount(row.byGroup, g))}
                  </Table.Cell>
                ))}
                <Table.Cell className="num">{shown(row.total)}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}

/** Each status group with its count, and under it the count of each of its codes. */
function StatusTable({ data, shown, caption }: { data: OtStatistics; shown: (n: number | null) => string; caption: string }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <ScrollTable captionId={captionId}>
      <Table border className="ot-status-table">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('ot.statistics.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t('ot.statistics.count')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        {otStatusGroups.map((group) => (
          <Table.Body key={group}>
            <Table.Row className="ot-status-table__group">
              <Table.HeaderCell scope="rowgroup">{t(`ot.group.${group}`)}</Table.HeaderCell>
              <Table.Cell className="num">{shown(groupCount(data.byGroup, group))}</Table.Cell>
            </Table.Row>
            {data.byStatus
              .filter((s) => s.group === group)
              .map((s) => (
                <Table.Row key={s.code}>
                  <Table.HeaderCell scope="row" className="ot-status-table__code">
                    <StatusText code={s.code} />
                  </Table.HeaderCell>
                  <Table.Cell className="num">{shown(s.count)}</Table.Cell>
                </Table.Row>
              ))}
          </Table.Body>
        ))}
        <Table.Foot>
          <Table.Row>
            <Table.HeaderCell scope="row">{t('ot.statistics.sum')}</Table.HeaderCell>
            <Table.Cell className="num">{shown(data.total)}</Table.Cell>
          </Table.Row>
        </Table.Foot>
      </Table>
    </ScrollTable>
  );
}
