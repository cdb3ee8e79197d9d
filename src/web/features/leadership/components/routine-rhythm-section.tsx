import { Details, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RhythmStatus } from '../../../../domain/leadership/routine-rhythm';
import type { RoutineRhythm } from '../../../../shared/leadership-api';
import { AppLink } from '../../../components/app-link';
import { capitalise } from '../../../components/capitalise';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';
import { paths } from '../../../lib/home-path';
import { casePaths } from '../../cases/case-paths';

type RhythmPeriod = RoutineRhythm['month']['thisMonth'];

const tagColor: Record<RhythmStatus, 'success' | 'neutral' | 'warning'> = { gjort: 'success', pagar: 'neutral', mangler: 'warning', ingen_skoledager: 'neutral' };

/**
 * A grunnskole's absence routine in its rhythm (issue 13), in place of IKO's wheel and pitfalls:
 * the weekly check and the review of the absence record per class, this month's Månedssjekk, this
 * term's semester check and the staircase, each a count or a status with a link to the page where
 * it is done. No student is named here: the students are on those pages.
 */
export function RoutineRhythmSection({ rhythm }: { rhythm: RoutineRhythm }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const schoolId = rhythm.school.id;
  const { classes } = rhythm.week;
  const total = classes.length;
  const weekDone = classes.filter((c) => c.thisWeek.status === 'gjort').length;
  const lastWeekMissing = classes.filter((c) => c.lastWeek.status === 'mangler').length;
  const half = classes.find((c) => c.protokoll.current)?.protokoll.current ?? null;
  const protokollDone = classes.filter((c) => c.protokoll.current?.done).length;
  const protokollBehind = classes.filter((c) => c.protokoll.overdue.length > 0).length;
  const { month, semester, staircase } = rhythm;
  const n = (value: number) => format.number(value);

  return (
    <section className="stack" aria-labelledby={`${id}-heading`} id="fravaersrutinen">
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('leadership.rhythm.heading')}
      </Heading>
      <Paragraph>{t('leadership.rhythm.intro')}</Paragraph>
      <ul className="leadership-rhythm">
        <li>
          <RhythmCard heading={t('leadership.rhythm.week.heading')}>
            <p className="leadership-card__count">{t('leadership.rhythm.classesDone', { count: total, done: n(weekDone), total: n(total) })}</p>
            <Paragraph data-size="sm">{t('leadership.rhythm.week.period', { from: format.date(rhythm.week.thisWeek.from), to: format.date(rhythm.week.thisWeek.to) })}</Paragraph>
            {lastWeekMissing > 0 && (
              <Paragraph data-size="sm">
                <strong>{t('leadership.rhythm.week.lastWeekMissing', { count: lastWeekMissing, n: n(lastWeekMissing) })}</strong>
              </Paragraph>
            )}
          </RhythmCard>
        </li>
        <li>
          <RhythmCard heading={t('leadership.rhythm.protokoll.heading')}>
            {half ? (
              <>
                <p className="leadership-card__count">{t('leadership.rhythm.classesDone', { count: total, done: n(protokollDone), total: n(total) })}</p>
                <Paragraph data-size="sm">{t('leadership.rhythm.protokoll.period', { from: format.date(half.from), to: format.date(half.to) })}</Paragraph>
              </>
            ) : (
              <Paragraph data-size="sm">{t('leadership.rhythm.protokoll.noTerm')}</Paragraph>
            )}
            {protokollBehind > 0 && (
              <Paragraph data-size="sm">
                <strong>{t('leadership.rhythm.protokoll.behind', { count: protokollBehind, n: n(protokollBehind) })}</strong>
              </Paragraph>
            )}
          </RhythmCard>
        </li>
        <li>
          <RhythmCard heading={t('leadership.rhythm.month.heading')}>
            {month.lastMonth.status !== 'ingen_skoledager' && (
              <PeriodLine label={capitalise(format.month(month.lastMonth.from))} period={month.lastMonth}>
                {month.lastMonth.status === 'mangler' && <AppLink to={paths.monthlyCheckOn(schoolId, month.lastMonth.from)}>{t('leadership.rhythm.month.openLast', { month: format.month(month.lastMonth.from) })}</AppLink>}
              </PeriodLine>
            )}
            <PeriodLine label={capitalise(format.month(month.thisMonth.from))} period={month.thisMonth} />
            <Paragraph data-size="sm">
              <AppLink to={paths.monthlyCheck(schoolId)}>{t('leadership.rhythm.month.open')}</AppLink>
            </Paragraph>
          </RhythmCard>
        </li>
        <li>
          <RhythmCard heading={t('leadership.rhythm.semester.heading')}>
            {semester ? (
              <>
                {semester.lastTerm && semester.lastTerm.status !== 'ingen_skoledager' && (
                  <PeriodLine label={t('leadership.rhythm.semester.term', { from: format.date(semester.lastTerm.from), to: format.date(semester.lastTerm.to) })} period={semester.lastTerm} />
                )}
                <PeriodLine label={t('leadership.rhythm.semester.term', { from: format.date(semester.thisTerm.from), to: format.date(semester.thisTerm.to) })} period={semester.thisTerm} />
              </>
            ) : (
              <Paragraph data-size="sm">{t('leadership.rhythm.semester.noTerm')}</Paragraph>
            )}
            <Paragraph data-size="sm">
              <AppLink to={paths.semesterCheck(schoolId)}>{t('leadership.rhythm.semester.open')}</AppLink>
            </Paragraph>
          </RhythmCard>
        </li>
        <li>
          <RhythmCard heading={t('leadership.rhythm.staircase.heading')}>
            <p className="leadership-card__count">{t('leadership.rhythm.staircase.open', { count: staircase.open, n: n(staircase.open) })}</p>
            {staircase.overdue > 0 && (
              <Paragraph data-size="sm">
                <strong>{t('leadership.rhythm.staircase.overdue', { count: staircase.overdue, n: n(staircase.overdue) })}</strong>
              </Paragraph>
            )}
            {staircase.open > 0 && (
              <ul className="leadership-steps">
                {staircase.steps
                  .filter((s) => s.open > 0)
                  .map((s) => (
                    <li key={s.step}>
                      {t('leadership.rhythm.staircase.step', { step: t(`caseStep.${s.step}`), n: n(s.open) })}
                      {s.overdue > 0 && <> ({t('leadership.rhythm.staircase.stepOverdue', { count: s.overdue, n: n(s.overdue) })})</>}
                    </li>
                  ))}
              </ul>
            )}
            <Paragraph data-size="sm">
              <AppLink to={casePaths.list}>{t('leadership.rhythm.staircase.openCases')}</AppLink>
            </Paragraph>
          </RhythmCard>
        </li>
      </ul>
      {total > 0 && (
        <Details>
          <Details.Summary>{t('leadership.rhythm.perClass.show', { count: total, n: n(total) })}</Details.Summary>
          <Details.Content>
            <DataTable
              caption={t('leadership.rhythm.perClass.caption')}
              columns={[
                { label: t('leadership.columns.class') },
                { label: t('leadership.rhythm.perClass.contactTeacher') },
                { label: t('leadership.rhythm.perClass.thisWeek') },
                { label: t('leadership.rhythm.perClass.lastWeek') },
                { label: t('leadership.rhythm.perClass.protokoll') },
                { label: t('leadership.rhythm.perClass.protokollBehind'), numeric: true },
              ]}
            >
              {classes.map((c) => (
                <Table.Row key={c.id}>
                  <Table.HeaderCell scope="row">{c.name}</Table.HeaderCell>
                  <Table.Cell>{c.contactTeachers.length > 0 ? format.list(c.contactTeachers.map((p) => p.name)) : <span className="leadership-gap">{t('leadership.nobodyResponsible')}</span>}</Table.Cell>
                  <Table.Cell>
                    <StatusTag period={c.thisWeek} />
                  </Table.Cell>
                  <Table.Cell>
                    <StatusTag period={c.lastWeek} />
                  </Table.Cell>
                  <Table.Cell>
                    {/* After the term no half is due: the holidays ask for no review. */}
                    <StatusTag period={{ status: c.protokoll.current ? (c.protokoll.current.done ? 'gjort' : 'pagar') : 'ingen_skoledager', doneOn: null }} />
                  </Table.Cell>
                  <Table.Cell className="num">{n(c.protokoll.overdue.length)}</Table.Cell>
                </Table.Row>
              ))}
            </DataTable>
          </Details.Content>
        </Details>
      )}
    </section>
  );
}

function RhythmCard({ heading, children }: { heading: string; children: ReactNode }) {
  const id = useId();
  return (
    <article className="leadership-card stack stack--tight" aria-labelledby={`${id}-name`}>
      <Heading level={3} data-size="xs" id={`${id}-name`}>
        {heading}
      </Heading>
      {children}
    </article>
  );
}

/** Done (with its day), not yet while the period runs, missing once it has ended: always in words, the colour beside them. */
function StatusTag({ period }: { period: Pick<RhythmPeriod, 'status' | 'doneOn'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Tag data-color={tagColor[period.status]} data-size="sm">
      {period.status === 'gjort' && period.doneOn ? t('leadership.rhythm.doneOn', { date: format.date(period.doneOn) }) : t(`leadership.rhythm.status.${period.status}`)}
    </Tag>
  );
}

/** A period's name and its status; while it runs, until when. */
function PeriodLine({ label, period, children }: { label: string; period: RhythmPeriod; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paragraph data-size="sm">
      {t('leadership.rhythm.periodLabel', { period: label })} <StatusTag period={period} />
      {period.status === 'pagar' && <> {t('leadership.rhythm.runsUntil', { date: format.date(period.to) })}</>}
      {children && <> {children}</>}
    </Paragraph>
  );
}
