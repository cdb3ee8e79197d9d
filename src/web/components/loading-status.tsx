import { Paragraph, Spinner } from '@digdir/designsystemet-react';

/** A polite status message while something loads; screen readers announce the text. */
export function LoadingStatus({ text }: { text: string }) {
  return (
    <div role="status" className="loading-status">
      <Spinner aria-hidden data-size="sm" />
      <Paragraph>{text}</Paragraph>
    </div>
  );
}
