import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { implementationSteps } from '../../../../domain/leadership/measure-implementation';
import type { ImplementationView } from '../../../../shared/leadership-api';

/**
 * The funnel as pictures: the school's six steps as bars that shrink where students stop, and the
 * same steps side by side per class. Hidden from screen readers: the tables beside it hold the
 * same figures (implementation-section.tsx). The colours go from dark to light along the chain,
 * and the legend and the labels name them, so colour is never the only cue.
 */
const stepColours = ['#1e3a8a', '#1d4ed8', '#2563eb', '#3b82f6', '#60a5fa', '#93c5fd'] as const;

export function FunnelChart({ view }: { view: ImplementationView }) {
  const { t } = useTranslation();
  const school = implementationSteps.map((step) => ({ step: t(`leadership.step.${step}`), count: view.total.steps[step].length }));
  const classes = view.classes.map((c) => ({
    name: c.name,
    ...Object.fromEntries(implementationSteps.map((step) => [step, c.figures.steps[step].length])),
  }));
  return (
    <div className="leadership-charts" aria-hidden="true">
      <div className="leadership-chart">
        <p className="leadership-chart__title">{t('leadership.implementation.chartSchool')}</p>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={school} layout="vertical" margin={{ left: 8, right: 40, top: 4, bottom: 4 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="step" width={170} />
            <Bar dataKey="count" isAnimationActive={false}>
              {school.map((entry, index) => (
                <Cell key={entry.step} fill={stepColours[index]} />
              ))}
              <LabelList dataKey="count" position="right" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      {classes.length > 0 && (
        <div className="leadership-chart">
          <p className="leadership-chart__title">{t('leadership.implementation.chartClasses')}</p>
          <ResponsiveContainer width="100%" height={320}>
            <BarChart data={classes} margin={{ left: 0, right: 8, top: 16, bottom: 4 }} accessibilityLayer={false}>
              <CartesianGrid vertical={false} strokeDasharray="3 3" />
              <XAxis dataKey="name" />
              <YAxis allowDecimals={false} />
              <Legend />
              {implementationSteps.map((step, index) => (
                <Bar key={step} dataKey={step} name={t(`leadership.step.${step}`)} fill={stepColours[index]} isAnimationActive={false}>
                  <LabelList dataKey={step} position="top" fontSize={11} />
                </Bar>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </div>
  );
}
