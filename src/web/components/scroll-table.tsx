import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on narrow screens; the region can be reached with the
 * keyboard and is named by the table's caption.
 */
export function ScrollTable({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </div>
  );
}
