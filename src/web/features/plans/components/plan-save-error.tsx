import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isApiFailure } from '../../../api/client';
import { ApiErrorText } from '../../../components/api-error-alert';

/**
 * Why a plan was not saved, when it is not a problem at a field: someone changed the plan
 * meanwhile (with the way to start again from the newest version), no right to change it, or
 * the error as it came.
 */
export function PlanSaveError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  const failure = isApiFailure(error) ? error : null;
  return (
    <Alert data-color={failure?.code === 'conflict' || failure?.code === 'forbidden' ? 'warning' : 'danger'} role="alert" className="stack stack--tight">
      {failure?.code === 'conflict' ? (
        <>
          <Paragraph>{t('plans.editor.conflict')}</Paragraph>
          <div>
            <Button type="button" variant="secondary" data-size="sm" onClick={onReload}>
              {t('plans.editor.reload')}
            </Button>
          </div>
        </>
      ) : failure?.code === 'forbidden' ? (
        <Paragraph>{t('plans.editor.forbidden')}</Paragraph>
      ) : (
        <ApiErrorText error={error} />
      )}
    </Alert>
  );
}
