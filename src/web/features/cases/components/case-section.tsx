import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type ReactNode } from 'react';
import { LiveStatus } from '../../../components/live-status';

/**
 * The state of a case-page section whose form opens from a button: cancelling puts focus back on
 * the button, saving closes the form, keeps the news (what was saved) and puts focus on the heading.
 */
export function useSectionForm<News = true>({ keepNewsOnOpen = false }: { keepNewsOnOpen?: boolean } = {}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [news, setNews] = useState<News | null>(null);
  return {
    headingRef,
    toggleRef,
    formOpen,
    news,
    setNews,
    openForm: () => {
      if (!keepNewsOnOpen) setNews(null);
      setFormOpen(true);
    },
    cancel: () => {
      setFormOpen(false);
      requestAnimationFrame(() => toggleRef.current?.focus());
    },
    saved: (what: News) => {
      setFormOpen(false);
      setNews(what);
      requestAnimationFrame(() => headingRef.current?.focus());
    },
  };
}

export type SectionForm = Pick<ReturnType<typeof useSectionForm>, 'headingRef' | 'toggleRef' | 'formOpen' | 'openForm'>;

/** A section of the case page: its heading (focusable, for after a change), intro and the news of the last change. */
export function CaseSection({
  section: { headingRef },
  heading,
  intro,
  news,
  children,
}: {
  section: Pick<SectionForm, 'headingRef'>;
  heading: string;
  intro: string;
  news: string | null | false;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className="case-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      <LiveStatus>
        {news && (
          <Alert data-color="success">
            <Paragraph>{news}</Paragraph>
          </Alert>
        )}
      </LiveStatus>
      {children}
    </section>
  );
}

/** The section's form when open (`children`), otherwise the button that opens it. */
export function SectionFormToggle({
  section: { formOpen, openForm, toggleRef },
  label,
  variant = 'secondary',
  children,
}: {
  section: SectionForm;
  label: string;
  variant?: 'primary' | 'secondary';
  children: ReactNode;
}) {
  if (formOpen) return children;
  return (
    <div>
      <Button ref={toggleRef} variant={variant} onClick={openForm}>
        {label}
      </Button>
    </div>
  );
}
