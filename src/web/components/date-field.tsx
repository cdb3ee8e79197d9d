import { Textfield } from '@digdir/designsystemet-react';
import { forwardRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dateInputStep, initialDateInput } from '../lib/date-input';

/**
 * A date typed by hand (dd.mm.åååå). The text stays as typed while the person types; the date
 * goes to `onChange` once it is complete, or when the field is left (src/web/lib/date-input.ts).
 * A native date input re-rendered on every keystroke gave another date than the one typed.
 */
export const DateField = forwardRef<
  HTMLInputElement | HTMLTextAreaElement,
  { id?: string; label: ReactNode; value: string; onChange: (iso: string) => void; error?: ReactNode; description?: ReactNode; required?: boolean }
>(function DateField({ id, label, value, onChange, error, description, required }, ref) {
  const { t } = useTranslation();
  const [state, setState] = useState(() => initialDateInput(value));
  // A new value from outside (a link, a reset) replaces the text, unless the field gave it.
  const outside = dateInputStep(state, { kind: 'value', value });
  if (outside.state !== state) setState(outside.state);

  const apply = (event: Parameters<typeof dateInputStep>[1]) => {
    const step = dateInputStep(state, event);
    setState(step.state);
    if (step.give !== null) onChange(step.give);
  };

  return (
    <Textfield
      ref={ref}
      id={id}
      label={label}
      description={description ?? t('dateField.format')}
      required={required}
      inputMode="decimal"
      autoComplete="off"
      className="date-field"
      value={state.text}
      onChange={(event) => apply({ kind: 'type', text: event.target.value })}
      onBlur={() => apply({ kind: 'leave' })}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply({ kind: 'leave' });
      }}
      error={error}
    />
  );
});
