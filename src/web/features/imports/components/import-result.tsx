import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResultLine } from '../../../../shared/api';
import { problemText } from '../../../../shared/import-problems/problem-text';
import { NotGiven } from '../../../components/not-given';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../i18n/format';

/** Problems shown in the table at most; a file broken on every row says enough in the first ones. */
export const problemsShown = 1000;

type Props = { result: ImportResultLine; kindName: string; headingRef: Ref<HTMLHeadingElement> };

/**
 * What an import did: for an imported file, a table of what changed per kind of record; for a
 * rejected one, that nothing changed and a table of every problem by file, row and column. The
 * heading takes focus when the result comes (the caller passes the ref).
 */
export function ImportResult({ result, kindName, headingRef }: Props) {
  return result.status === 'imported' ? (
    <Imported result={result} kindName={kindName} headingRef={headingRef} />
  ) : (
    <Rejected result={result} headingRef={headingRef} />
  );
}

function Imported({ result, kindName, headingRef }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const entities = Object.entries(result.counts ?? {});
  const entityName = (key: string) => (i18n.exists(`imports.entity.${key}`) ? t(`imports.entity.${key}`) : key);

  return (
    <section className="stack" aria-labelledby={`${captionId}-heading`}>
      <Alert data-color="success" className="stack stack--tight">
        <Heading level={2} data-size="sm" id={`${captionId}-heading`} ref={headingRef} tabIndex={-1}>
          {t('imports.result.imported', { count: result.files.length })}
        </Heading>
        <Paragraph>
          {t('imports.result.rows', { count: result.rows, kind: kindName, files: format.list(result.files) })}
          {result.durationMs >= 1000 && <> {t('imports.result.duration', { seconds: format.number(result.durationMs / 1000) })}</>}
        </Paragraph>
        {result.newFlags !== undefined && <Paragraph>{t('imports.result.newFlags', { count: result.newFlags })}</Paragraph>}
        {result.ignored && result.ignored.length > 0 && (
          <Paragraph>{t('imports.result.ignored', { count: result.ignored.length, columns: format.list(result.ignored) })}</Paragraph>
        )}
        <Paragraph data-size="sm">{t('imports.result.again')}</Paragraph>
      </Alert>
      <ImportNotes notes={result.notes ?? []} />
      {result.schools && result.schools.length > 0 && <ImportedSchools schools={result.schools} />}
      {entities.length > 0 && (
        <ScrollTable captionId={captionId}>
          <Table border zebra>
            <caption id={captionId}>{t('imports.result.countsCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('imports.result.columns.entity')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('imports.result.columns.inserted')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('imports.result.columns.updated')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('imports.result.columns.unchanged')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('imports.result.columns.removed')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {entities.map(([key, counts]) => (
                <Table.Row key={key}>
                  <Table.HeaderCell scope="row">{entityName(key)}</Table.HeaderCell>
                  <Table.Cell className="num">{format.number(counts.inserted)}</Table.Cell>
                  <Table.Cell className="num">{format.number(counts.updated)}</Table.Cell>
                  <Table.Cell className="num">{format.number(counts.unchanged)}</Table.Cell>
                  <Table.Cell className="num">{format.number(counts.removed)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}

function Rejected({ result, headingRef }: Omit<Props, 'kindName'>) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const problems = result.problems ?? [];
  const shown = problems.slice(0, problemsShown);
  // The server sends the first problems and counts them all.
  const total = result.problemCount ?? problems.length;
  const oneFile = result.files.length === 1 ? result.files[0] : undefined;

  return (
    <section className="stack" aria-labelledby={`${captionId}-heading`}>
      <Alert data-color="danger" className="stack stack--tight">
        <Heading level={2} data-size="sm" id={`${captionId}-heading`} ref={headingRef} tabIndex={-1}>
          {t('imports.result.rejected', { count: result.files.length })}
        </Heading>
        <Paragraph>{t('imports.result.problemCount', { count: total })}</Paragraph>
        <Paragraph>{t('imports.result.fixAndRetry')}</Paragraph>
      </Alert>
      {total > shown.length && (
        <Paragraph>{t('imports.result.firstProblems', { shown: format.number(shown.length), count: format.number(total) })}</Paragraph>
      )}
      {shown.length > 0 && (
        <ScrollTable captionId={captionId}>
          <Table border zebra className="problem-table">
            <caption id={captionId}>
              {oneFile ? t('imports.result.problemsCaptionIn', { file: oneFile }) : t('imports.result.problemsCaption')}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('imports.result.columns.file')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="num">
                  {t('imports.result.columns.row')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('imports.result.columns.column')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('imports.result.columns.value')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('imports.result.columns.message')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {shown.map((problem, index) => (
                <Table.Row key={index}>
                  <Table.Cell className="nowrap">{problem.file ?? oneFile ?? <NotGiven />}</Table.Cell>
                  <Table.Cell className="num">{problem.row === null ? t('imports.result.wholeFile') : problem.row}</Table.Cell>
                  <Table.Cell>{problem.column ?? <NotGiven />}</Table.Cell>
                  <Table.Cell>{problem.value === undefined || problem.value === '' ? <NotGiven /> : <code>{problem.value}</code>}</Table.Cell>
                  <Table.Cell>{problemText(problem, (key, values) => t(key, values))}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}

type Note = NonNullable<ImportResultLine['notes']>[number];

/** What the import says besides its counts: the warnings (the file says what Varde did not take) first, then what is good to know. */
function ImportNotes({ notes }: { notes: readonly Note[] }) {
  const { t } = useTranslation();
  const warnings = notes.filter((n) => n.level === 'warning');
  const infos = notes.filter((n) => n.level === 'info');
  const list = (items: readonly Note[]) => (
    <ul>
      {items.map((note, index) => (
        <li key={index}>
          {note.row !== null && <>{note.file ? t('imports.result.noteAtFileRow', { file: note.file, row: note.row }) : t('imports.result.noteAtRow', { row: note.row })} </>}
          {problemText(note, (key, values) => t(key, values))}
        </li>
      ))}
    </ul>
  );
  return (
    <>
      {warnings.length > 0 && (
        <Alert data-color="warning" className="stack stack--tight">
          <Heading level={2} data-size="xs">
            {t('imports.result.warningsHeading')}
          </Heading>
          {list(warnings)}
        </Alert>
      )}
      {infos.length > 0 && (
        <section className="stack stack--tight">
          <Heading level={2} data-size="xs">
            {t('imports.result.notesHeading')}
          </Heading>
          {list(infos)}
        </section>
      )}
    </>
  );
}

type School = NonNullable<ImportResultLine['schools']>[number];

/** The schools the import created or changed, each change with what it was (the schools file; a OneRoster set for the owner). */
function ImportedSchools({ schools }: { schools: readonly School[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  const shownValue = (field: School['changes'][number]['field'], value: string | null) =>
    value === null ? t('imports.result.noValue') : field === 'kind' ? t(`imports.schoolKind.${value}`) : value;
  return (
    <ScrollTable captionId={captionId}>
      <Table border zebra>
        <caption id={captionId}>{t('imports.result.schoolsCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('imports.result.schoolColumns.school')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('imports.result.schoolColumns.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('imports.result.schoolColumns.outcome')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {schools.map((school) => (
            <Table.Row key={school.id}>
              <Table.HeaderCell scope="row">{school.name}</Table.HeaderCell>
              <Table.Cell>{t(`imports.schoolKind.${school.kind}`)}</Table.Cell>
              <Table.Cell>
                {t(`imports.result.schoolOutcome.${school.outcome}`)}
                {school.changes.length > 0 && (
                  <ul className="plain-list">
                    {school.changes.map((change) => (
                      <li key={change.field}>
                        {t('imports.result.change', {
                          field: t(`imports.schoolField.${change.field}`),
                          from: shownValue(change.field, change.from),
                          to: shownValue(change.field, change.to),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}

