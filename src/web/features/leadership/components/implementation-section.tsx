import { Button, Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { implementationSteps, type ImplementationStep } from '../../../../domain/leadership/measure-implementation';
import type { ImplementationFigures, ImplementationView } from '../../../../shared/leadership-api';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';
import { FunnelChart } from './funnel-chart';
import { StudentList, studentIndex } from './student-list';

type Figure = ImplementationStep | 'waitingMapping' | 'waitingFollowUp' | 'closer';
type Shown = { row: string; figure: Figure };

const idsOf = (f: ImplementationFigures, figure: Figure): string[] =>
  figure === 'waitingMapping'
    ? f.identificationToMapping.waiting
    : figure === 'waitingFollowUp'
      ? f.mappingToFollowUp.waiting
      : figure === 'closer'
        ? f.closerFollowUp.studentIds
        : f.steps[figure];

/**
 * Implementation quality, live (issue 11, part 2): the funnel identified → mapped → plan signed →
 * follow-up started → evaluated → back with effect, for the school and per class, as a chart and
 * as a table with the same figures; the waits in school days; closer follow-up. Every figure opens
 * the list of the students behind it.
 */
export function ImplementationSection({ view }: { view: ImplementationView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [shown, setShown] = useState<Shown | null>(null);
  const students = studentIndex(view.students);
  const classNames = new Map(view.classes.map((c) => [c.id, c.name]));
  const rows = [{ id: 'total', name: t('leadership.implementation.wholeSchool'), figures: view.total }, ...view.classes];
  const shownRow = shown ? rows.find((r) => r.id === shown.row) : undefined;
  const drillHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (shown) drillHeading.current?.focus();
  }, [shown]);

  const figureLabel = (figure: Figure) => (figure === 'waitingMapping' || figure === 'waitingFollowUp' || figure === 'closer' ? t(`leadership.implementation.figure.${figure}`) : t(`leadership.step.${figure}`));
  const days = (n: number | null) => (n === null ? '–' : t('leadership.schoolDays', { count: n, n: format.number(n) }));

  const figureButton = (row: (typeof rows)[number], figure: Figure, ids: readonly string[]) => {
    if (ids.length === 0) return format.number(0);
    const open = shown?.row === row.id && shown.figure === figure;
    return (
      <Button
        variant="tertiary"
        data-size="sm"
        aria-expanded={open}
        aria-controls={`${id}-drill`}
        aria-label={t('leadership.implementation.showStudents', { n: format.number(ids.length), figure: figureLabel(figure), scope: row.name })}
        onClick={() => setShown(open ? null : { row: row.id, figure })}
      >
        {format.number(ids.length)}
      </Button>
    );
  };

  const wait = view.total;
  return (
    <section className="stack" aria-labelledby={`${id}-heading`} id="gjennomforing">
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('leadership.implementation.heading')}
      </Heading>
      <Paragraph>{t('leadership.implementation.intro', { date: format.date(view.schoolYearStartsOn) })}</Paragraph>
      <figure className="leadership-figure">
        <FunnelChart view={view} />
        <figcaption className="muted">{t('leadership.implementation.chartCaption')}</figcaption>
      </figure>
      <DataTable
        caption={t('leadership.implementation.caption')}
        columns={[
          { label: t('leadership.implementation.columns.where') },
          { label: t('leadership.implementation.columns.students'), numeric: true },
          ...implementationSteps.map((step) => ({ label: t(`leadership.step.${step}`), numeric: true })),
        ]}
      >
        {rows.map((row) => (
          <Table.Row key={row.id}>
            <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
            <Table.Cell className="num">{format.number(row.figures.students)}</Table.Cell>
            {implementationSteps.map((step) => (
              <Table.Cell key={step} className="num">
                {figureButton(row, step, row.figures.steps[step])}
              </Table.Cell>
            ))}
          </Table.Row>
        ))}
      </DataTable>
      <Details>
        <Details.Summary>{t('leadership.implementation.stepsExplained')}</Details.Summary>
        <Details.Content>
          <dl className="leadership-terms">
            {implementationSteps.map((step) => (
              <div key={step}>
                <dt>{t(`leadership.step.${step}`)}</dt>
                <dd>{t(`leadership.stepHelp.${step}`)}</dd>
              </div>
            ))}
          </dl>
        </Details.Content>
      </Details>

      <Heading level={3} data-size="sm">
        {t('leadership.implementation.waitsHeading')}
      </Heading>
      <Paragraph>
        {t('leadership.implementation.waitsSummary', {
          mapping: days(wait.identificationToMapping.medianSchoolDays),
          followUp: days(wait.mappingToFollowUp.medianSchoolDays),
        })}
      </Paragraph>
      <DataTable
        caption={t('leadership.implementation.waitsCaption')}
        columns={[
          { label: t('leadership.implementation.columns.where') },
          { label: t('leadership.implementation.columns.mappingMedian'), numeric: true },
          { label: t('leadership.implementation.columns.mappingWorst'), numeric: true },
          { label: t('leadership.implementation.figure.waitingMapping'), numeric: true },
          { label: t('leadership.implementation.columns.followUpMedian'), numeric: true },
          { label: t('leadership.implementation.columns.followUpWorst'), numeric: true },
          { label: t('leadership.implementation.figure.waitingFollowUp'), numeric: true },
          { label: t('leadership.implementation.figure.closer'), numeric: true },
          { label: t('leadership.implementation.columns.closerLongest'), numeric: true },
        ]}
      >
        {rows.map((row) => {
          const f = row.figures;
          const worst = (w: ImplementationFigures['identificationToMapping']) => {
            if (w.worstSchoolDays === null) return '–';
            const who = w.worstStudentId ? students.get(w.worstStudentId) : undefined;
            const name = who ? t('common.personName', { given: who.givenName, family: who.familyName }) : null;
            const text = days(w.worstSchoolDays);
            return `${text}${name ? ` (${name}${w.worstOngoing ? `, ${t('leadership.implementation.stillWaiting')}` : ''})` : w.worstOngoing ? ` (${t('leadership.implementation.stillWaiting')})` : ''}`;
          };
          return (
            <Table.Row key={row.id}>
              <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
              <Table.Cell className="num">{days(f.identificationToMapping.medianSchoolDays)}</Table.Cell>
              <Table.Cell className="num">{worst(f.identificationToMapping)}</Table.Cell>
              <Table.Cell className="num">
                {figureButton(row, 'waitingMapping', f.identificationToMapping.waiting)}
              </Table.Cell>
              <Table.Cell className="num">{days(f.mappingToFollowUp.medianSchoolDays)}</Table.Cell>
              <Table.Cell className="num">{worst(f.mappingToFollowUp)}</Table.Cell>
              <Table.Cell className="num">
                {figureButton(row, 'waitingFollowUp', f.mappingToFollowUp.waiting)}
              </Table.Cell>
              <Table.Cell className="num">
                {figureButton(row, 'closer', f.closerFollowUp.studentIds)}
              </Table.Cell>
              <Table.Cell className="num">{days(f.closerFollowUp.longestSchoolDays)}</Table.Cell>
            </Table.Row>
          );
        })}
      </DataTable>
      <Paragraph data-size="sm" className="muted">
        {t('leadership.implementation.waitsHelp')}
      </Paragraph>

      <div id={`${id}-drill`} className="leadership-drill">
        {shown && shownRow && (
          <div className="stack stack--tight leadership-card">
            <Heading level={3} data-size="xs" ref={drillHeading} tabIndex={-1}>
              {t('leadership.implementation.drillHeading', { figure: figureLabel(shown.figure), scope: shownRow.name })}
            </Heading>
            <StudentList ids={idsOf(shownRow.figures, shown.figure)} students={students} classNames={classNames} />
            <div>
              <Button variant="secondary" data-size="sm" onClick={() => setShown(null)}>
                {t('leadership.close')}
              </Button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
