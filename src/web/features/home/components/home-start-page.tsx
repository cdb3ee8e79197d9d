import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { AppLink } from '../../../components/app-link';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useHomeSession } from '../api/use-home';
import { homePaths, landingPath } from '../home-paths';

/** `/hjem`: the students the person may see; straight to the one page when there is nothing to choose. */
export function HomeStartPage() {
  const { t } = useTranslation();
  const session = useHomeSession();
  useDocumentTitle(t('home.students.title'));
  const landing = landingPath(session);
  if (landing) return <Navigate to={landing} replace />;

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('home.students.heading')}
      </Heading>
      {session.students.length === 0 ? (
        <Paragraph>{t('home.students.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('home.students.intro')}</Paragraph>
          <ul className="home-card-list">
            {session.students.map((student) => (
              <li key={student.id}>
                <Card data-color="neutral" className="stack stack--tight">
                  <Heading level={2} data-size="sm">
                    <AppLink to={homePaths.student(student.id)}>{student.name}</AppLink>
                  </Heading>
                  <Paragraph data-size="sm">{student.schoolName}</Paragraph>
                  {student.basis === 'consent' && <Paragraph data-size="sm">{t('home.students.consent', { name: student.name })}</Paragraph>}
                </Card>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
