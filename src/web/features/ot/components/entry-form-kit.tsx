import { Heading, Textfield } from '@digdir/designsystemet-react';
import { forwardRef, useEffect, useRef, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInNorway } from '../../../lib/dates';

/** What a form's `on` (the day something happened) may be: given, and not after today. */
export function onProblem(on: string, today = todayInNorway()): 'missing' | 'future' | null {
  if (!on) return 'missing';
  return on > today ? 'future' : null;
}

/** The day an entry happened: today by default, never after it. */
export const OnField = forwardRef<
  HTMLInputElement | HTMLTextAreaElement,
  { id: string; label?: string; value: string; onChange: (value: string) => void; problem: 'missing' | 'future' | null; error: (field: string, own?: string | false | null) => string | undefined }
>(function OnField({ id, label, value, onChange, problem, error }, ref) {
  const { t } = useTranslation();
  return (
    <Textfield
      ref={ref}
      id={id}
      type="date"
      className="ot-date"
      label={label ?? t('ot.record.on')}
      required
      max={todayInNorway()}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error('on', problem === 'missing' ? t('ot.record.onMissing') : problem === 'future' && t('ot.record.onFuture'))}
    />
  );
});

/** An OT form: boxed, with its heading; the first field takes the focus when it opens. */
export function EntryForm({
  heading,
  onSubmit,
  children,
  focusRef,
}: {
  heading: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
  focusRef: RefObject<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null>;
}) {
  const focused = useRef(false);
  useEffect(() => {
    if (focused.current) return;
    focused.current = true;
    focusRef.current?.focus();
  }, [focusRef]);
  return (
    <form onSubmit={onSubmit} noValidate className="ot-form">
      <Heading level={3} data-size="xs">
        {heading}
      </Heading>
      {children}
    </form>
  );
}
