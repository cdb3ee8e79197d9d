import type { ReactNode } from 'react';
import type { PlanKind } from '../../../../domain/plans/plan-content';
import type { PlanContent } from '../plan-drafts';
import { AktivitetsplanFields } from './aktivitetsplan-fields';
import { OppfolgingsplanFields } from './oppfolgingsplan-fields';
import type { FieldKit } from './plan-field-kit';
import { TiltaksplanFields } from './tiltaksplan-fields';
import { UkeplanFields } from './ukeplan-fields';

/** The fields of the plan's kind; `ukeplanAdvice` goes above an ukeplan's. */
export function PlanFields({
  kind,
  content,
  onChange,
  kit,
  ukeplanAdvice,
}: {
  kind: PlanKind;
  content: PlanContent;
  onChange: (next: PlanContent) => void;
  kit: FieldKit;
  ukeplanAdvice: ReactNode;
}) {
  return (
    <>
      {kind === 'tiltaksplan' && <TiltaksplanFields content={content as PlanContent<'tiltaksplan'>} onChange={onChange} kit={kit} />}
      {kind === 'oppfolgingsplan' && <OppfolgingsplanFields content={content as PlanContent<'oppfolgingsplan'>} onChange={onChange} kit={kit} />}
      {kind === 'aktivitetsplan' && <AktivitetsplanFields content={content as PlanContent<'aktivitetsplan'>} onChange={onChange} kit={kit} />}
      {kind === 'ukeplan' && <UkeplanFields content={content as PlanContent<'ukeplan'>} onChange={onChange} kit={kit} advice={ukeplanAdvice} />}
    </>
  );
}
