// What the widget shows for a state of config and feed: the figures, a no-data line, or one quiet message. Pure: no DOM, no fetch.
import { ConfigError } from '../config/runtime-config';
import { feedTimeProblem } from '../feed/feed-freshness';
import type { FeedModel } from '../feed/feed-model';
import { findField, forField } from '../feed/field-view';
import { isRefusal } from '../queries/fetch-feed';
import { formatCount, formatDateTime } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { rowsLeftOutUnder } from '../stats/left-out';
import type { Period } from '../stats/period';
import { unitPeriodFigures } from '../stats/unit-period-figures';
import { translate } from '../i18n/widget-messages';
import { pageHref } from '../view/view-params';
import { periodText, summarize, type WidgetSummary } from './widget-summary';
import { unitName } from '../i18n/unit-name';
import type { FederationStatus } from '../queries/federation-status';
import type * as National from '../view/national-words';

export type WidgetChoice = {
  unitId: string | null;
  /** One field (lĩnh vực) of a document by field; null or absent is every field. */
  fieldId?: string | null;
  period: Period;
  /** The `period` parameter as given when it could not be read. */
  badPeriod: string | null;
  lang: Lang;
  /** What the widget could not use from its URL (lang, theme), said under whatever it shows. */
  notes?: string[];
};

/** "Xem chi tiết": the public view of the same unit and period (public.html), made for a phone. */
export type DetailsLink = { href: string; text: string; newTab: string };

export type WidgetScreen = (
  | { kind: 'message'; text: string; detail?: string; alert?: boolean }
  | { kind: 'no-data'; text: string; link: DetailsLink }
  | {
      kind: 'figures';
      label: string;
      summary: WidgetSummary;
      /** The figures are not current (a poll failed, or the source has not moved for longer than the stale limit), or their time is in the future. */
      staleNote: string | null;
      /** The figures leave out rows the document carried broken; absent or null when they are whole. */
      partialNote?: string | null;
      /** A national view lacking provinces, or holding some old: which and since when (widget__partial). */
      nationalNote?: string | null;
      link: DetailsLink;
    }
) & {
  /** Short lines for the webmaster under any screen: a URL parameter or a config.json value that was not used as given. */
  notes?: string[];
};

export function loadingScreen(lang: Lang): WidgetScreen {
  return { kind: 'message', text: translate(lang, 'app.loading') };
}

export function badPeriodScreen(value: string, lang: Lang): WidgetScreen {
  return { kind: 'message', alert: true, text: translate(lang, 'widget.badPeriod', { value }) };
}

/** A broken or missing config.json: the quiet line, and which file and field for the webmaster; never the raw error. */
export function setupFailedScreen(error: unknown, lang: Lang): WidgetScreen {
  const detail =
    error instanceof ConfigError && error.problem.code === 'config-field' ? `config.json: ${error.problem.field}` : 'config.json';
  return { kind: 'message', text: translate(lang, 'widget.noDataYet'), detail };
}

export function noDataYetScreen(lang: Lang): WidgetScreen {
  return { kind: 'message', text: translate(lang, 'widget.noDataYet') };
}

export type FeedState = {
  /** The last good document; stays through failed polls. */
  model: FeedModel | undefined;
  /** The latest poll's problem, null once a later poll succeeds. */
  error: unknown;
  failureCount: number;
  /** The provinces' states when the address named an index (a national view). */
  federation?: FederationStatus;
};

/** What the screen is measured against: the configured zone, stale limit and on-time target, and the time of drawing. */
export type ScreenClock = { timeZone: string; staleAfterSeconds: number; now: number; onTimeTarget?: number };

/** `national`: the national view's words (national-words.ts), loaded once an index answered; until then the screen goes without. */
export function feedScreen(
  feed: FeedState,
  choice: WidgetChoice,
  clock: ScreenClock,
  baseUrl: string,
  national?: typeof National,
): WidgetScreen {
  const { lang } = choice;
  const { timeZone } = clock;
  const { model } = feed;
  // One failed attempt is enough to stop saying "loading": what is wrong, plainly, and that it passes on its own.
  if (!model) {
    if (!feed.error && feed.failureCount === 0) return loadingScreen(lang);
    const trouble = translate(lang, isRefusal(feed.error) ? 'widget.trouble.refused' : 'widget.trouble.unreachable');
    const detail = national?.nationalProblem(feed.error, lang) ?? `${trouble}; ${translate(lang, 'widget.retrying')}`;
    return { kind: 'message', text: translate(lang, 'widget.noDataYet'), detail };
  }
  const fieldId = choice.fieldId ?? null;
  const field = fieldId === null ? null : findField(model, fieldId);
  // Never another field's numbers, nor every field's: the id the URL gave, and no figures.
  if (fieldId !== null && !field) return { kind: 'message', alert: true, text: translate(lang, 'field.unknown', { field: fieldId }) };
  const view = unitPeriodFigures(forField(model, fieldId), choice.unitId, choice.period);
  if (view.status === 'unknown-unit')
    return { kind: 'message', alert: true, text: translate(lang, 'widget.unknownUnit', { unit: view.unitId }) };
  const link = {
    href: pageHref('public.html', baseUrl, choice),
    text: translate(lang, 'widget.details'),
    newTab: translate(lang, 'widget.newTab'),
  };
  if (view.status === 'no-months' || view.figures.rowCount === 0) {
    const words = { unit: unitName(view.unit, lang), period: periodText(view.resolved, lang), field: field?.name ?? '' };
    return { kind: 'no-data', text: translate(lang, field ? 'field.noData' : 'summary.noData', words), link };
  }
  const words =
    feed.federation && national ? national.nationalWords(model, feed.federation, view.unit.id, { ...clock, lang, nowMs: clock.now }) : null;
  // A unit inside one province is as recent as that province's document, not the newest of the view.
  const generated = words?.own ?? { ms: model.generatedAtMs, iso: model.generatedAt };
  const time = formatDateTime(generated.ms, lang, timeZone);
  const leftOut = rowsLeftOutUnder(model, view.unit.id, fieldId);
  const summary = summarize(view, generated, lang, timeZone, field?.name ?? null, clock.onTimeTarget ?? null);
  return {
    kind: 'figures',
    label: translate(lang, 'widget.title'),
    // A national view's headline time is the span of its provinces' times, "08:10 – 08:40 (34 tỉnh)": no one moment.
    summary: words?.times ? { ...summary, updated: { ...summary.updated, value: words.times, dateTime: '' } } : summary,
    staleNote: feed.error
      ? translate(lang, 'widget.stale', { time })
      : timeNote(feedTimeProblem(generated.ms, clock.now, clock.staleAfterSeconds), time, lang),
    partialNote: leftOut > 0 ? translate(lang, 'summary.partial', { count: formatCount(leftOut, lang) }) : null,
    nationalNote: words?.partial ?? null,
    link,
  };
}

function timeNote(problem: ReturnType<typeof feedTimeProblem>, time: string, lang: Lang): string | null {
  if (problem === 'stale') return translate(lang, 'widget.unchanged', { time });
  if (problem === 'future') return translate(lang, 'widget.future', { time });
  return null;
}
