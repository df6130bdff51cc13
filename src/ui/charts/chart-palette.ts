// The charts' one set of colours, for the dashboard and the kiosk, in each theme.
import { useResolvedTheme } from '../theme-sync';

export type ChartPalette = Record<
  'received' | 'resolved' | 'onTime' | 'below' | 'rate' | 'target' | 'text' | 'muted' | 'grid' | 'surface',
  string
>;

/** Every mark at 3:1 or more against its panel, and text at 4.5:1 or more (WCAG 1.4.3, 1.4.11), in each theme. */
const PALETTES: Record<'light' | 'dark', ChartPalette> = {
  light: {
    received: '#1f5fa8',
    resolved: '#1e7b45',
    onTime: '#8a5300',
    below: '#b3261e',
    rate: '#a34f00',
    target: '#b3261e',
    text: '#14202e',
    muted: '#4a5a6c',
    grid: '#c3ccd8',
    surface: '#ffffff',
  },
  dark: {
    received: '#6fa8ea',
    resolved: '#5fd08c',
    onTime: '#ffc866',
    below: '#ff8a80',
    rate: '#ffc866',
    target: '#ff8a80',
    text: '#e8eef5',
    muted: '#a9b6c5',
    grid: '#334355',
    surface: '#17212d',
  },
};

export function chartPalette(theme: 'light' | 'dark'): ChartPalette {
  return PALETTES[theme];
}

/** The palette of the theme on screen; "transparent" lets the page behind show, light on the dashboard and dark on a wall. */
export function useChartPalette(transparentAs: 'light' | 'dark' = 'light'): ChartPalette {
  const theme = useResolvedTheme();
  return PALETTES[theme === 'light' || theme === 'dark' ? theme : transparentAs];
}
