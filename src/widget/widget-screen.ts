// What the widget shows for a state of config and feed: the figures, a no-data line, or one quiet message. Pure: no DOM, no fetch.
import { ConfigError } from '../config/runtime-config';
import type { FeedModel } from '../feed/feed-model';
import { formatDateTime, type Lang } from '../stats/format';
import type { Period } from '../stats/period';
import { selectUnitView } from '../stats/unit-view';
import { widgetWords } from './widget-messages';
import { dashboardHref, periodText, summarize, unitName, type WidgetSummary } from './widget-summary';

export type WidgetChoice = {
  unitId: string | null;
  period: Period;
  /** The `period` parameter as given when it could not be read. */
  badPeriod: string | null;
  lang: Lang;
};

export type DashboardLink = { href: string; text: string; newTab: string };

export type WidgetScreen =
  | { kind: 'message'; text: string; detail?: string; alert?: boolean }
  | { kind: 'no-data'; text: string; link: DashboardLink }
  | { kind: 'figures'; label: string; summary: WidgetSummary; staleNote: string | null; link: DashboardLink };

export function loadingScreen(lang: Lang): WidgetScreen {
  return { kind: 'message', text: widgetWords(lang).loading };
}

export function badPeriodScreen(value: string, lang: Lang): WidgetScreen {
  return { kind: 'message', alert: true, text: widgetWords(lang).badPeriod(value) };
}

/** A broken or missing config.json: the quiet line, and which file and field for the webmaster; never the raw error. */
export function setupFailedScreen(error: unknown, lang: Lang): WidgetScreen {
  const detail =
    error instanceof ConfigError && error.problem.code === 'config-field' ? `config.json: ${error.problem.field}` : 'config.json';
  return { kind: 'message', text: widgetWords(lang).noDataYet, detail };
}

export function noDataYetScreen(lang: Lang): WidgetScreen {
  return { kind: 'message', text: widgetWords(lang).noDataYet };
}

export type FeedState = {
  /** The last good document; stays through failed polls. */
  model: FeedModel | undefined;
  /** The latest poll's problem, null once a later poll succeeds. */
  error: unknown;
  failureCount: number;
};

export function feedScreen(feed: FeedState, choice: WidgetChoice, timeZone: string, baseUrl: string): WidgetScreen {
  const { lang } = choice;
  const words = widgetWords(lang);
  const { model } = feed;
  // One failed attempt is enough to stop saying "loading"; retries and polls go on quietly.
  if (!model) return feed.error || feed.failureCount > 0 ? noDataYetScreen(lang) : loadingScreen(lang);
  const view = selectUnitView(model, choice.unitId, choice.period);
  if (view.status === 'unknown-unit') return { kind: 'message', alert: true, text: words.unknownUnit(view.unitId) };
  const link = { href: dashboardHref(baseUrl, choice), text: words.details, newTab: words.newTab };
  if (view.status === 'no-months' || view.figures.rowCount === 0) {
    return { kind: 'no-data', text: words.noData(unitName(view.unit, lang), periodText(view.resolved, lang)), link };
  }
  return {
    kind: 'figures',
    label: words.title,
    summary: summarize(view, { ms: model.generatedAtMs, iso: model.generatedAt }, lang, timeZone),
    staleNote: feed.error ? words.stale(formatDateTime(model.generatedAtMs, lang, timeZone)) : null,
    link,
  };
}
