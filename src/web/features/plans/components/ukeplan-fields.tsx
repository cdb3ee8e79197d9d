import { Fieldset, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { capitalise } from '../../../components/capitalise';
import { useFormat } from '../../../i18n/format';
import { addDays } from '../../../lib/dates';
import { weekPlanDates, type PlanContent } from '../plan-drafts';
import { useWeekday } from './form-problems';
import { TextAt, type FieldsProps } from './plan-field-kit';
import { PlanRowList } from './plan-row-list';

/**
 * An ukeplan: the advice first, then the week's start and a row per day (what, when, where and
 * with whom), and a note. Empty days are left out when the plan is saved.
 */
export function UkeplanFields({ content, onChange, kit, advice }: FieldsProps<'ukeplan'> & { advice: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const set = (patch: Partial<PlanContent<'ukeplan'>>) => onChange({ ...content, ...patch });
  const weekday = useWeekday();

  /** A new start moves the days that are still empty along with it. */
  const moveStart = (startsOn: string) => {
    const untouched = content.entries.every((e) => !e.what.trim() && !e.time.trim() && !e.where.trim() && !e.withWhom.trim());
    if (untouched && /^\d{4}-\d{2}-\d{2}$/.test(startsOn)) {
      onChange({ ...content, startsOn, entries: weekPlanDates(startsOn).map((on) => ({ on, time: '', what: '', where: '', withWhom: '' })) });
    } else {
      set({ startsOn });
    }
  };

  return (
    <>
      {advice}
      <Fieldset className="plan-group">
        <Fieldset.Legend>{t('plans.groups.week')}</Fieldset.Legend>
        <Fieldset.Description>{t('plans.help.ukeplan.startsOn')}</Fieldset.Description>
        <div className="plan-dates">
          <TextAt kit={kit} path="content.startsOn" type="date" required description="" value={content.startsOn} onChange={moveStart} />
        </div>
      </Fieldset>
      <PlanRowList
        kit={kit}
        path="content.entries"
        legend={t('plans.field.ukeplan.entries')}
        help={t('plans.help.ukeplan.entries')}
        rows={content.entries}
        onChange={(entries) => set({ entries })}
        newRow={() => {
          const last = content.entries.at(-1)?.on;
          const on = last && /^\d{4}-\d{2}-\d{2}$/.test(last) ? addDays(last, 1) : content.startsOn;
          return { on, time: '', what: '', where: '', withWhom: '' };
        }}
        rowLegend={(entry, index) =>
          /^\d{4}-\d{2}-\d{2}$/.test(entry.on) ? capitalise(t('plans.entryLegend', { day: weekday(entry.on), date: format.date(entry.on) })) : t('plans.entryLegendNoDate', { n: index + 1 })
        }
        rowClassName="plan-row plan-row--entry"
        removeText={(n) => t('plans.removeEntry', { n })}
        addText={t('plans.addEntry')}
      >
        {(entry, index, setEntry) => (
          <>
            <div className="plan-entry">
              <TextAt kit={kit} path={`content.entries.${index}.on`} type="date" required min={content.startsOn} value={entry.on} onChange={(v) => setEntry({ on: v })} />
              <TextAt kit={kit} path={`content.entries.${index}.time`} maxLength={40} value={entry.time} onChange={(v) => setEntry({ time: v })} />
              <TextAt kit={kit} path={`content.entries.${index}.where`} maxLength={200} value={entry.where} onChange={(v) => setEntry({ where: v })} />
              <TextAt kit={kit} path={`content.entries.${index}.withWhom`} maxLength={200} value={entry.withWhom} onChange={(v) => setEntry({ withWhom: v })} />
            </div>
            <TextAt kit={kit} path={`content.entries.${index}.what`} rows={2} value={entry.what} onChange={(v) => setEntry({ what: v })} />
          </>
        )}
      </PlanRowList>
      <TextAt kit={kit} path="content.note" rows={3} value={content.note} onChange={(v) => set({ note: v })} />
      <Paragraph data-size="sm" className="muted">
        {t('plans.emptyDaysLeftOut')}
      </Paragraph>
    </>
  );
}
