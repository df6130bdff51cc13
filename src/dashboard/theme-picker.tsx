// Light, dark, or whatever the system prefers (the default): the choice goes in the URL like the others, and is
// remembered on this browser for the next visit.
import { useT } from '../ui/use-t';
import { useTheme, useViewActions, type ThemeChoice } from '../view/view-store';
import { dashboardStorage, rememberTheme } from './theme-memory';

const CHOICES: ReadonlyArray<Extract<ThemeChoice, 'system' | 'light' | 'dark'>> = ['system', 'light', 'dark'];

export function ThemePicker() {
  const t = useT();
  const theme = useTheme();
  const { themePicked } = useViewActions();
  return (
    <div className="theme-picker" role="group" aria-label={t('header.theme')}>
      {CHOICES.map((choice) => (
        <button
          key={choice}
          type="button"
          aria-pressed={theme === choice}
          onClick={() => {
            themePicked(choice);
            rememberTheme(dashboardStorage(), choice);
          }}
        >
          {t(`theme.${choice}`)}
        </button>
      ))}
    </div>
  );
}
