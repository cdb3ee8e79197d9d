import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FintSyncRunSummary } from '../../../../shared/fint-api';
import { ApiErrorText } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../i18n/format';
import { useFintSyncRun, useFintSyncRuns } from '../api/use-fint-sync';
import { FintSyncReportView } from './fint-sync-report';

/** Who started a run, in words: the schedule, the command line, or the person. */
function useStartedBy() {
  const { t } = useTranslation();
  return (run: Pick<FintSyncRunSummary, 'trigger' | 'startedBy'>) =>
    run.trigger === 'schedule' ? t('fintSync.runs.trigger.schedule') : run.trigger === 'cli' ? t('fintSync.runs.trigger.cli') : (run.startedBy ?? t('fintSync.runs.trigger.unknown'));
}

/**
 * "Tidligere kjøringer" (docs/imports/fint.md): the chosen school's latest kept runs, however
 * they were started, newest first — when, by whom, how it ended, and in numbers what it changed,
 * refused or failed on. Each opens its whole report below the table; its heading takes focus,
 * and closing it gives focus back to the run's button.
 */
export function FintSyncRunsSection({ schoolId, schoolName }: { schoolId: string; schoolName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const startedBy = useStartedBy();
  const headingId = useId();
  const captionId = useId();
  const runs = useFintSyncRuns(schoolId);
  const [openRunId, setOpenRunId] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const list = runs.data?.runs ?? [];

  const close = () => {
    const id = openRunId;
    setOpenRunId(null);
    if (id) buttons.current.get(id)?.focus();
  };

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading level={3} data-size="sm" id={headingId}>
        {t('fintSync.runs.title')}
      </Heading>
      <Paragraph>{t('fintSync.runs.intro')}</Paragraph>
      {runs.isPending && schoolId && <LoadingStatus text={t('fintSync.runs.loading')} />}
      {runs.isError && (
        <Alert data-color="danger">
          <ApiErrorText error={runs.error} />
        </Alert>
      )}
      {runs.isSuccess && list.length === 0 && <Paragraph>{t('fintSync.runs.none', { school: schoolName })}</Paragraph>}
      {list.length > 0 && (
        <ScrollTable captionId={captionId}>
          <Table border zebra>
            <caption id={captionId}>{t('fintSync.runs.caption', { school: schoolName })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('fintSync.runs.columns.startedAt')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('fintSync.runs.columns.startedBy')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('fintSync.runs.columns.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('fintSync.runs.columns.result')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('fintSync.runs.columns.report')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.map((run) => {
                const when = format.dateTime(run.startedAt);
                return (
                  <Table.Row key={run.id}>
                    <Table.HeaderCell scope="row" className="nowrap">
                      {when}
                    </Table.HeaderCell>
                    <Table.Cell>{startedBy(run)}</Table.Cell>
                    <Table.Cell>{t(`fintSync.runs.status.${run.status}`)}</Table.Cell>
                    <Table.Cell>
                      <RunResult run={run} />
                    </Table.Cell>
                    <Table.Cell>
                      <Button
                        ref={(button) => {
                          if (button) buttons.current.set(run.id, button);
                          else buttons.current.delete(run.id);
                        }}
                        variant="tertiary"
                        data-size="sm"
                        aria-expanded={openRunId === run.id}
                        onClick={() => setOpenRunId(openRunId === run.id ? null : run.id)}
                      >
                        {t('fintSync.runs.open')}
                        <span className="visually-hidden"> {t('fintSync.runs.openWhich', { when })}</span>
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
      {openRunId && <RunReport key={openRunId} runId={openRunId} onClose={close} />}
    </section>
  );
}

/** A run in numbers: what it changed, how many problems refused it, or FINT's error. */
function RunResult({ run }: { run: FintSyncRunSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (run.status === 'failed') return <>{run.errorCode ? t(`fintSync.errorCode.${run.errorCode}`, { defaultValue: t('fintSync.errorCode.request_failed') }) : t('fintSync.runs.status.failed')}</>;
  if (run.status === 'rejected') return <>{t('fintSync.runs.problems', { count: run.problems, number: format.number(run.problems) })}</>;
  return (
    <>
      {t('fintSync.runs.changes', { added: format.number(run.added), ended: format.number(run.ended), updated: format.number(run.updated) })}
      {run.warnings > 0 && (
        <>
          <br />
          {t('fintSync.runs.warnings', { count: run.warnings, number: format.number(run.warnings) })}
        </>
      )}
    </>
  );
}

/** One kept run's whole report, in the same rendering as a sync just run. */
function RunReport({ runId, onClose }: { runId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const startedBy = useStartedBy();
  const run = useFintSyncRun(runId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = run.isSuccess || run.isError;

  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  return (
    <div className="stack">
      {run.isPending && <LoadingStatus text={t('fintSync.runs.loadingRun')} />}
      {run.isError && (
        <Alert data-color="danger" className="stack stack--tight">
          <Heading level={4} data-size="xs" ref={headingRef} tabIndex={-1}>
            {t('fintSync.runs.runFailed')}
          </Heading>
          <ApiErrorText error={run.error} />
        </Alert>
      )}
      {run.data && (
        <FintSyncReportView
          report={run.data.report}
          schoolName={run.data.schoolName}
          level={4}
          headingRef={headingRef}
          about={t('fintSync.runs.about', { when: format.dateTime(run.data.startedAt), who: startedBy(run.data), fintSchool: run.data.fintSchool })}
        />
      )}
      <div>
        <Button variant="secondary" data-size="sm" onClick={onClose}>
          {t('fintSync.runs.close')}
        </Button>
      </div>
    </div>
  );
}
