// Period names as sentences say them: headings ("Quý 3/2026") and the opening of a summary ("In Q3 2026, …").
import { monthOfYear, monthYear } from '../feed/month';
import type { Period, ResolvedPeriod } from '../stats/period';
import { EN_MONTHS, formatDayDate, formatMonth, monthAt } from './format';
import type { Lang } from './lang';

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The period as a heading: "Đến tháng 6/2026", "Quý 3/2026", "Tháng 7/2026", "Năm 2025",
 * "Từ tháng 1 đến tháng 6/2026". ytd needs the feed's latest month to say which month it reaches.
 */
export function formatPeriodLabel(resolved: ResolvedPeriod, lang: Lang): string {
  const period: Period = resolved.period;
  const vi = lang === 'vi';
  switch (period.kind) {
    case 'ytd':
      if (!resolved.hasMonths) return vi ? 'Từ đầu năm' : 'Year to date';
      return vi ? `Đến ${formatMonth(resolved.range.to, lang)}` : `Up to ${formatMonth(resolved.range.to, lang)}`;
    case 'year':
      return vi ? `Năm ${period.year}` : `Year ${period.year}`;
    case 'quarter':
      return vi ? `Quý ${period.quarter}/${period.year}` : `Q${period.quarter} ${period.year}`;
    case 'half':
      return vi
        ? `6 tháng ${period.half === 1 ? 'đầu' : 'cuối'} năm ${period.year}`
        : `${period.half === 1 ? 'First' : 'Second'} half of ${period.year}`;
    case 'month':
      return capitalize(formatMonth(period.month, lang));
    case 'range': {
      const sameYear = monthYear(period.from) === monthYear(period.to);
      if (vi) {
        const from = sameYear ? `tháng ${monthOfYear(period.from)}` : formatMonth(period.from, lang);
        return `Từ ${from} đến ${formatMonth(period.to, lang)}`;
      }
      const from = sameYear ? EN_MONTHS[monthOfYear(period.from) - 1] : formatMonth(period.from, lang);
      return `${from} to ${formatMonth(period.to, lang)}`;
    }
  }
}

/**
 * A period label as a sentence opens with it: "Trong quý 3/2026, …", "In Q3 2026, …", "By November 2026, …".
 * `runningDay`, the feed's day ("2/12/2026", "2 December 2026") when the period ends in the month still running:
 * "Đến tháng 12/2026" would promise the whole month, so the lead says to which day ("Tính đến ngày 2/12/2026").
 */
export function periodAsLead(label: string, resolved: ResolvedPeriod, lang: Lang, runningDay: string | null = null): string {
  const kind = resolved.period.kind;
  // The day says more than "figures to <month>": the clamp note gives way to it.
  const base = runningDay === null ? label : label.replace(/ \(.*\)$/, '');
  if (lang === 'vi') {
    if (runningDay !== null && kind === 'ytd') return `Tính đến ngày ${runningDay}`;
    const lead = kind === 'ytd' || kind === 'range' ? base : `Trong ${base.charAt(0).toLowerCase()}${base.slice(1)}`;
    return runningDay === null ? lead : `${lead} (tính đến ngày ${runningDay})`;
  }
  if (runningDay !== null && kind === 'ytd') return `By ${runningDay}`;
  const lead = englishLead(base, kind, resolved.hasMonths);
  return runningDay === null ? lead : `${lead} (to ${runningDay})`;
}

function englishLead(label: string, kind: Period['kind'], hasMonths: boolean): string {
  switch (kind) {
    case 'ytd':
      return hasMonths ? label.replace(/^Up to /, 'By ') : label;
    case 'year':
      return label.replace(/^Year /, 'In ');
    case 'half':
      return `In the ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
    case 'range':
      return `From ${label}`;
    default:
      return `In ${label}`;
  }
}

/** The feed's day when `range` ends in the month the feed was written in (still running then), else null. */
export function runningDayOf(resolved: ResolvedPeriod, generatedAtMs: number, lang: Lang, timeZone: string): string | null {
  return resolved.hasMonths && resolved.range.to === monthAt(generatedAtMs, timeZone) ? formatDayDate(generatedAtMs, lang, timeZone) : null;
}
