import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Term } from '../../shared/api';
import { useFormat } from '../i18n/format';

/** Which term the absence figures cover: from the start of the term up to today. */
export function TermSummary({ term }: { term: Term | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!term) return <Paragraph>{t('term.none')}</Paragraph>;
  return (
    <Paragraph>
      {t('term.summary', { term: term.name, from: format.date(term.startsOn), to: format.date(term.endsOn) })}
    </Paragraph>
  );
}
