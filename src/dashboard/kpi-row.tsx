// The five headline figures of the chosen unit and period.
import { memo } from 'react';
import type { UnitFigures } from '../stats/figures';
import { formatCount, formatRate, type Lang } from '../stats/format';
import { sameFigures } from '../stats/same-figures';
import { KpiTile } from '../ui/kpi-tile';
import type { Translate } from '../ui/use-t';

type Props = { figures: UnitFigures; lang: Lang; t: Translate; onTimeTarget: number };

/** Compared by value: a new document whose figures for this unit are the same re-renders none of the tiles. */
export const KpiRow = memo(function KpiRow({ figures, lang, t, onTimeTarget }: Props) {
  const n = (value: number) => formatCount(value, lang);
  const target = formatRate(Math.round(onTimeTarget * 10), lang);
  const belowTarget = figures.onTimeRate !== null && figures.onTimeRate < onTimeTarget * 10;
  return (
    <div className="kpi-row">
      <KpiTile
        label={t('kpi.received')}
        value={n(figures.received)}
        details={
          <>
            <p>
              {t('kpi.receivedDetail', {
                online: n(figures.receivedOnline),
                direct: n(figures.receivedDirect),
                postal: n(figures.receivedPostal),
              })}
            </p>
            <p>{t('kpi.carriedOver', { count: n(figures.carriedOver) })}</p>
          </>
        }
      />
      <KpiTile
        label={t('kpi.resolved')}
        value={n(figures.resolved)}
        details={
          <p>
            {t('kpi.resolvedDetail', { early: n(figures.resolvedEarly), onTime: n(figures.resolvedOnTime), late: n(figures.resolvedLate) })}
          </p>
        }
      />
      <KpiTile
        label={t('kpi.onTimeRate')}
        value={formatRate(figures.onTimeRate, lang)}
        tone={figures.onTimeRate === null ? 'neutral' : belowTarget ? 'bad' : 'good'}
        badge={figures.onTimeRate === null ? undefined : belowTarget ? `▼ ${t('kpi.belowTarget')}` : `✓ ${t('kpi.meetsTarget')}`}
        details={<p>{t('kpi.target', { target })}</p>}
      />
      <KpiTile
        label={t('kpi.pending')}
        value={n(figures.pending)}
        tone={figures.pendingOverdue > 0 ? 'bad' : 'neutral'}
        details={<p>{t('kpi.pendingDetail', { within: n(figures.pendingWithinDeadline), overdue: n(figures.pendingOverdue) })}</p>}
      />
      <KpiTile
        label={t('kpi.onlineRate')}
        value={formatRate(figures.onlineRate, lang)}
        details={<p>{t('kpi.onlineDetail', { online: n(figures.receivedOnline), received: n(figures.received) })}</p>}
      />
    </div>
  );
}, sameKpiProps);

function sameKpiProps(a: Props, b: Props): boolean {
  return a.lang === b.lang && a.t === b.t && a.onTimeTarget === b.onTimeTarget && sameFigures(a.figures, b.figures);
}
