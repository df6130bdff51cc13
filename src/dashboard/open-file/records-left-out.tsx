// The data-quality panel's list of the records a document's publisher (or this dashboard's builder) could not count.
import type { RecordLeftOut } from '../../feed/feed-model';
import { formatCount } from '../../i18n/format';
import { useT } from '../../ui/use-t';
import { useLang } from '../../view/view-store';

const MAX_LISTED = 200;

/** Records, not entries: past 1,000 lines a builder gives a count per reason. */
export function recordsLeftOutCount(entries: readonly RecordLeftOut[]): number {
  return entries.reduce((sum, entry) => sum + entry.count, 0);
}

export function RecordsLeftOut({ entries }: { entries: readonly RecordLeftOut[] }) {
  const t = useT();
  const lang = useLang();
  if (entries.length === 0) return null;
  return (
    <section>
      <h3>{t('openFile.quality.title', { count: formatCount(recordsLeftOutCount(entries), lang) })}</h3>
      <ul>
        {entries.slice(0, MAX_LISTED).map((entry, index) => (
          <li key={index}>
            {entry.line !== null
              ? t('openFile.quality.line', { line: entry.line, reason: entry.reason })
              : t('openFile.quality.reasonCount', { reason: entry.reason, count: formatCount(entry.count, lang) })}
          </li>
        ))}
        {entries.length > MAX_LISTED ? <li>… +{formatCount(entries.length - MAX_LISTED, lang)}</li> : null}
      </ul>
    </section>
  );
}
