// Overdue dossiers in a citizen's words, said the same on the widget and the public view.
import { formatCount } from './format';
import type { Lang } from './lang';
import { translate } from './widget-messages';

/** Pending overdue is a stock: "now" while the period runs, "at its end" once it is over. */
export function overdueWords(count: number, now: boolean, lang: Lang): string {
  const key = now ? 'widget.overdueNow' : 'widget.overdueEnd';
  if (count === 0) return translate(lang, `${key}.none`);
  return translate(lang, count === 1 && lang === 'en' ? `${key}.one` : `${key}.some`, { count: formatCount(count, lang) });
}
