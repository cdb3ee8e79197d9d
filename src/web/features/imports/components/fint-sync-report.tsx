import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FintSyncProblem, FintSyncRun } from '../../../../shared/fint-api';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../i18n/format';

/** A sync's report, as the web app's sync answers it or as a kept run holds it. */
export type FintReport = FintSyncRun['report'];
type Synced = Extract<FintReport, { status: 'synced' }>;
type Failed = Extract<FintReport, { status: 'failed' }>;
type Level = 3 | 4;

interface ReportProps {
  report: FintReport;
  /** The Varde school synced into. */
  schoolName: string;
  /** The level of the report's heading (its parts are one below); the heading takes focus from the caller. */
  level: Level;
  headingRef: Ref<HTMLHeadingElement>;
  /** A line under the heading: when the run was and who started it, for a kept run. */
  about?: string;
}

/**
 * A FINT sync's report (docs/imports/fint.md), the one rendering for a sync just run and for a
 * kept run: what was added, updated and ended, with what the school is to complete or check; or
 * the problems in FINT's data by resource and systemId; or FINT's error.
 */
export function FintSyncReportView({ report, schoolName, level, headingRef, about }: ReportProps) {
  if (report.status === 'synced') return <SyncedReport report={report} schoolName={schoolName} level={level} headingRef={headingRef} about={about} />;
  if (report.status === 'rejected') return <RejectedReport problems={report.problems} level={level} headingRef={headingRef} about={about} />;
  return <FailedReport error={report.error} level={level} headingRef={headingRef} about={about} />;
}

function SyncedReport({ report, schoolName, level, headingRef, about }: Omit<ReportProps, 'report'> & { report: Synced }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const c = report.changes;
  const person = (p: { externalId: string; name: string }) => `${p.name} (${p.externalId})`;
  const membership = (m: { group: string; student: string }) => `${m.group}: ${m.student}`;
  const rows: Array<[string, string[]]> = [
    ['studentsAdded', c.studentsAdded.map(person)],
    ['studentsUpdated', c.studentsUpdated.map(person)],
    ['studentsGone', c.studentsGone.map(person)],
    ['membershipsAdded', c.membershipsAdded.map(membership)],
    ['membershipsUpdated', c.membershipsUpdated.map(membership)],
    ['membershipsEnded', c.membershipsEnded.map((m) => `${membership(m)} (${format.date(m.endsOn)})`)],
    ['groupsAdded', c.groupsAdded],
    ['staffAdded', c.staffAdded.map(person)],
  ];
  // Runs kept before warnings were reported have none.
  const warnings = report.warnings ?? [];
  const feideNames = report.feideNamesChanged ?? 0;
  return (
    <div className="stack">
      <Alert data-color="success" className="stack stack--tight">
        <Heading level={level} data-size="sm" ref={headingRef} tabIndex={-1}>
          {t('fintSync.synced', { school: schoolName, fintSchool: report.school.name ?? report.school.systemId, year: report.schoolYear.name })}
        </Heading>
        {about && <Paragraph>{about}</Paragraph>}
        <Paragraph>{t('fintSync.summary', { students: format.number(c.studentsAdded.length), memberships: format.number(c.membershipsAdded.length), ended: format.number(c.membershipsEnded.length) })}</Paragraph>
        {feideNames > 0 && <Paragraph>{t('fintSync.feideNames', { count: feideNames, number: format.number(feideNames) })}</Paragraph>}
        {warnings.length > 0 && <Paragraph>{t('fintSync.warningsSummary', { count: warnings.length, number: format.number(warnings.length) })}</Paragraph>}
      </Alert>
      <ScrollTable captionId={captionId}>
        <Table border zebra>
          <caption id={captionId}>{t('fintSync.changesCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('fintSync.columns.change')}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t('fintSync.columns.count')}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('fintSync.columns.which')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map(([key, items]) => (
              <Table.Row key={key}>
                <Table.HeaderCell scope="row">{t(`fintSync.change.${key}`)}</Table.HeaderCell>
                <Table.Cell className="num">{format.number(items.length)}</Table.Cell>
                <Table.Cell>{items.length > 50 ? t('fintSync.andMore', { list: items.slice(0, 50).join(', '), count: items.length - 50 }) : items.join(', ')}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollTable>
      {warnings.length > 0 && (
        <div className="stack stack--tight">
          <Heading level={(level + 1) as 4 | 5} data-size="xs">
            {t('fintSync.warningsHeading')}
          </Heading>
          <Paragraph>{t('fintSync.warningsIntro')}</Paragraph>
          <ProblemTable problems={warnings} caption={t('fintSync.warningsCaption')} problemColumn={t('fintSync.columns.warning')} />
        </div>
      )}
    </div>
  );
}

function RejectedReport({ problems, level, headingRef, about }: Omit<ReportProps, 'report' | 'schoolName'> & { problems: FintSyncProblem[] }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Alert data-color="danger" className="stack stack--tight">
        <Heading level={level} data-size="sm" ref={headingRef} tabIndex={-1}>
          {t('fintSync.rejected', { count: problems.length })}
        </Heading>
        {about && <Paragraph>{about}</Paragraph>}
        <Paragraph>{t('fintSync.nothingStored')}</Paragraph>
      </Alert>
      <ProblemTable problems={problems} caption={t('fintSync.problemsCaption')} problemColumn={t('fintSync.columns.problem')} />
    </div>
  );
}

function FailedReport({ error, level, headingRef, about }: Omit<ReportProps, 'report' | 'schoolName'> & { error: Failed['error'] }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" className="stack stack--tight">
      <Heading level={level} data-size="sm" ref={headingRef} tabIndex={-1}>
        {t('fintSync.failed')}
      </Heading>
      {about && <Paragraph>{about}</Paragraph>}
      <Paragraph>{t(`fintSync.errorCode.${error.code}`, { defaultValue: t('fintSync.errorCode.request_failed') })}</Paragraph>
      {error.collection && <Paragraph>{t('fintSync.errorWhere', { collection: error.collection })}</Paragraph>}
      <Paragraph>{t('fintSync.errorMessage', { message: error.message, interpolation: { escapeValue: false } })}</Paragraph>
    </Alert>
  );
}

/** The text of a problem or warning, in the reader's language (the FINT catalogs, src/shared/fint-problems). */
function useProblemText() {
  const { t } = useTranslation();
  return (p: FintSyncProblem) => {
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(p.params)) {
      values[name] = Array.isArray(value) ? value.join(', ') : value === null ? '–' : typeof value === 'object' ? ('oneOf' in value ? value.oneOf.join(', ') : value.word) : String(value);
    }
    return t(`fintProblem.${p.text}`, { ...values, interpolation: { escapeValue: false } });
  };
}

function ProblemTable({ problems, caption, problemColumn }: { problems: FintSyncProblem[]; caption: string; problemColumn: string }) {
  const { t } = useTranslation();
  const text = useProblemText();
  const captionId = useId();
  return (
    <ScrollTable captionId={captionId}>
      <Table border zebra className="problem-table">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('fintSync.columns.resource')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('fintSync.columns.id')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{problemColumn}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {problems.map((p, index) => (
            <Table.Row key={index}>
              <Table.Cell>
                {p.resource}
                {p.field ? ` (${p.field})` : ''}
              </Table.Cell>
              <Table.Cell>{p.id ?? '–'}</Table.Cell>
              <Table.Cell>{text(p)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}
