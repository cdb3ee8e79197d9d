import { Button } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag } from '../../../../shared/api';
import { OpenAvklaringForm } from './open-avklaring-form';

/**
 * "Avklaringssamtale med OT": a button that opens the form for a clarification case (from the
 * student's page, a flag or an open case); cancelling puts focus back on the button.
 */
export function OpenAvklaringButton({
  studentId,
  flag,
  fromCaseId,
  headingLevel,
  size,
  describedBy,
}: {
  studentId: string;
  flag?: Flag;
  fromCaseId?: string;
  headingLevel?: 2 | 3 | 4 | 5;
  size?: 'sm' | 'md';
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const [opening, setOpening] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  if (opening) {
    return (
      <OpenAvklaringForm
        studentId={studentId}
        flag={flag}
        fromCaseId={fromCaseId}
        headingLevel={headingLevel}
        onCancel={() => {
          setOpening(false);
          requestAnimationFrame(() => buttonRef.current?.focus());
        }}
      />
    );
  }
  return (
    <div>
      <Button ref={buttonRef} variant="secondary" data-size={size} aria-describedby={describedBy} onClick={() => setOpening(true)}>
        {t('otAvklaring.open.button')}
      </Button>
    </div>
  );
}
