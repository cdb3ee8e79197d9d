import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { OtStatusCode } from '../../../../domain/ot/ot-codes';

/** A status as the directorate writes it: the code, then its words ("OTOV Oppfølging og veiledning"). */
export function StatusText({ code }: { code: OtStatusCode }) {
  const { t } = useTranslation();
  return (
    <span className="ot-status">
      <span className="ot-status__code">{code}</span> {t(`ot.status.${code}`)}
    </span>
  );
}

/**
 * The list's one signal: the guardians of a minor have not yet had the written information
 * about the right to follow-up. Words, never colour alone.
 */
export function GuardiansMark() {
  const { t } = useTranslation();
  return (
    <Tag data-color="warning" data-size="sm" className="ot-mark">
      {t('ot.guardiansToInform.mark')}
    </Tag>
  );
}
