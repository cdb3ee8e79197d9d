import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { readRoleLabel } from '../../domain/people/role-label';

/**
 * A stored role label ("Kontaktlærer 1STA", "Elev", "Foresatt") in the reader's language; a
 * label Varde does not know (a free "mor") is shown as it was written.
 */
export function useRoleLabel(): (text: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (text: string) => {
      const label = readRoleLabel(text);
      if (!label) return text;
      const role = t(`roleLabel.${label.code}`);
      return label.detail ? t('roleLabel.withDetail', { role, detail: label.detail }) : role;
    },
    [t],
  );
}
