import type { ReactNode } from 'react';

/**
 * A polite live region that is in the page from the start, so that screen readers announce what
 * is put into it later (the result of saving, for example). Empty until there is news.
 */
export function LiveStatus({ children, className }: { children?: ReactNode; className?: string }) {
  return (
    <div role="status" className={className ? `live-status ${className}` : 'live-status'}>
      {children}
    </div>
  );
}
