// What the viewer chose (unit, period, language, theme), mirrored in the URL so a link reproduces the view.
import { create } from 'zustand';
import { DEFAULT_PERIOD, formatPeriod, parsePeriod, type Period } from '../stats/period';
import { LANGS, type Lang } from '../stats/format';

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
  return { unitId: unit === null || unit === '' ? null : unit.slice(0, MAX_PARAM_LENGTH), period, lang, theme, paramProblems: problems };
}

export function viewSearch(view: ViewState, extra?: URLSearchParams): string {
  const params = new URLSearchParams(extra);
  for (const key of ['unit', 'period', 'lang', 'theme']) params.delete(key);
  if (view.unitId !== null) params.set('unit', view.unitId);
  if (formatPeriod(view.period) !== 'ytd') params.set('period', formatPeriod(view.period));
  if (view.lang !== 'vi') params.set('lang', view.lang);
  if (view.theme !== defaultTheme) params.set('theme', view.theme);
  const text = params.toString();
  return text ? `?${text}` : '';
}

type ViewActions = {
  unitPicked: (unitId: string | null) => void;
  periodPicked: (period: Period) => void;
  langPicked: (lang: Lang) => void;
  themePicked: (theme: ThemeChoice) => void;
  /** The URL changed under us (back/forward). */
  urlChanged: (search: string) => void;
};

let defaultTheme: ThemeChoice = 'light';

export const useViewStore = create<ViewState & ViewActions>()((set) => ({
  ...readViewFromUrl(typeof location === 'undefined' ? '' : location.search, { theme: defaultTheme }),
  unitPicked: (unitId) => set({ unitId, paramProblems: [] }),
  periodPicked: (period) => set((state) => ({ period, paramProblems: state.paramProblems.filter((p) => p.param !== 'period') })),
  langPicked: (lang) => set((state) => ({ lang, paramProblems: state.paramProblems.filter((p) => p.param !== 'lang') })),
  themePicked: (theme) => set((state) => ({ theme, paramProblems: state.paramProblems.filter((p) => p.param !== 'theme') })),
  urlChanged: (search) => set(readViewFromUrl(search, { theme: defaultTheme })),
}));

export const useUnitId = () => useViewStore((s) => s.unitId);
export const usePeriod = () => useViewStore((s) => s.period);
export const useLang = () => useViewStore((s) => s.lang);
export const useTheme = () => useViewStore((s) => s.theme);
export const useParamProblems = () => useViewStore((s) => s.paramProblems);
export const useViewActions = () => useViewStore.getState();

/**
 * Starts mirroring the store in the URL: a new unit or period is a history entry (so Back
 * goes back up a drill-down), and Back/forward restores the view. Returns the unsubscribe.
 */
export function syncViewWithUrl(options: { defaultTheme: ThemeChoice }): () => void {
  defaultTheme = options.defaultTheme;
  useViewStore.getState().urlChanged(location.search);
  let applyingUrl = false;
  const onPopState = () => {
    applyingUrl = true;
    useViewStore.getState().urlChanged(location.search);
    applyingUrl = false;
  };
  window.addEventListener('popstate', onPopState);
  const unsubscribe = useViewStore.subscribe((state, previous) => {
    if (applyingUrl) return;
    const search = viewSearch(state, new URLSearchParams(location.search));
    if (search === location.search) return;
    const navigated = state.unitId !== previous.unitId || formatPeriod(state.period) !== formatPeriod(previous.period);
    const url = `${location.pathname}${search}${location.hash}`;
    if (navigated) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
  return () => {
    window.removeEventListener('popstate', onPopState);
    unsubscribe();
  };
}
