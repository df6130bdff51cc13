import type { ReactNode } from 'react';

type Props = {
  label: string;
  value: string;
  details?: ReactNode;
  tone?: 'neutral' | 'good' | 'bad';
  /** Said in words beside the colour, so the state never rests on colour alone. */
  badge?: string | undefined;
  /** How the value moved against earlier periods, in arrows and words. */
  changes?: ReactNode;
};

export function KpiTile({ label, value, details, tone = 'neutral', badge, changes }: Props) {
  return (
    <section className={`kpi-tile kpi-tile--${tone}`} aria-label={label}>
      <h3 className="kpi-tile__label">{label}</h3>
      <p className="kpi-tile__value">{value}</p>
      {badge ? <p className="kpi-tile__badge">{badge}</p> : null}
      {changes}
      {details ? <div className="kpi-tile__details">{details}</div> : null}
    </section>
  );
}
