import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A small form's buttons: submit (saying it saves while it does, and keeping its focus) and cancel. */
export function FormButtons({ pending, text, pendingText, onCancel }: { pending: boolean; text: string; pendingText: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Button type="submit" data-size="sm" loading={pending} aria-disabled={pending || undefined}>
        {pending ? pendingText : text}
      </Button>
      <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </div>
  );
}
