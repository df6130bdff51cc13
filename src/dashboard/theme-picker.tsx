// Light, dark, or whatever the system prefers (the default): the choice goes in the URL like the others.
import type { Translate } from '../ui/use-t';
import { useTheme, useViewActions, type ThemeChoice } from '../view/view-store';

const CHOICES: ReadonlyArray<Extract<ThemeChoice, 'system' | 'light' | 'dark'>> = ['system', 'light', 'dark'];

export function ThemePicker({ t }: { t: Translate }) {
  const theme = useTheme();
  const { themePicked } = useViewActions();
  return (
    <div className="theme-picker" role="group" aria-label={t('header.theme')}>
      {CHOICES.map((choice) => (
        <button key={choice} type="button" aria-pressed={theme === choice} onClick={() => themePicked(choice)}>
          {t(`theme.${choice}`)}
        </button>
      ))}
    </div>
  );
}
