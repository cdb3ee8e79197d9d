import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../components/app-link';
import { useDocumentTitle } from '../components/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('notFound.title')}
      </Heading>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('common.toStart')}</AppLink>
      </Paragraph>
    </div>
  );
}
