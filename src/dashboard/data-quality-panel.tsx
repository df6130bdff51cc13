// What the feed's last document left out or flagged, so officials can send it back to the publisher.
import type { FeedModel, RowProblem, UnitFlag } from '../feed/feed-model';
import { feedTimeProblem } from '../feed/feed-freshness';
import type { MessageKey } from '../i18n/messages';
import { formatCount, formatDateTime } from '../i18n/format';
import { useConfig } from '../ui/page-setup-gate';
import { useNow } from '../ui/use-now';
import { useT, type Translate } from '../ui/use-t';
import { useLang, useViewActions } from '../view/view-store';
import { RecordsLeftOut, recordsLeftOutCount } from './open-file/records-left-out';
import { partialState, type FederationStatus } from '../queries/federation-status';
import { useDashboardFeed } from './use-dashboard-feed';

const MAX_LISTED = 200;
export const DATA_QUALITY_ID = 'data-quality';

/** Things the panel has to say: rows and units left out, flagged units, and a wrong or old feed time. */
export function qualityIssueCount(model: FeedModel, nowMs: number, staleAfterSeconds: number, federation?: FederationStatus): number {
  const { quality } = model;
  const timeProblem = feedTimeProblem(model.generatedAtMs, nowMs, staleAfterSeconds) ? 1 : 0;
  const partial = federation ? partialState(federation, nowMs, staleAfterSeconds) : null;
  return (
    (partial ? partial.missing.length + partial.stale.length : 0) +
    (model.federation?.clashes.length ?? 0) +
    recordsLeftOutCount(quality.recordsLeftOut) +
    quality.rowsLeftOut.length +
    quality.unitsLeftOut.length +
    quality.flagsByUnit.size +
    timeProblem
  );
}

/** Opens the panel and moves focus to its summary, so a keyboard or screen-reader user lands on what they asked for. */
export function openDataQualityPanel(): void {
  const panel = document.getElementById(DATA_QUALITY_ID);
  if (!(panel instanceof HTMLDetailsElement)) return;
  panel.open = true;
  const summary = panel.querySelector('summary');
  summary?.focus();
  panel.scrollIntoView({ block: 'start' });
}

/** The header's way to the panel, shown only when the panel has something to say. */
export function DataQualityLink({ model, federation }: { model: FeedModel; federation?: FederationStatus | undefined }) {
  const t = useT();
  const lang = useLang();
  const { staleAfterSeconds } = useConfig();
  const now = useNow(30_000);
  const count = qualityIssueCount(model, now, staleAfterSeconds, federation);
  if (count === 0) return null;
  return (
    <a
      className="quality-link"
      href={`#${DATA_QUALITY_ID}`}
      onClick={(event) => {
        event.preventDefault();
        openDataQualityPanel();
      }}
    >
      {t('quality.open', { count: formatCount(count, lang) })}
    </a>
  );
}

export function rowProblemText(problem: RowProblem, t: Translate): string {
  const { code, ...params } = problem;
  return t(`problem.${code}` as MessageKey, params as Record<string, string>);
}

export function unitFlagText(flag: UnitFlag, t: Translate): string {
  const { code, ...params } = flag;
  return t(`flag.${code}` as MessageKey, params as Record<string, string | number>);
}

/** The dashboard's panel, with the national view's provinces when the feed is an index. */
export function DashboardQualityPanel({ model }: { model: FeedModel }) {
  return <DataQualityPanel model={model} federation={useDashboardFeed().snapshot?.federation} />;
}

export function DataQualityPanel({ model, federation }: { model: FeedModel; federation?: FederationStatus | undefined }) {
  const t = useT();
  const lang = useLang();
  const { staleAfterSeconds, timeZone } = useConfig();
  const onPickUnit = useViewActions().unitPicked;
  const { quality } = model;
  const now = useNow(30_000);
  const timeProblem = feedTimeProblem(model.generatedAtMs, now, staleAfterSeconds);
  const flagged = [...quality.flagsByUnit.entries()];
  const leftOut = quality.rowsLeftOut.length;
  const nameOf = (id: string) => model.units.get(id)?.name ?? id;
  // The summary names only what there is: no "0 rows left out" when the one problem is the feed's time.
  const recordsLeftOut = recordsLeftOutCount(quality.recordsLeftOut);
  const parts = [
    recordsLeftOut > 0 ? t('openFile.quality.part', { count: formatCount(recordsLeftOut, lang) }) : null,
    leftOut > 0 ? t('quality.part.rowsLeftOut', { count: formatCount(leftOut, lang) }) : null,
    quality.unitsLeftOut.length > 0 ? t('quality.part.unitsLeftOut', { count: formatCount(quality.unitsLeftOut.length, lang) }) : null,
    flagged.length > 0 ? t('quality.part.flagged', { count: formatCount(flagged.length, lang) }) : null,
    timeProblem === null ? null : t(timeProblem === 'future' ? 'quality.part.future' : 'quality.part.stale'),
  ].filter((part) => part !== null);
  const partial = federation ? partialState(federation, now, staleAfterSeconds) : null;
  const provincesAmiss = (partial ? partial.missing.length + partial.stale.length : 0) + (model.federation?.clashes.length ?? 0);
  if (provincesAmiss > 0) parts.unshift(t('federation.sources.part', { count: formatCount(provincesAmiss, lang) }));
  const hasIssues = parts.length > 0;
  const at = formatDateTime(model.generatedAtMs, lang, timeZone);
  return (
    <details id={DATA_QUALITY_ID} className={`quality-panel${hasIssues ? ' quality-panel--issues' : ''}`}>
      <summary>
        <strong>{t('quality.title')}:</strong> {hasIssues ? parts.join(', ') : t('quality.ok')}
      </summary>
      {federation ? <ProvinceSources model={model} status={federation} nowMs={now} /> : null}
      {timeProblem ? (
        <section>
          <h3>{t('quality.feedTime')}</h3>
          <p>
            {timeProblem === 'future'
              ? t('quality.generatedFuture', { at })
              : t('quality.generatedStale', { at, minutes: formatCount(Math.round(staleAfterSeconds / 60), lang) })}{' '}
            <code>{model.generatedAt}</code>
          </p>
        </section>
      ) : null}
      <RecordsLeftOut entries={quality.recordsLeftOut} />
      {leftOut > 0 ? (
        <section>
          <h3>{t('quality.rowsLeftOut', { count: formatCount(leftOut, lang) })}</h3>
          {quality.unitsTouched.length > 0 ? (
            <p>{t('quality.unitsTouched', { units: quality.unitsTouched.map(nameOf).join(', ') })}</p>
          ) : null}
          <ul>
            {quality.rowsLeftOut.slice(0, MAX_LISTED).map((row) => (
              <li key={row.index}>
                {t('quality.row', { index: row.index + 1 })}
                {row.unitId ? ` · ${nameOf(row.unitId)}` : ''}
                {row.month ? ` · ${row.month}` : ''}: {row.problems.map((p) => rowProblemText(p, t)).join('; ')}
              </li>
            ))}
            {leftOut > MAX_LISTED ? <li>… +{formatCount(leftOut - MAX_LISTED, lang)}</li> : null}
          </ul>
        </section>
      ) : null}
      {quality.unitsLeftOut.length > 0 ? (
        <section>
          <h3>{t('quality.unitsLeftOut', { count: quality.unitsLeftOut.length })}</h3>
          <ul>
            {quality.unitsLeftOut.slice(0, MAX_LISTED).map((unit) => (
              <li key={unit.index}>
                #{unit.index + 1} {unit.unitId ?? ''}: {t(`unitLeftOut.${unit.problem}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {flagged.length > 0 ? (
        <section>
          <h3>{t('quality.flagged', { count: flagged.length })}</h3>
          <ul>
            {flagged.slice(0, MAX_LISTED).map(([unitId, flags]) => (
              <li key={unitId}>
                <button type="button" className="link-button" onClick={() => onPickUnit(unitId)}>
                  {nameOf(unitId)}
                </button>
                : {flags.map((flag) => unitFlagText(flag, t)).join('; ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </details>
  );
}

/** A national view's provinces one by one: each one's own generatedAt, or since when it fails, and which are left out. */
function ProvinceSources({ model, status, nowMs }: { model: FeedModel; status: FederationStatus; nowMs: number }) {
  const t = useT();
  const lang = useLang();
  const { timeZone, staleAfterSeconds } = useConfig();
  const time = (ms: number) => formatDateTime(ms, lang, timeZone);
  const clashes = model.federation?.clashes ?? [];
  const nameOf = (feedId: string) => status.feeds.find((feed) => feed.id === feedId)?.name ?? feedId;
  return (
    <section className="province-sources">
      <h3>{t('federation.sources', { count: formatCount(status.feeds.length, lang) })}</h3>
      <ul>
        {status.feeds.map((feed) => {
          const words: string[] = [];
          if (feed.generatedAtMs !== null) words.push(t('federation.source.generated', { time: time(feed.generatedAtMs) }));
          if (feed.failingSinceMs !== null) {
            words.push(
              t(feed.state === 'refused' ? 'federation.source.refused' : 'federation.source.failing', { time: time(feed.failingSinceMs) }),
            );
          } else if (feed.state === 'waiting') words.push(t('federation.source.waiting'));
          if (feed.full) words.push(t('federation.source.full'));
          const amiss =
            feed.state === 'failed' ||
            feed.state === 'refused' ||
            (feed.generatedAtMs !== null && nowMs - feed.generatedAtMs > staleAfterSeconds * 1000);
          return (
            <li key={feed.id} className={amiss ? 'province-sources__amiss' : undefined}>
              <strong>{feed.name}</strong>: {words.join(' · ')}
            </li>
          );
        })}
        {clashes.map((clash) => (
          <li key={`clash-${clash.feedId}`} className="province-sources__amiss">
            {t('federation.clash', { name: nameOf(clash.feedId), unitId: clash.unitId, other: nameOf(clash.otherFeedId) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
