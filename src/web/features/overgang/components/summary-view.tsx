import { Link } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OvergangSummaryBody } from '../../../../shared/overgang-api';
import { NotGiven } from '../../../components/not-given';

/**
 * A follow-up summary as the next school reads it: the causes, the measures that helped, whom to
 * contact and how, and the note. The same on both sides, so that the former school sees what it
 * passes on. `children` come first in the box (who prepared it, the consent).
 */
export function SummaryView({ summary, children }: { summary: OvergangSummaryBody; children?: ReactNode }) {
  const { t } = useTranslation();
  const { contactPerson: contact } = summary;
  return (
    <div className="overgang-summary stack stack--tight">
      {children}
      <dl className="flag-facts">
        <div className="flag-facts__wide">
          <dt>{t('overgang.summary.causes')}</dt>
          <dd>
            <Lines items={summary.causes} />
          </dd>
        </div>
        <div className="flag-facts__wide">
          <dt>{t('overgang.summary.helped')}</dt>
          <dd>
            <Lines items={summary.helped} />
          </dd>
        </div>
        <div>
          <dt>{t('overgang.summary.contactPerson')}</dt>
          <dd>{contact.name ? (contact.role ? t('overgang.summary.nameAndRole', { name: contact.name, role: contact.role }) : contact.name) : <NotGiven />}</dd>
        </div>
        <div>
          <dt>{t('overgang.summary.phone')}</dt>
          <dd>{contact.phone ? <Link href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</Link> : <NotGiven />}</dd>
        </div>
        <div>
          <dt>{t('overgang.summary.email')}</dt>
          <dd>{contact.email ? <Link href={`mailto:${contact.email}`}>{contact.email}</Link> : <NotGiven />}</dd>
        </div>
        <div className="flag-facts__wide">
          <dt>{t('overgang.summary.note')}</dt>
          <dd>{summary.note ?? <NotGiven />}</dd>
        </div>
      </dl>
    </div>
  );
}

function Lines({ items }: { items: readonly string[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <>{t('overgang.summary.noneListed')}</>;
  return (
    <ul>
      {items.map((item, i) => (
        <li key={`${i}:${item}`}>{item}</li>
      ))}
    </ul>
  );
}
