import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { createContext, useContext, useId, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { LiveStatus } from '../../../components/live-status';

type News = { section: string; text: string } | null;
const PageNewsContext = createContext<{ news: News; setNews: (news: News) => void } | null>(null);

/**
 * One piece of news for the whole page: what the last save did, shown in the section that saved
 * it, so that an older message in another section does not linger beside a newer one.
 */
export function PageNews({ children }: { children: ReactNode }) {
  const [news, setNews] = useState<News>(null);
  const value = useMemo(() => ({ news, setNews }), [news]);
  return <PageNewsContext.Provider value={value}>{children}</PageNewsContext.Provider>;
}

/**
 * The state of a section whose form opens from a button: which form is open (one at a time),
 * cancelling puts focus back on the button that opened it, saving closes the form, keeps the news
 * (what was saved) and puts focus on the section's heading. Inside PageNews, `section` names the
 * section in the page's one piece of news.
 */
export function useSectionForms<Form extends string>(section = 'section') {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [open, setOpen] = useState<Form | null>(null);
  const [ownNews, setOwnNews] = useState<News>(null);
  const page = useContext(PageNewsContext);
  const news = page ? page.news : ownNews;
  const setNews = page ? page.setNews : setOwnNews;
  return {
    headingRef,
    open,
    news: news?.section === section ? news.text : null,
    openForm: (form: Form, from?: HTMLElement | null) => {
      opener.current = from ?? null;
      setNews(null);
      setOpen(form);
    },
    cancel: () => {
      setOpen(null);
      requestAnimationFrame(() => (opener.current?.isConnected ? opener.current.focus() : headingRef.current?.focus()));
    },
    saved: (text: string) => {
      setOpen(null);
      setNews({ section, text });
      requestAnimationFrame(() => headingRef.current?.focus());
    },
  };
}

/** A section of OT's pages: its heading (focusable, for after a change), intro and the news of the last change. */
export function OtSection({
  headingRef,
  heading,
  intro,
  news,
  children,
  className,
}: {
  headingRef?: RefObject<HTMLHeadingElement | null>;
  heading: string;
  intro?: ReactNode;
  news?: string | null | false;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section className={className ? `ot-section ${className}` : 'ot-section'} aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {heading}
      </Heading>
      {intro && <Paragraph>{intro}</Paragraph>}
      {news !== undefined && (
        <LiveStatus>
          {news && (
            <Alert data-color="success">
              <Paragraph>{news}</Paragraph>
            </Alert>
          )}
        </LiveStatus>
      )}
      {children}
    </section>
  );
}
