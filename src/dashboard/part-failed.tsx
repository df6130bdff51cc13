// What a part of the dashboard says in place of itself when it cannot be drawn; the other figures stay.
import { useT } from '../ui/use-t';

export function PartFailed({ error, retry }: { error: Error; retry: () => void }) {
  const t = useT();
  return (
    <div className="feed-status feed-status--error" role="alert">
      <p>{t('crash.part', { detail: error.message.slice(0, 120) })}</p>
      <button type="button" onClick={retry}>
        {t('crash.retry')}
      </button>
    </div>
  );
}
