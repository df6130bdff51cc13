// Says plainly, under the header, that the figures come from a file on this computer, and offers the way back.
import { useId, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { feedQueryKey } from '../../queries/feed-query';
import type { FeedSnapshot } from '../../queries/fetch-feed';
import { localFeedClosed, useLocalFeed } from '../../queries/local-feed';
import { formatCount, formatDateTime } from '../../i18n/format';
import { useT } from '../../ui/use-t';
import { useLang, useUnitId, useViewActions } from '../../view/view-store';
import { openDataQualityPanel } from '../data-quality-panel';
import { OPEN_FILE_BUTTON_ID } from './open-file-button';
import './local-file-band.css';

const SLOT = '\u0000';

function withTime(sentence: string, time: ReactNode): ReactNode {
  const [before, after = ''] = sentence.split(SLOT);
  return (
    <>
      {before}
      {time}
      {after}
    </>
  );
}

export function LocalFileBand({ feedUrl, timeZone }: { feedUrl: string; timeZone: string }) {
  const local = useLocalFeed();
  const t = useT();
  const lang = useLang();
  const titleId = useId();
  const queryClient = useQueryClient();
  const unitId = useUnitId();
  const actions = useViewActions();
  if (!local) return null;
  const { build, snapshot } = local;

  const back = () => {
    const liveModel = queryClient.getQueryData<FeedSnapshot>(feedQueryKey(feedUrl))?.model;
    if (unitId !== null && liveModel && !liveModel.units.has(unitId)) actions.unitPicked(null);
    localFeedClosed(queryClient);
    document.getElementById(OPEN_FILE_BUTTON_ID)?.focus();
  };

  return (
    <section className="local-file-band" role="status" aria-labelledby={titleId}>
      <p id={titleId} className="local-file-band__title">
        <strong>{t('openFile.band.title')}</strong> <span className="local-file-band__name">{local.fileName}</span>
      </p>
      <p>
        {/* The document's own time in a <time>, placed where each language's sentence puts it. */}
        {withTime(
          local.kind === 'export'
            ? t('openFile.band.built', { time: SLOT })
            : t('openFile.band.opened', { time: formatDateTime(local.openedAt, lang, timeZone), generated: SLOT }),
          <time dateTime={snapshot.model.generatedAt}>{formatDateTime(snapshot.model.generatedAtMs, lang, timeZone)}</time>,
        )}
        {build ? (
          <>
            {' '}
            {t('openFile.band.counts', {
              read: formatCount(build.read, lang),
              kept: formatCount(build.kept, lang),
              replaced: formatCount(build.replaced, lang),
              leftOut: formatCount(build.leftOut, lang),
            })}
          </>
        ) : null}
      </p>
      <div className="local-file-band__actions">
        {snapshot.model.quality.recordsLeftOut.length > 0 ? (
          <button type="button" className="link-button" onClick={openDataQualityPanel}>
            {t('openFile.band.seeLeftOut')}
          </button>
        ) : null}
        <button type="button" className="local-file-band__back" onClick={back}>
          {t('openFile.band.back')}
        </button>
      </div>
    </section>
  );
}
