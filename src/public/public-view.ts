// What public.html shows for a unit and period, from the engine: the sentence, the rank among units of its kind,
// overdue and due-soon dossiers, the months' rates. Pure: no DOM, no fetch.
import type { FeedModel, UnitNode } from '../feed/feed-model';
import { findField, forField } from '../feed/field-view';
import { formatCount, formatDateTime, formatMonth, formatRate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { overdueWords } from '../i18n/overdue-words';
import { formatPeriodLabel, periodAsLead, runningDayOf } from '../i18n/period-label';
import { translate } from '../i18n/public-messages';
import { translateAround } from '../i18n/translate';
import { unitName } from '../i18n/unit-name';
import type { UnitFigures } from '../stats/figures';
import type { Period } from '../stats/period';
import { monthlyTrend, periodFigures, type PeriodFigures } from '../stats/roll-up';
import { unitPeriodFigures } from '../stats/unit-period-figures';
import type { FederationStatus } from '../queries/federation-status';
import type * as National from '../view/national-words';

export type PublicChoice = { unitId: string | null; fieldId?: string | null; period: Period; lang: Lang };

export type Rank = { rank: number; total: number };

export type PublicScreen =
  | { kind: 'message'; text: string; alert?: boolean }
  | {
      kind: 'figures';
      heading: string;
      period: string;
      lead: { before: string; rate: string | null; after: string };
      /** On-time share (0–100) and the target for the bar, as on the widget. */
      onTimeShare: number | null;
      target: number;
      /** "Mục tiêu 95,0%": the mark on the bar in words. */
      targetWords: string;
      facts: string[];
      rank: string | null;
      trend: { title: string; months: Array<{ text: string; share: number | null }> };
      /** dateTime '' on a national view: the value is then the span of its provinces' times, not one moment. */
      updated: { label: string; value: string; dateTime: string };
      staleNote: string | null;
      /** A national view lacking provinces, or holding some old: which and since when. */
      partial?: string | null;
    };

/**
 * The unit's place among every unit of the same kind in the document, by on-time rate, best first; units with equal
 * rates share a place (1, 2, 2, 4). Units that resolved nothing have no rate and no place; null then, or for the root.
 */
export function rankAmongKind(model: FeedModel, figures: PeriodFigures, unit: UnitNode): Rank | null {
  const own = figures.get(unit.id)?.onTimeRate ?? null;
  if (own === null || unit.synthetic) return null;
  let total = 0;
  let better = 0;
  for (const other of model.units.values()) {
    if (other.kind !== unit.kind || other.synthetic) continue;
    const rate = figures.get(other.id)?.onTimeRate ?? null;
    if (rate === null) continue;
    total += 1;
    if (rate > own) better += 1;
  }
  return total > 1 ? { rank: better + 1, total } : null;
}

function kindWords(unit: UnitNode, lang: Lang): string {
  const kind = unit.kind === 'commune' || unit.kind === 'department' || unit.kind === 'province' ? unit.kind : 'other';
  return translate(lang, `public.kind.${kind}`);
}

export type PublicClock = { timeZone: string; onTimeTarget: number; staleAfterSeconds?: number; now?: number };

/** The provinces' states of a national view, and its words (view/national-words.ts, loaded when an index answered). */
export type PublicNational = { status: FederationStatus; words: typeof National };

export function publicScreen(
  model: FeedModel,
  error: unknown,
  choice: PublicChoice,
  clock: PublicClock,
  national?: PublicNational,
): PublicScreen {
  const { lang } = choice;
  const fieldId = choice.fieldId ?? null;
  const field = fieldId === null ? null : findField(model, fieldId);
  if (fieldId !== null && !field) return { kind: 'message', alert: true, text: translate(lang, 'field.unknown', { field: fieldId }) };
  const scoped = forField(model, fieldId);
  const view = unitPeriodFigures(scoped, choice.unitId, choice.period);
  if (view.status === 'unknown-unit')
    return { kind: 'message', alert: true, text: translate(lang, 'widget.unknownUnit', { unit: view.unitId }) };
  const name = unitName(view.unit, lang);
  if (view.status === 'no-months' || view.figures.rowCount === 0) {
    return { kind: 'message', text: translate(lang, 'summary.noData', { unit: name, period: formatPeriodLabel(view.resolved, lang) }) };
  }
  const { figures, resolved } = view;
  const { timeZone } = clock;
  const federation = national
    ? national.words.nationalWords(model, national.status, view.unit.id, {
        lang,
        timeZone,
        nowMs: clock.now ?? Date.now(),
        staleAfterSeconds: clock.staleAfterSeconds ?? Infinity,
      })
    : null;
  // A unit inside one province is as recent as that province's document, not the newest of the view.
  const generated = federation?.own ?? { ms: model.generatedAtMs, iso: model.generatedAt };
  const runningDay = runningDayOf(resolved, generated.ms, lang, timeZone);
  const period = periodAsLead(formatPeriodLabel(resolved, lang), resolved, lang, runningDay);
  const words = { period, unit: name, field: field?.name ?? '' };
  const rate = figures.onTimeRate;
  const lead =
    rate === null
      ? { before: translate(lang, field ? 'field.summaryNoneResolved' : 'summary.noneResolved', words), rate: null, after: '' }
      : { ...translateAround(translate, lang, field ? 'field.summaryLead' : 'summary.lead', words, 'rate'), rate: formatRate(rate, lang) };
  const rank = rankAmongKind(scoped, periodFigures(scoped, resolved.range), view.unit);
  const time = formatDateTime(generated.ms, lang, timeZone);
  return {
    kind: 'figures',
    heading: name,
    // A month still running is said to the day, in the heading as in the sentence.
    period: runningDay === null ? formatPeriodLabel(resolved, lang) : period,
    lead,
    onTimeShare: rate === null ? null : rate / 10,
    target: clock.onTimeTarget,
    targetWords: translate(lang, 'widget.target', { rate: formatRate(Math.round(clock.onTimeTarget * 10), lang) }),
    facts: facts(figures, runningDay !== null, model, lang),
    rank: rank ? translate(lang, 'public.rank', { rank: rank.rank, total: rank.total, kind: kindWords(view.unit, lang) }) : null,
    trend: {
      title: translate(lang, 'public.trend'),
      months: monthlyTrend(scoped, view.unit.id, resolved.range).map((point) => {
        const name = formatMonth(point.month, lang);
        const month = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
        const partial = runningDay !== null && point.month === resolved.range.to ? ` ${translate(lang, 'public.partialMonth')}` : '';
        const share = point.figures.onTimeRate;
        return share === null
          ? { text: translate(lang, 'public.trendNone', { month: `${month}${partial}` }), share: null }
          : {
              text: translate(lang, 'public.trendMonth', { month: `${month}${partial}`, rate: formatRate(share, lang) }),
              share: share / 10,
            };
      }),
    },
    // A national view's headline time is the span of its provinces' times, "08:10 – 08:40 (34 tỉnh)": no one moment.
    updated: {
      label: translate(lang, 'widget.updated'),
      value: federation?.times ?? time,
      dateTime: federation?.times ? '' : generated.iso,
    },
    staleNote: error ? translate(lang, 'widget.stale', { time }) : null,
    partial: federation?.partial ?? null,
  };
}

function facts(figures: UnitFigures, now: boolean, model: FeedModel, lang: Lang): string[] {
  const count = (value: number) => formatCount(value, lang);
  const lines = [
    `${translate(lang, 'kpi.received')}: ${count(figures.received)}. ${translate(lang, 'kpi.resolved')}: ${count(figures.resolved)}.`,
    translate(lang, 'public.pending', { count: count(figures.pending) }),
    overdueWords(figures.pendingOverdue, now, lang),
  ];
  // Due soon is a stock the feed may not give: said only when it does, and only of the figures now.
  if (now && model.carries.pendingDueSoon) {
    const days = model.meta.dueSoonDays;
    lines.push(
      days === null
        ? translate(lang, 'public.dueSoonNoDays', { count: count(figures.pendingDueSoon) })
        : translate(lang, 'public.dueSoon', { count: count(figures.pendingDueSoon), days }),
    );
  }
  return lines;
}
