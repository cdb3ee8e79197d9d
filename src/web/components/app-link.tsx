import { Link } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

/** A Designsystemet link that navigates inside the app. */
export function AppLink({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  return (
    <Link asChild className={className}>
      <RouterLink to={to}>{children}</RouterLink>
    </Link>
  );
}
