import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/app-link';
import { useDocumentTitle } from '../../../components/use-document-title';
import { homePaths } from '../home-paths';

/** A path under /hjem that is no page: said in the home's own frame, with the way back. */
export function HomeNotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.notFound.title'));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('home.notFound.title')}
      </Heading>
      <Paragraph>{t('home.notFound.text')}</Paragraph>
      <Paragraph>
        <AppLink to={homePaths.start}>{t('home.notFound.back')}</AppLink>
      </Paragraph>
    </div>
  );
}
