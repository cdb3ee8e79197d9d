import { useCallback, useEffect, useState } from 'react';

/**
 * Moves the focus to an element as soon as it is on the page: after a save, the element (a new
 * plan's heading, say) comes with the server's answer, which may render a moment later; after a
 * dialog has given the focus back to a button that is gone (a plan just signed has no "Signer").
 */
export function useFocusWhenShown(): (elementId: string) => void {
  const [target, setTarget] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!target) return;
    // Looked for after the render (and after a dialog has given the focus back), for at most two seconds.
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
  return useCallback((elementId: string) => setTarget({ id: elementId }), []);
}
