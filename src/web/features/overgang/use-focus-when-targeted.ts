import { useEffect, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * A section the page was opened at (`/elever/:id#fra-forrige-skole`, from the IKO intake list):
 * scrolled to and its heading focused once it is shown — it comes after the page's own loading,
 * so the browser cannot find it by itself.
 */
export function useFocusWhenTargeted(id: string, shown: boolean, heading: RefObject<HTMLElement | null>) {
  const { hash } = useLocation();
  const targeted = decodeURIComponent(hash.slice(1)) === id;
  useEffect(() => {
    if (!shown || !targeted || !heading.current) return;
    heading.current.scrollIntoView();
    heading.current.focus({ preventScroll: true });
  }, [shown, targeted, heading]);
}
