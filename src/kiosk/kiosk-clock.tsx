// The wall clock: today's date and the time in the configured zone, whatever the machine's own zone is.
import { formatDate, formatTime } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { useNow } from '../ui/use-now';

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

function weekday(ms: number, lang: Lang, timeZone: string): string {
  const key = `${lang}|${timeZone}`;
  let format = weekdayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { weekday: 'long', timeZone });
    weekdayFormats.set(key, format);
  }
  const name = format.format(ms);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function isoInZone(ms: number, lang: Lang, timeZone: string): string {
  const [day, month, year] = formatDate(ms, lang, timeZone).split('/');
  return `${year}-${month}-${day}T${formatTime(ms, lang, timeZone, true)}`;
}

export function KioskClock({ lang, timeZone }: { lang: Lang; timeZone: string }) {
  // Ticks each second so the minute changes on time; only this small component re-renders.
  const now = useNow(1000);
  return (
    <div className="kiosk-clock">
      <time className="kiosk-clock__time" dateTime={isoInZone(now, lang, timeZone)}>
        {formatTime(now, lang, timeZone)}
      </time>
      <span className="kiosk-clock__date">
        {weekday(now, lang, timeZone)}, {formatDate(now, lang, timeZone)}
      </span>
    </div>
  );
}
