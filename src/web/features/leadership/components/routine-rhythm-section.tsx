import { Details, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RhythmStatus } from '../../../../domain/leadership/routine-rhythm';
import type { RoutineRhythm } from '../../../../shared/leadership-api';
import { AppLink } from '../../../components/app-link';
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
          <RhythmCard heading={t('leadership.rhythm.month.heading', { month: format.month(month.thisMonth.from) })}>
            <StatusLine period={month.thisMonth} runningUntil={month.thisMonth.to} />
            {month.lastMonth.status === 'mangler' && (
              <Paragraph data-size="sm">
                <strong>{t('leadership.rhythm.month.lastMissing', { month: format.month(month.lastMonth.from) })}</strong>{' '}
                <AppLink to={paths.monthlyCheckOn(schoolId, month.lastMonth.from)}>{t('leadership.rhythm.month.openLast', { month: format.month(month.lastMonth.from) })}</AppLink>
              </Paragraph>
            )}
            <Paragraph data-size="sm">
              <AppLink to={paths.monthlyCheck(schoolId)}>{t('leadership.rhythm.month.open')}</AppLink>
            </Paragraph>
          </RhythmCard>
        </li>
        <li>
          <RhythmCard heading={t('leadership.rhythm.semester.heading')}>
            {semester ? (
              <>
                <Paragraph data-size="sm">{t('leadership.rhythm.semester.period', { from: format.date(semester.thisTerm.from), to: format.date(semester.thisTerm.to) })}</Paragraph>
                <StatusLine period={semester.thisTerm} runningUntil={semester.thisTerm.to} />
                {semester.lastTerm?.status === 'mangler' && (
                  <Paragraph data-size="sm">
                    <strong>{t('leadership.rhythm.semester.lastMissing', { from: format.date(semester.lastTerm.from), to: format.date(semester.lastTerm.to) })}</strong>
                  </Paragraph>
                )}
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

function StatusLine({ period, runningUntil }: { period: RhythmPeriod; runningUntil: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paragraph data-size="sm">
      <StatusTag period={period} />
      {period.status === 'pagar' && <> {t('leadership.rhythm.runsUntil', { date: format.date(runningUntil) })}</>}
    </Paragraph>
  );
}
