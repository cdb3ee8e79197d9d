import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanKind } from '../../../../domain/plans/plan-content';
import { capitalise } from '../../../components/capitalise';
import { NotGiven } from '../../../components/not-given';
import { ScrollTable } from '../../../components/scroll-table';
import { useFormat } from '../../../i18n/format';
import { contentOfVersion, type PlanContent } from '../plan-drafts';
import { useWeekday } from './form-problems';

/** A text as written, its line breaks kept; a dash when nothing was written. */
function Text({ value }: { value: string | null | undefined }) {
  return value && value.trim() ? <span className="pre-line">{value}</span> : <NotGiven />;
}

function Fact({ term, children, wide = false }: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'plan-facts__wide' : undefined}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Lines({ lines }: { lines: readonly string[] }) {
  return lines.length === 0 ? (
    <NotGiven />
  ) : (
    <ul className="plan-lines">
      {lines.map((line, i) => (
        <li key={i} className="pre-line">
          {line}
        </li>
      ))}
    </ul>
  );
}

/**
 * One version of a plan as it reads: the same parts as the form, in the same order, so that the
 * family and the school read the same plan as the PDF shows.
 */
export function PlanContentView({ kind, content: raw, caption }: { kind: PlanKind; content: unknown; caption: string }) {
  const content = contentOfVersion(kind, raw);
  switch (kind) {
    case 'tiltaksplan':
      return <TiltaksplanView content={content as PlanContent<'tiltaksplan'>} caption={caption} />;
    case 'oppfolgingsplan':
      return <OppfolgingsplanView content={content as PlanContent<'oppfolgingsplan'>} caption={caption} />;
    case 'aktivitetsplan':
      return <AktivitetsplanView content={content as PlanContent<'aktivitetsplan'>} caption={caption} />;
    case 'ukeplan':
      return <UkeplanView content={content as PlanContent<'ukeplan'>} caption={caption} />;
  }
}

function TiltaksplanView({ content, caption }: { content: PlanContent<'tiltaksplan'>; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const f = (key: string) => t(`plans.field.tiltaksplan.${key}`);
  const meeting = content.evaluationMeeting;
  return (
    <div className="stack stack--tight">
      <dl className="plan-facts">
        <Fact term={f('longTermGoals')} wide>
          <Lines lines={content.longTermGoals} />
        </Fact>
        <Fact term={f('shortTermGoals')} wide>
          <Lines lines={content.shortTermGoals} />
        </Fact>
        <Fact term={t('plans.view.period')}>{t('plans.view.fromTo', { from: format.date(content.startsOn), to: format.date(content.endsOn) })}</Fact>
        <Fact term={t('plans.groups.evaluationMeeting')}>
          {[format.date(meeting.on), meeting.time, meeting.place].filter((s) => s && s.trim()).join(', ')}
        </Fact>
      </dl>
      <ScrollTable captionId={captionId}>
        <Table border className="plan-table">
          <caption id={captionId}>{t('plans.view.rowsCaption', { plan: caption })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{f('rowsItem.maintainingFactor')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{f('rowsItem.measure')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{f('rowsItem.responsible')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{f('rowsItem.planB')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{f('rowsItem.evaluation')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {content.rows.map((row, i) => (
              <Table.Row key={i}>
                <Table.HeaderCell scope="row">
                  <Text value={row.maintainingFactor} />
                </Table.HeaderCell>
                <Table.Cell>
                  <Text value={row.measure} />
                </Table.Cell>
                <Table.Cell>
                  <Text value={row.responsible} />
                </Table.Cell>
                <Table.Cell>
                  <Text value={row.planB} />
                </Table.Cell>
                <Table.Cell>
                  <Text value={row.evaluation} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollTable>
    </div>
  );
}

function OppfolgingsplanView({ content, caption }: { content: PlanContent<'oppfolgingsplan'>; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const f = (key: string) => t(`plans.field.oppfolgingsplan.${key}`);
  return (
    <div className="stack stack--tight">
      <dl className="plan-facts">
        <Fact term={f('mainChallenge')} wide>
          <Text value={content.mainChallenge} />
        </Fact>
        <Fact term={f('measuresAndGoal')} wide>
          <Text value={content.measuresAndGoal} />
        </Fact>
        <Fact term={t('plans.view.period')}>{t('plans.view.fromTo', { from: format.date(content.startsOn), to: format.date(content.endsOn) })}</Fact>
        <Fact term={f('expectedDuration')}>
          <Text value={content.expectedDuration} />
        </Fact>
        <Fact term={f('evaluationMethod')} wide>
          <Text value={content.evaluationMethod} />
        </Fact>
        <Fact term={f('evaluationPoints')}>
          <Lines lines={content.evaluationPoints.map((d) => format.date(d))} />
        </Fact>
      </dl>
      {content.responsibilities.length > 0 && (
        <ScrollTable captionId={captionId}>
          <Table border className="plan-table">
            <caption id={captionId}>{t('plans.view.responsibilitiesCaption', { plan: caption })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{f('responsibilitiesItem.who')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{f('responsibilitiesItem.task')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{f('responsibilitiesItem.dueOn')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {content.responsibilities.map((row, i) => (
                <Table.Row key={i}>
                  <Table.HeaderCell scope="row">{row.who}</Table.HeaderCell>
                  <Table.Cell>
                    <Text value={row.task} />
                  </Table.Cell>
                  <Table.Cell className="nowrap">{row.dueOn ? format.date(row.dueOn) : <NotGiven />}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </div>
  );
}

function AktivitetsplanView({ content, caption }: { content: PlanContent<'aktivitetsplan'>; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();
  const f = (key: string) => t(`plans.field.aktivitetsplan.${key}`);
  return (
    <div className="stack stack--tight">
      <dl className="plan-facts">
        <Fact term={f('problem')} wide>
          <Text value={content.problem} />
        </Fact>
        <Fact term={f('startsOn')}>{format.date(content.startsOn)}</Fact>
        <Fact term={f('contactPerson')}>
          <Text value={content.contactPerson} />
        </Fact>
      </dl>
      <ScrollTable captionId={captionId}>
        <Table border className="plan-table">
          <caption id={captionId}>{t('plans.view.measuresCaption', { plan: caption })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{f('measuresItem.measure')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{f('measuresItem.level')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{f('measuresItem.when')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{f('measuresItem.responsible')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{f('measuresItem.evaluateOn')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {content.measures.map((row, i) => (
              <Table.Row key={i}>
                <Table.HeaderCell scope="row">
                  <Text value={row.measure} />
                </Table.HeaderCell>
                <Table.Cell>{t(`measures.level.${row.level}`)}</Table.Cell>
                <Table.Cell>
                  <Text value={row.when} />
                </Table.Cell>
                <Table.Cell>{row.responsible}</Table.Cell>
                <Table.Cell className="nowrap">{format.date(row.evaluateOn)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollTable>
    </div>
  );
}

function UkeplanView({ content, caption }: { content: PlanContent<'ukeplan'>; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const weekday = useWeekday();
  const captionId = useId();
  const f = (key: string) => t(`plans.field.ukeplan.${key}`);
  const entries = [...content.entries].sort((a, b) => a.on.localeCompare(b.on));
  return (
    <div className="stack stack--tight">
      <ScrollTable captionId={captionId}>
        <Table border className="plan-table">
          <caption id={captionId}>{t('plans.view.entriesCaption', { plan: caption, from: format.date(content.startsOn) })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{f('entriesItem.on')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{f('entriesItem.time')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{f('entriesItem.what')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{f('entriesItem.where')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{f('entriesItem.withWhom')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {entries.map((entry, i) => (
              <Table.Row key={i}>
                <Table.HeaderCell scope="row" className="nowrap">
                  {capitalise(t('plans.entryLegend', { day: weekday(entry.on), date: format.date(entry.on) }))}
                </Table.HeaderCell>
                <Table.Cell>
                  <Text value={entry.time} />
                </Table.Cell>
                <Table.Cell>
                  <Text value={entry.what} />
                </Table.Cell>
                <Table.Cell>
                  <Text value={entry.where} />
                </Table.Cell>
                <Table.Cell>
                  <Text value={entry.withWhom} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollTable>
      {content.note.trim() && (
        <Paragraph>
          <strong>{f('note')}:</strong> <Text value={content.note} />
        </Paragraph>
      )}
    </div>
  );
}
