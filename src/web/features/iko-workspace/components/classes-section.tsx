import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { IkoWorkspace } from '../../../../shared/workspace-api';
import { AppLink } from '../../../components/app-link';
import { paths } from '../../../lib/home-path';

/** The classes with their klasselærermøte; the navigation opens the workspace here (`#klasselaerermote`). */
export function ClassesSection({ workspace }: { workspace: IkoWorkspace }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="klasselaerermote">
      <Heading level={2} data-size="md" id="klasselaerermote">
        {t('ikoWorkspace.classes.heading')}
      </Heading>
      <Paragraph>{t('ikoWorkspace.classes.intro')}</Paragraph>
      {workspace.classes.length === 0 ? (
        <Paragraph>{t('schoolOverview.noClasses')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {workspace.classes.map((c) => (
            <li key={c.id}>
              <AppLink to={paths.classMeeting(c.id)}>{t('ikoWorkspace.classes.meetingFor', { group: c.name, count: c.students })}</AppLink>
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        <AppLink to={paths.schoolOverview(workspace.school.id)}>{t('ikoWorkspace.classes.overview')}</AppLink>
      </Paragraph>
    </section>
  );
}
