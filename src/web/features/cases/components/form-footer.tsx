import { Button } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FailureDetail } from '../../../api/client';
import { FormFailure } from './form-problems';

/**
 * The end of a case form: the request's failure (FormFailure), then submit, busy while the request
 * runs, and cancel. `children` go between the failure and the buttons.
 */
export function FormFooter({
  error,
  fields,
  texts,
  explain,
  pending,
  submitText,
  pendingText,
  onCancel,
  danger = false,
  canSubmit = true,
  children,
}: {
  error: unknown;
  fields: readonly string[];
  texts?: Partial<Record<string, string>>;
  /** Another feature's words for the problems it knows (FormFailure). */
  explain?: (detail: FailureDetail) => string | null;
  pending: boolean;
  submitText: string;
  pendingText: string;
  onCancel: () => void;
  danger?: boolean;
  canSubmit?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormFailure error={error} fields={fields} texts={texts} explain={explain} />
      {children}
      <div className="button-row">
        {canSubmit && (
          <Button type="submit" data-color={danger ? 'danger' : undefined} loading={pending} aria-disabled={pending || undefined}>
            {pending ? pendingText : submitText}
          </Button>
        )}
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </>
  );
}
