// The dashboard remembers the theme an official picked, on this browser: "follows the system unless chosen" means
// chosen once, not on every visit. A theme in the URL still wins; storage that throws (private modes, blocked
// site data) only means nothing is remembered.
import type { ThemeChoice } from '../view/view-store';

export const THEME_STORAGE_KEY = 'tthc-dashboard.theme';
const REMEMBERED: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export function dashboardStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The theme picked on an earlier visit, or null: none, unreadable, or not one the dashboard offers. */
export function rememberedTheme(storage: Storage | null): ThemeChoice | null {
  try {
    const value = storage?.getItem(THEME_STORAGE_KEY) ?? null;
    return REMEMBERED.find((choice) => choice === value) ?? null;
  } catch {
    return null;
  }
}

export function rememberTheme(storage: Storage | null, choice: ThemeChoice): void {
  try {
    storage?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Full or blocked storage: the choice still holds for this visit, through the URL.
  }
}
