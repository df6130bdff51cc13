// The change of one headline figure against the year earlier and the previous period, in arrows and words.
import {
  changeDirection,
  changeTone,
  figureChange,
  type Baseline,
  type ComparedFigure,
  type FigureChange,
  type UnitComparison,
} from '../stats/compare';
import { formatTenthsMagnitude } from '../i18n/format';
import type { UnitFigures } from '../stats/figures';
import { formatCount, formatMonth, formatRate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { monthOfYear, monthYear } from '../feed/month';
import type { MonthRange } from '../stats/period';
import { useT, type Translate } from '../ui/use-t';
import { useLang } from '../view/view-store';

const ARROWS = { up: '▲', down: '▼', same: '=' } as const;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function magnitude(change: FigureChange, lang: Lang, t: Translate): string {
  if (change.kind === 'relative') return t('compare.percent', { value: formatTenthsMagnitude(change.tenths, lang) });
  if (change.kind === 'points') return t('compare.points', { value: formatTenthsMagnitude(change.tenths, lang) });
  if (change.kind === 'absolute') return t('compare.dossiers', { value: formatCount(Math.abs(change.delta), lang) });
  return '';
}

function thenValue(figure: ComparedFigure, figures: UnitFigures, lang: Lang): string {
  const value = figures[figure];
  return figure === 'onTimeRate' || figure === 'onlineRate' || figure === 'progressRate'
    ? formatRate(value as number | null, lang)
    : formatCount(value as number, lang);
}

type Line = { key: string; tone: 'good' | 'bad' | 'neutral'; arrow: string | null; hidden: string | null; text: string };

function lineOf(figure: ComparedFigure, change: FigureChange, baseline: Baseline, prefix: string, lang: Lang, t: Translate): Line {
  const basis = t(baseline.basis === 'yearAgo' ? 'compare.basis.yearAgo' : 'compare.basis.previous');
  const key = `${baseline.basis}|${prefix}`;
  const direction = changeDirection(change);
  // The year-earlier figure itself, beside its change: "▲ 41,6% so với cùng kỳ năm trước (9.190)".
  const then =
    baseline.status === 'ok' && baseline.basis === 'yearAgo' && direction !== null
      ? ` (${t('dash11.compare.then', { value: thenValue(figure, baseline.figures, lang) })})`
      : '';
  if (direction === 'same') {
    // After a prefix, words alone: "Quá hạn: không đổi so với …", not "Quá hạn: = Không đổi so với …".
    const text = `${t('compare.same')} ${basis}${then}`;
    return prefix
      ? { key, tone: 'neutral', arrow: null, hidden: null, text: text.charAt(0).toLocaleLowerCase(lang) + text.slice(1) }
      : { key, tone: 'neutral', arrow: ARROWS.same, hidden: null, text };
  }
  if (direction) {
    return {
      key,
      tone: changeTone(figure, change),
      arrow: ARROWS[direction],
      hidden: t(direction === 'up' ? 'compare.up' : 'compare.down'),
      text: `${magnitude(change, lang, t)} ${basis}${then}`,
    };
  }
  const text =
    change.kind === 'no-rate'
      ? t('compare.noRate', { basis })
      : change.kind === 'missing' && change.reason === 'current'
        ? t('compare.currentGap')
        : t(baseline.basis === 'yearAgo' ? 'compare.missing.yearAgo' : 'compare.missing.previous');
  return { key, tone: 'neutral', arrow: null, hidden: null, text: prefix ? text : capitalize(text) };
}

type Props = {
  figure: ComparedFigure;
  figures: UnitFigures;
  comparison: UnitComparison;
  /** Said before each line when the tile compares a second figure ("Quá hạn: "). */
  prefix?: string;
  /** Grey whatever the direction: more dossiers in progress is no alarm while none of them is overdue. */
  toneless?: boolean;
};

/** One line per comparison; a flow of a period still running says once that it is not compared, and why. */
export function KpiChanges({ figure, figures, comparison, prefix = '', toneless = false }: Props) {
  const t = useT();
  const lang = useLang();
  const lines: Line[] = [];
  let running = false;
  let currentGap = false;
  for (const baseline of comparison.baselines) {
    const change = figureChange(figure, figures, baseline, comparison.running);
    if (change.kind === 'running') running = true;
    else if (change.kind === 'missing' && change.reason === 'current') {
      if (!currentGap) lines.push(lineOf(figure, change, baseline, prefix, lang, t));
      currentGap = true;
    } else lines.push(lineOf(figure, change, baseline, prefix, lang, t));
  }
  if (running && comparison.running !== null) {
    lines.push({
      key: 'running',
      tone: 'neutral',
      arrow: null,
      hidden: null,
      text: t('compare.running', { month: formatMonth(comparison.running, lang) }),
    });
  }
  if (lines.length === 0) return null;
  return (
    <ul className="kpi-changes">
      {lines.map((line) => (
        <li key={line.key} className={`kpi-change kpi-change--${toneless ? 'neutral' : line.tone}`}>
          {prefix}
          {line.arrow ? (
            <>
              <span aria-hidden="true" className="kpi-change__arrow">
                {line.arrow}
              </span>{' '}
            </>
          ) : null}
          {line.hidden ? <span className="visually-hidden">{line.hidden} </span> : null}
          {line.text}
        </li>
      ))}
    </ul>
  );
}

/** "tháng 7/2025", "tháng 2–12/2025", "tháng 12/2025–5/2026". */
export function rangeLabel(range: MonthRange, lang: Lang): string {
  if (range.from === range.to) return formatMonth(range.from, lang);
  const fromYear = monthYear(range.from);
  const toYear = monthYear(range.to);
  if (lang === 'vi') {
    return fromYear === toYear
      ? `tháng ${monthOfYear(range.from)}–${monthOfYear(range.to)}/${toYear}`
      : `tháng ${monthOfYear(range.from)}/${fromYear}–${monthOfYear(range.to)}/${toYear}`;
  }
  return `${formatMonth(range.from, lang)} – ${formatMonth(range.to, lang)}`;
}

/** Which months each comparison covers, said once under the tiles so that every arrow can be checked. */
export function ComparisonNote({ comparison }: { comparison: UnitComparison }) {
  const t = useT();
  const lang = useLang();
  // Only the comparisons made: months with no figures are said on each tile, not offered here as a basis.
  const made = comparison.baselines.filter((baseline) => baseline.status === 'ok');
  if (made.length === 0) return null;
  const parts = made.map((baseline) =>
    t(baseline.basis === 'yearAgo' ? 'compare.note.yearAgo' : 'compare.note.previous', { months: rangeLabel(baseline.range, lang) }),
  );
  // A period that reaches a month still running: the feed has months, not days, so the same days of last year cannot be
  // taken. Say what is compared instead of letting "tháng 1–12/2025" pass for like with like.
  const yearAgo = made.find((baseline) => baseline.basis === 'yearAgo');
  const running =
    comparison.running !== null && yearAgo
      ? ` ${capitalize(
          t('dash11.compare.runningNote', {
            month: formatMonth(comparison.running, lang),
            lastYear: formatMonth(comparison.running - 12, lang),
          }),
        )}`
      : '';
  return (
    <p className="kpi-compare-note">
      {t('compare.note', { parts: parts.join('; ') })}
      {running}
    </p>
  );
}
