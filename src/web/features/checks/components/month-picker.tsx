import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '../../../i18n/format';
import { todayInNorway } from '../../../lib/dates';
import { monthsToChoose } from '../months-to-choose';

/**
 * Opens the check for another month: a labelled list of months and a button, so that choosing
 * in the list moves nothing until the person asks for it (keyboard and screen-reader users read
 * the list first). `shown` is the month on the page ('YYYY-MM'); `pathOn` the page for a date.
 */
export function MonthPicker({ shown, pathOn }: { shown: string; pathOn: (on: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const id = useId();
  const [month, setMonth] = useState(shown);
  return (
    <form
      className="picker-row"
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(pathOn(`${month}-01`));
      }}
    >
      <Field data-size="sm">
        <Label htmlFor={id}>{t('checks.monthPicker.label')}</Label>
        <Select id={id} width="auto" value={month} onChange={(event) => setMonth(event.target.value)}>
          {monthsToChoose(todayInNorway(), shown).map((m) => (
            <Select.Option key={m} value={m}>
              {format.month(`${m}-01`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary" data-size="sm">
        {t('checks.monthPicker.show')}
      </Button>
    </form>
  );
}
