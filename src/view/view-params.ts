// The view as the URL gives it (unit, field, period, language, theme) and as a URL writes it, with no store: the widget uses it alone, the store keeps it.
import { DEFAULT_PERIOD, formatPeriod, parsePeriod, type Period } from '../stats/period';
import { LANGS, type Lang } from '../i18n/lang';

export const THEMES = ['light', 'dark', 'transparent'] as const;
export type Theme = (typeof THEMES)[number];
/** What the viewer chose: a theme, or whatever the system prefers (prefers-color-scheme), resolved by the page. */
export type ThemeChoice = Theme | 'system';
const THEME_CHOICES: readonly string[] = [...THEMES, 'system'];

/** The theme to draw: the one chosen, or the system's while the viewer has not chosen. */
export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): Theme {
  return choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice;
}

/** A URL parameter that could not be used, said on the page instead of silently ignored. */
export type ParamProblem = { param: 'period' | 'lang' | 'theme' | 'rotate'; value: string };

export type ViewState = {
  /** null is the feed's root; an id the feed does not know is kept so the page can say so. */
  unitId: string | null;
  /** The field (lĩnh vực) on screen; null is every field. An id the document does not list is kept so the page can say so. */
  fieldId: string | null;
  period: Period;
  lang: Lang;
  theme: ThemeChoice;
  paramProblems: ParamProblem[];
};

const MAX_PARAM_LENGTH = 100;

export function readViewFromUrl(search: string, defaults: { theme: ThemeChoice }): ViewState {
  const params = new URLSearchParams(search);
  const problems: ParamProblem[] = [];
  const unit = params.get('unit');
  const field = params.get('field');
  const periodText = params.get('period');
  const langText = params.get('lang');
  const themeText = params.get('theme');

  let period = DEFAULT_PERIOD;
  if (periodText !== null) {
    const parsed = parsePeriod(periodText);
    if (parsed) period = parsed;
    else problems.push({ param: 'period', value: periodText.slice(0, MAX_PARAM_LENGTH) });
  }
  let lang: Lang = 'vi';
  if (langText !== null) {
    if ((LANGS as readonly string[]).includes(langText)) lang = langText as Lang;
    else problems.push({ param: 'lang', value: langText.slice(0, MAX_PARAM_LENGTH) });
  }
  let theme = defaults.theme;
  if (themeText !== null) {
    if (THEME_CHOICES.includes(themeText)) theme = themeText as ThemeChoice;
    else problems.push({ param: 'theme', value: themeText.slice(0, MAX_PARAM_LENGTH) });
  }
  return {
    unitId: unit === null || unit === '' ? null : unit.slice(0, MAX_PARAM_LENGTH),
    fieldId: field === null || field === '' ? null : field.slice(0, MAX_PARAM_LENGTH),
    period,
    lang,
    theme,
    paramProblems: problems,
  };
}

/**
 * The one way a view becomes URL parameters, for the page's own address, the widget's link to the dashboard and the
 * embed snippets: only what differs from the defaults (the root, ytd, vi, the page's default theme), in one order.
 * `defaultTheme: null` writes the theme always; `keep` holds parameters of other meanings, which stay first.
 */
export function viewParams(
  view: LinkedView & { theme?: ThemeChoice },
  options: { defaultTheme?: ThemeChoice | null; keep?: URLSearchParams } = {},
): URLSearchParams {
  const params = new URLSearchParams(options.keep);
  for (const key of VIEW_PARAMS) params.delete(key);
  if (view.unitId !== null) params.set('unit', view.unitId);
  if (view.fieldId !== undefined && view.fieldId !== null) params.set('field', view.fieldId);
  if (formatPeriod(view.period) !== 'ytd') params.set('period', formatPeriod(view.period));
  if (view.lang !== 'vi') params.set('lang', view.lang);
  if (view.theme !== undefined && view.theme !== options.defaultTheme) params.set('theme', view.theme);
  return params;
}

const VIEW_PARAMS = ['unit', 'field', 'period', 'lang', 'theme'] as const;

/** What a link to another page carries: the unit, the field when one is chosen, the period and the language. */
export type LinkedView = { unitId: string | null; fieldId?: string | null; period: Period; lang: Lang };

/** "?unit=…&period=…", or "" for the default view. */
export function viewSearch(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Another page of the site (index.html, a public page) on the same unit, field, period and language, beside baseUrl. */
export function pageHref(page: string, baseUrl: string, view: LinkedView): string {
  return new URL(`${page}${viewSearch(viewParams(view))}`, baseUrl).href;
}

/** The full dashboard on the same view: the widget's "Xem chi tiết". */
export function dashboardHref(baseUrl: string, view: LinkedView): string {
  return pageHref('index.html', baseUrl, view);
}
