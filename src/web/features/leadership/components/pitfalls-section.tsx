import { Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { pitfallKeys, type PitfallKey } from '../../../../domain/leadership/pitfall-thresholds';
import type { PitfallFinding, PitfallsView } from '../../../../shared/leadership-api';
import { AppLink } from '../../../components/app-link';
import { DataTable } from '../../../components/data-table';
import { NotGiven } from '../../../components/not-given';
import { useFormat } from '../../../i18n/format';
import { paths } from '../../../lib/home-path';
import { studentIndex } from './student-list';

/** The dates and counts a finding carries, in the order the chain runs. */
const factOrder = ['evidenceOn', 'identifiedOn', 'deadline', 'mappedOn', 'followUpStartedOn', 'decidedOn', 'leftOn', 'failedOn'] as const;

/**
 * The seven pitfalls (docs/decisions/016-seven-pitfalls.md) as cards in the seed's order: how
 * many students, what the pitfall is in one sentence, who acts on it; opened, the students with
 * the reason in words, the dates behind it and the person who can act.
 */
export function PitfallsSection({ view }: { view: PitfallsView }) {
  const { t } = useTranslation();
  const id = useId();
  const total = pitfallKeys.reduce((sum, key) => sum + view.pitfalls[key].count, 0);
  return (
    <section className="stack" aria-labelledby={`${id}-heading`} id="fallgruver">
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('leadership.pitfalls.heading')}
      </Heading>
      <Paragraph>{t('leadership.pitfalls.intro', { count: total })}</Paragraph>
      <ol className="leadership-pitfalls">
        {pitfallKeys.map((key) => (
          <li key={key}>
            <PitfallCard pitfallKey={key} view={view} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function PitfallCard({ pitfallKey, view }: { pitfallKey: PitfallKey; view: PitfallsView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const pitfall = view.pitfalls[pitfallKey];
  const th = view.thresholds;
  return (
    <article className="leadership-card stack stack--tight" aria-labelledby={`${id}-name`} data-count={pitfall.count}>
      <Heading level={3} data-size="xs" id={`${id}-name`}>
        {t(`leadership.pitfall.${pitfallKey}.name`)}
      </Heading>
      <p className="leadership-card__count">{t('leadership.pitfalls.count', { count: pitfall.count, n: format.number(pitfall.count) })}</p>
      <Paragraph data-size="sm">
        {t(`leadership.pitfall.${pitfallKey}.definition`, {
          late: th.lateIdentificationSchoolDays,
          mapping: th.mappingSchoolDays,
          followUp: th.followUpSchoolDays,
          evaluations: th.unsatisfactoryEvaluationsInARow,
        })}
      </Paragraph>
      <Paragraph data-size="sm">{t('leadership.pitfalls.whoActs', { role: t(`role.${pitfall.actorRole}`) })}</Paragraph>
      {pitfall.count > 0 && (
        <Details>
          <Details.Summary>{t('leadership.pitfalls.show', { count: pitfall.count, n: format.number(pitfall.count), pitfall: t(`leadership.pitfall.${pitfallKey}.name`) })}</Details.Summary>
          <Details.Content>
            <Findings findings={pitfall.findings} view={view} caption={t('leadership.pitfalls.caption', { pitfall: t(`leadership.pitfall.${pitfallKey}.name`) })} />
          </Details.Content>
        </Details>
      )}
    </article>
  );
}

function Findings({ findings, view, caption }: { findings: readonly PitfallFinding[]; view: PitfallsView; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const students = studentIndex(view.students);
  const classNames = new Map(view.classes.map((c) => [c.id, c.name]));
  return (
    <DataTable
      caption={caption}
      columns={[
        { label: t('leadership.columns.student') },
        { label: t('leadership.columns.class') },
        { label: t('leadership.pitfalls.columns.reason') },
        { label: t('leadership.pitfalls.columns.dates') },
        { label: t('leadership.pitfalls.columns.actor') },
      ]}
    >
      {findings.map((f) => {
        const s = students.get(f.studentId);
        const dates = factOrder.filter((k) => f.facts[k]).map((k) => t(`leadership.fact.${k}`, { date: format.date(f.facts[k]!) }));
        if (f.facts.schoolDays !== undefined) dates.push(t('leadership.fact.schoolDays', { count: f.facts.schoolDays, n: format.number(f.facts.schoolDays) }));
        if (f.facts.evaluations !== undefined) dates.push(t('leadership.fact.evaluations', { count: f.facts.evaluations, n: format.number(f.facts.evaluations) }));
        return (
          <Table.Row key={`${f.studentId}:${f.reason}`}>
            <Table.HeaderCell scope="row">
              {s ? <AppLink to={paths.student(s.id)}>{t('common.personName', { given: s.givenName, family: s.familyName })}</AppLink> : <NotGiven />}
            </Table.HeaderCell>
            <Table.Cell>{f.classId && classNames.get(f.classId) ? classNames.get(f.classId) : <NotGiven />}</Table.Cell>
            <Table.Cell>
              {t(`leadership.reason.${f.reason}`)}
              {f.facts.ruleCode ? ` (${t(`ruleCode.${f.facts.ruleCode}`, { defaultValue: f.facts.ruleCode })})` : ''}
            </Table.Cell>
            <Table.Cell>{dates.length > 0 ? dates.join(', ') : <NotGiven />}</Table.Cell>
            <Table.Cell>{f.actor ? f.actor.name : <span className="leadership-gap">{t('leadership.nobodyResponsible')}</span>}</Table.Cell>
          </Table.Row>
        );
      })}
    </DataTable>
  );
}
