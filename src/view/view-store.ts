// What the viewer chose (unit, field, period, language, theme), mirrored in the URL so a link reproduces the view.
import { create } from 'zustand';
import { formatPeriod, type Period } from '../stats/period';
import type { Lang } from '../i18n/lang';
import { readViewFromUrl, viewParams, viewSearch, type ThemeChoice, type ViewState } from './view-params';

// Reading the URL lives in view-params.ts, which the widget uses without this store (and without zustand or React).
export { THEMES, readViewFromUrl, resolveTheme, type ParamProblem, type Theme, type ThemeChoice, type ViewState } from './view-params';

type ViewActions = {
  unitPicked: (unitId: string | null) => void;
  /** null is every field. */
  fieldPicked: (fieldId: string | null) => void;
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
  fieldPicked: (fieldId) => set({ fieldId }),
  periodPicked: (period) => set((state) => ({ period, paramProblems: state.paramProblems.filter((p) => p.param !== 'period') })),
  langPicked: (lang) => set((state) => ({ lang, paramProblems: state.paramProblems.filter((p) => p.param !== 'lang') })),
  themePicked: (theme) => set((state) => ({ theme, paramProblems: state.paramProblems.filter((p) => p.param !== 'theme') })),
  urlChanged: (search) => set(readViewFromUrl(search, { theme: defaultTheme })),
}));

export const useUnitId = () => useViewStore((s) => s.unitId);
export const useFieldId = () => useViewStore((s) => s.fieldId);
export const usePeriod = () => useViewStore((s) => s.period);
export const useLang = () => useViewStore((s) => s.lang);
export const useTheme = () => useViewStore((s) => s.theme);
export const useParamProblems = () => useViewStore((s) => s.paramProblems);
export const useViewActions = () => useViewStore.getState();

/**
 * Starts mirroring the store in the URL: a new unit, field or period is a history entry (so Back
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
    const search = viewSearch(viewParams(state, { defaultTheme, keep: new URLSearchParams(location.search) }));
    if (search === location.search) return;
    const navigated =
      state.unitId !== previous.unitId ||
      state.fieldId !== previous.fieldId ||
      formatPeriod(state.period) !== formatPeriod(previous.period);
    const url = `${location.pathname}${search}${location.hash}`;
    if (navigated) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  });
  return () => {
    window.removeEventListener('popstate', onPopState);
    unsubscribe();
  };
}
