// The headline figures of the chosen unit and period, each with its change against earlier periods.
import { memo } from 'react';
import type { UnitFigures } from '../stats/figures';
import { formatCount, formatRate } from '../i18n/format';

import { sameBaselines, type ComparedFigure, type UnitComparison } from '../stats/compare';
import { sameFigures } from '../stats/same-figures';
import { KpiTile } from '../ui/kpi-tile';
import { useConfig } from '../ui/page-setup-gate';
import { useT } from '../ui/use-t';
import { useLang } from '../view/view-store';
import { ComparisonNote, KpiChanges } from './kpi-changes';

type Props = {
  figures: UnitFigures;

  /** The same unit over the year-earlier and previous periods; null says nothing is compared. */
  comparison?: UnitComparison | null;
};

/** Compared by value: a new document whose figures for this unit are the same re-renders none of the tiles. */
export const KpiRow = memo(function KpiRow({ figures, comparison = null }: Props) {
  const t = useT();
  const lang = useLang();
  const { onTimeTarget } = useConfig();
  const changes = (figure: ComparedFigure, prefix?: string, toneless?: boolean) =>
    comparison ? <KpiChanges figure={figure} figures={figures} comparison={comparison} prefix={prefix} toneless={toneless} /> : null;
  const n = (value: number) => formatCount(value, lang);
  const target = formatRate(Math.round(onTimeTarget * 10), lang);
  const belowTarget = figures.onTimeRate !== null && figures.onTimeRate < onTimeTarget * 10;
  return (
    <>
      <div className="kpi-row">
        <KpiTile
          label={t('kpi.received')}
          value={n(figures.received)}
          changes={changes('received')}
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
          changes={changes('resolved')}
          details={
            <p>
              {t('kpi.resolvedDetail', {
                early: n(figures.resolvedEarly),
                onTime: n(figures.resolvedOnTime),
                late: n(figures.resolvedLate),
              })}
            </p>
          }
        />
        <KpiTile
          label={t('kpi.onTimeRate')}
          value={formatRate(figures.onTimeRate, lang)}
          tone={figures.onTimeRate === null ? 'neutral' : belowTarget ? 'bad' : 'good'}
          badge={figures.onTimeRate === null ? undefined : belowTarget ? `⚠ ${t('kpi.belowTarget')}` : `✓ ${t('kpi.meetsTarget')}`}
          changes={changes('onTimeRate')}
          details={
            <>
              <p>{t('kpi.target', { target })}</p>
              <HowComputed text={t('kpi.onTimeHow')} />
            </>
          }
        />
        <KpiTile
          label={t('kpi.progressRate')}
          value={formatRate(figures.progressRate, lang)}
          changes={changes('progressRate')}
          details={
            <>
              <p>
                {t('kpi.progressDetail', {
                  count: n(figures.resolvedEarly + figures.resolvedOnTime + figures.pendingWithinDeadline),
                  total: n(figures.resolved + figures.pending),
                })}
              </p>
              <HowComputed text={t('kpi.progressHow')} />
            </>
          }
        />
        <KpiTile
          label={t('kpi.pending')}
          value={n(figures.pending)}
          tone={figures.pendingOverdue > 0 ? 'bad' : 'neutral'}
          changes={
            <>
              {/* Red only for what is overdue: with no overdue dossier, neither the tile nor its changes alarm. */}
              {changes('pending', undefined, figures.pendingOverdue === 0)}
              {changes('pendingOverdue', `${t('col.overdue')}: `, figures.pendingOverdue === 0)}
            </>
          }
          details={<p>{t('kpi.pendingDetail', { within: n(figures.pendingWithinDeadline), overdue: n(figures.pendingOverdue) })}</p>}
        />
        <KpiTile
          label={t('kpi.onlineRate')}
          value={formatRate(figures.onlineRate, lang)}
          changes={changes('onlineRate')}
          details={<p>{t('kpi.onlineDetail', { online: n(figures.receivedOnline), received: n(figures.received) })}</p>}
        />
      </div>
      {comparison ? <ComparisonNote comparison={comparison} /> : null}
    </>
  );
}, sameKpiProps);

/** A native disclosure: reachable and opened by keyboard, read by screen readers, printed open or closed as chosen. */
function HowComputed({ text }: { text: string }) {
  const t = useT();
  return (
    <details className="kpi-how">
      <summary>{t('kpi.howComputed')}</summary>
      <p>{text}</p>
    </details>
  );
}

function sameKpiProps(a: Props, b: Props): boolean {
  const sameComparison = a.comparison === b.comparison || (!!a.comparison && !!b.comparison && sameBaselines(a.comparison, b.comparison));
  return sameFigures(a.figures, b.figures) && sameComparison;
}
