import { Button } from '@digdir/designsystemet-react';

/**
 * A form's submit button that says it is saving while it is: aria-disabled rather than disabled,
 * so that it keeps its focus and is still announced.
 */
export function SubmitButton({ pending, text, pendingText }: { pending: boolean; text: string; pendingText: string }) {
  return (
    <div>
      <Button type="submit" loading={pending} aria-disabled={pending || undefined}>
        {pending ? pendingText : text}
      </Button>
    </div>
  );
}
