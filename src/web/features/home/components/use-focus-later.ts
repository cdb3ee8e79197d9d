import { useEffect, useState } from 'react';

/**
 * Moves the focus to an element once it is in the page: after a dialog has closed and given the
 * focus back to a button that is no longer there (a plan just signed has no "Signer"), the
 * reading position goes to the plan's heading instead of the top of the page.
 */
export function useFocusLater(): (elementId: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!target) return;
    // Looked for after the render and the dialog's own focus handling, for at most two seconds.
    const started = Date.now();
    const timer = window.setInterval(() => {
      const found = document.getElementById(target.id);
      if (found || Date.now() - started > 2000) {
        window.clearInterval(timer);
        found?.focus();
        setTarget(null);
      }
    }, 30);
    return () => window.clearInterval(timer);
  }, [target]);
  return (id) => setTarget({ id });
}
