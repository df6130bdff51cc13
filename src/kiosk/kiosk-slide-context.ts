// What every slide of the wall screen is drawn from, provided once by the slide view and read by the slides' parts
// (the charts included) through useSlideContext(): no slide part imports the slide view.
import { createContext, useContext } from 'react';
import type { FeedModel } from '../feed/feed-model';
import type { Lang } from '../i18n/lang';
import type { Translate } from '../ui/use-t';
import type { OkView } from './kiosk-slides';

export type SlideContext = {
  model: FeedModel;
  view: OkView;
  /** The page's words (useT()), handed down with the rest of what a slide is drawn from. */
  t: Translate;
  lang: Lang;
  /** Period as a heading ("Đến tháng 11/2026"). */
  periodText: string;
  /** The period as the summary sentence opens with it ("In Q3 2026" in English). */
  leadPeriod: string;
  unitName: string;
  onTimeTarget: number;
  /** The screen's type unit in px (`--u` in kiosk.css, from kioskUnitPx): the charts size their labels and bars from it. */
  sizeUnitPx: number;
};

const SlideContextValue = createContext<SlideContext | null>(null);

export const SlideContextProvider = SlideContextValue.Provider;

export function useSlideContext(): SlideContext {
  const context = useContext(SlideContextValue);
  if (!context) throw new Error('useSlideContext outside a kiosk slide');
  return context;
}
