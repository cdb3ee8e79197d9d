import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WheelStatus } from '../../../../domain/leadership/measure-wheel-progress';
import type { WheelEntryView, WheelProgressView, WheelRecords, WheelView } from '../../../../shared/leadership-api';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';
import { groupWheel } from '../wheel-rounds';
import { ActivityEditor, AddActivityForm, NamePeopleForm, RecordDoneForm } from './wheel-forms';

/** The colour repeats the status's words, never stands alone. */
const statusColour: Record<WheelStatus, 'success' | 'info' | 'danger'> = { ferdig: 'success', pagar: 'info', forsinket: 'danger' };

export function useActivityName() {
  const { t } = useTranslation();
  return (entry: Pick<WheelEntryView, 'code' | 'title'>) => entry.title ?? t(`wheelActivity.${entry.code}`, { defaultValue: entry.code });
}

function StatusTag({ progress }: { progress: WheelProgressView }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={statusColour[progress.status]} data-size="sm">
      {t(`leadership.wheel.status.${progress.status}`)}
    </Tag>
  );
}

function ProgressText({ progress }: { progress: WheelProgressView }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (progress.total === 0) return <>{t('leadership.wheel.nothingToDo')}</>;
  return (
    <>
      {t('leadership.wheel.doneOf', { done: format.number(progress.done), total: format.number(progress.total) })}
      {progress.missing > 0 ? `, ${t('leadership.wheel.missing', { count: progress.missing, n: format.number(progress.missing) })}` : ''}
      {progress.done > progress.doneInTime ? `, ${t('leadership.wheel.late', { count: progress.done - progress.doneInTime, n: format.number(progress.done - progress.doneInTime) })}` : ''}
    </>
  );
}

/**
 * The annual wheel (årshjul) with its responsibility map (ansvarskart): each activity in date
 * order, grouped by round, with its date (and why it moved), how far each class has come —
 * measured from the data — and who is responsible, the gaps shown. Rektor edits the map here.
 */
export function WheelSection({ wheel, records }: { wheel: WheelView; records: WheelRecords | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const groups = groupWheel(wheel.entries);
  return (
    <section className="stack" aria-labelledby={`${id}-heading`} id="arshjul">
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('leadership.wheel.heading')}
      </Heading>
      <Paragraph>{t('leadership.wheel.intro')}</Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t('leadership.wheel.version', { version: wheel.version })}
      </Paragraph>
      {groups.map((group) => (
        <section key={group.key} className="stack stack--tight" aria-labelledby={`${id}-${group.key}`}>
          <Heading level={3} data-size="sm" id={`${id}-${group.key}`}>
            {t(`leadership.round.${group.key}`)}
          </Heading>
          <ol className="leadership-wheel">
            {group.entries.map((entry) => (
              <li key={entry.key}>
                <WheelActivity entry={entry} wheel={wheel} records={records} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      {wheel.canEdit && (
        <section className="stack stack--tight" aria-labelledby={`${id}-edit`}>
          <Heading level={3} data-size="sm" id={`${id}-edit`}>
            {t('leadership.wheel.editHeading')}
          </Heading>
          <AddActivityForm wheel={wheel} />
          <NamePeopleForm wheel={wheel} />
        </section>
      )}
    </section>
  );
}

function WheelActivity({ entry, wheel, records }: { entry: WheelEntryView; wheel: WheelView; records: WheelRecords | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const name = useActivityName()(entry);
  const classNames = new Map(wheel.classes.map((c) => [c.id, c.name]));
  const responsibleFor = (classId: string | null) => entry.responsible.filter((r) => r.classId === classId);
  const people = (classId: string | null) =>
    responsibleFor(classId).map((r) => (
      <span key={r.role} className="leadership-people">
        {t(`role.${r.role}`)}:{' '}
        {r.staff.length > 0 ? format.list(r.staff.map((s) => s.name)) : <strong className="leadership-gap">{t('leadership.nobodyResponsible')}</strong>}
      </span>
    ));
  const done = (records?.records ?? []).filter((r) => r.activity === entry.key);
  return (
    <article className="leadership-card stack stack--tight" aria-labelledby={`${id}-name`} data-removed={entry.removed}>
      <Heading level={4} data-size="2xs" id={`${id}-name`}>
        {name}
        {entry.removed && (
          <>
            {' '}
            <Tag data-color="neutral" data-size="sm">
              {t('leadership.wheel.removed')}
            </Tag>
          </>
        )}
      </Heading>
      <Paragraph data-size="sm">
        {t('leadership.wheel.due', { date: format.date(entry.dueOn) })}
        {entry.moved &&
          ` (${t(`leadership.wheel.moved.${entry.moved.because}`, { date: format.date(entry.moved.from), name: entry.moved.breakName ?? t('leadership.wheel.dayOff') })})`}
        {entry.requestedOn && entry.seedDueOn && entry.requestedOn !== entry.seedDueOn ? ` – ${t('leadership.wheel.movedBySchool', { date: format.date(entry.seedDueOn) })}` : ''}
        {' · '}
        {t(`leadership.wheel.scope.${entry.scope}`)}
        {' · '}
        {t(`leadership.wheel.progressKind.${entry.progressKind}`)}
      </Paragraph>
      {!entry.removed && entry.school && (
        <Paragraph data-size="sm">
          <StatusTag progress={entry.school} /> <ProgressText progress={entry.school} />
          {' · '}
          {people(null)}
        </Paragraph>
      )}
      {!entry.removed && entry.scope === 'klasse' && entry.classes.length > 0 && (
        <DataTable
          caption={t('leadership.wheel.classesCaption', { activity: name })}
          className="leadership-wheel__table"
          columns={[{ label: t('leadership.columns.class') }, { label: t('leadership.wheel.columns.status') }, { label: t('leadership.wheel.columns.progress') }, { label: t('leadership.wheel.columns.responsible') }]}
        >
          {entry.classes.map((c) => (
            <Table.Row key={c.classId}>
              <Table.HeaderCell scope="row">{classNames.get(c.classId) ?? '–'}</Table.HeaderCell>
              <Table.Cell>
                <StatusTag progress={c.progress} />
              </Table.Cell>
              <Table.Cell>
                <ProgressText progress={c.progress} />
              </Table.Cell>
              <Table.Cell>{people(c.classId)}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
      {done.length > 0 && (
        <ul className="leadership-records">
          {done.map((r) => (
            <li key={r.id}>
              {t('leadership.wheel.recorded', {
                date: format.date(r.doneOn),
                who: r.recordedBy.name,
                where: r.classId ? (classNames.get(r.classId) ?? '') : t('leadership.implementation.wholeSchool'),
              })}
              {r.decisions ? `: ${r.decisions}` : ''}
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        {!entry.removed && entry.progressKind === 'registrert' && <RecordDoneForm entry={entry} wheel={wheel} activityName={name} />}
        {wheel.canEdit && <ActivityEditor entry={entry} wheel={wheel} activityName={name} />}
      </div>
    </article>
  );
}
