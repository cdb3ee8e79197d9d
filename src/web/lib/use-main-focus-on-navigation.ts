import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After navigating inside the app (the staff's or the home's), focus moves to <main> so that keyboard and screen-reader
 * users start at the new page's content, as after a full page load.
 */
export function useMainFocusOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}
