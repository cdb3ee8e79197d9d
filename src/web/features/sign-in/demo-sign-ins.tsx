import { Details, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getHealth } from '../../api/client';

/**
 * While the demo school is loaded (the server says so in /api/health; never otherwise), the
 * sign-in page names its accounts: one per role, all with the same published password.
 */
export function DemoSignIns({ onChoose }: { onChoose: (username: string, password: string) => void }) {
  const { t } = useTranslation();
  const health = useQuery({ queryKey: ['health'], queryFn: getHealth, staleTime: Infinity, retry: false });
  const demo = health.data?.demo;
  if (!demo || demo.accounts.length === 0) return null;
  return (
    <Details>
      <Details.Summary>{t('signIn.demo.summary')}</Details.Summary>
      <Details.Content>
        <div className="stack stack--tight">
          <Paragraph data-size="sm">{t('signIn.demo.intro', { password: demo.password })}</Paragraph>
          <ul className="demo-sign-ins">
            {demo.accounts.map((account) => (
              <li key={account.username}>
                <button type="button" className="demo-sign-ins__choose" onClick={() => onChoose(account.username, demo.password)}>
                  <span className="visually-hidden">{t('signIn.demo.fillIn')} </span>
                  <code>{account.username}</code>
                </button>{' '}
                – {t('signIn.demo.roleAt', { role: t(`role.${account.role}`), where: account.where })}
              </li>
            ))}
          </ul>
        </div>
      </Details.Content>
    </Details>
  );
}
