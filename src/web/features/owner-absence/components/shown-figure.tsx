import { useTranslation } from 'react-i18next';
import type { ShownFigureView } from '../../../../shared/owner-api';
import { useFormat } from '../../../i18n/format';

/**
 * A count as the owner sees it: the number; "<5" for a hidden 1–4; "≥ n" for a total with a hidden
 * part. The short sign is for the eye, the words for a screen reader.
 */
export function ShownFigure({ value, small }: { value: ShownFigureView; small: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (typeof value === 'number') return <>{format.number(value)}</>;
  const [sign, words] = value === null ? [`<${small}`, t('ownerAbsence.fewerThan', { count: small })] : [`≥ ${format.number(value.atLeast)}`, t('ownerAbsence.atLeast', { count: value.atLeast })];
  return (
    <>
      <span aria-hidden="true">{sign}</span>
      <span className="visually-hidden">{words}</span>
    </>
  );
}

/** Days, or a dash where they are not shown (too few cases behind them). */
export function ShownDays({ value }: { value: number | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (value !== null) return <>{format.number(value)}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('ownerAbsence.notShown')}</span>
    </>
  );
}
