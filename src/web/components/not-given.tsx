import { useTranslation } from 'react-i18next';

/** An empty value: a dash to see, "not given" to hear. */
export function NotGiven() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('common.notGiven')}</span>
    </>
  );
}
