// The wall screen: config.json (or its saved copy), the feed polled forever, the slides, the clock and the honest state of the data.
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { feedQueryOptions } from '../queries/feed-query';
import { useShownFailure } from '../queries/use-feed';
import { formatCount, formatMonth } from '../i18n/format';
import { formatPeriodLabel, periodAsLead, runningDayOf } from '../i18n/period-label';
import type { Lang } from '../i18n/lang';
import { formatPeriod, type ResolvedPeriod } from '../stats/period';
import { rowsLeftOutUnder } from '../stats/left-out';
import { unitPeriodFigures } from '../stats/unit-period-figures';
import { FiguresAnnouncer, figuresAnnouncement, figuresSignature } from '../ui/figures-announcer';
import type { ChaosChoice } from '../config/chaos-param';
import { configProblemText, setupNotes } from '../ui/page-setup-gate';
import { unitScope } from '../view/national-words';
import { usePageTitle } from '../ui/page-title';
import { useT, type Translate } from '../ui/use-t';
import { useFieldId, useLang, useParamProblems, usePeriod, useUnitId } from '../view/view-store';
import { findField, forField } from '../feed/field-view';
import { syncKioskShell } from './kiosk-app-shell';
import { KioskFrame, KioskMessage } from './kiosk-frame';
import { KioskNationalNotice } from './kiosk-national';
import { unitName } from '../i18n/unit-name';
import type { RotateChoice } from './kiosk-params';
import {
  copyTime,
  nationalComplete,
  saveConfirmation,
  saveDocument,
  saveSetup,
  savedCopyCarries,
  type KioskSetup,
  type RestoredKiosk,
} from './kiosk-persistence';
import { useHiddenCursor, useKioskUnit, usePerformanceHousekeeping, useWakeLock } from './kiosk-screen-care';
import { kioskFeedPolling, kioskSetupQueryOptions } from './kiosk-setup-query';
import type { SlideContext } from './kiosk-slide-context';
import { KioskSlideView } from './kiosk-slide-view';
import { StaleBand, UpdatedAt } from './kiosk-update-status';
import { buildSlides, currentSlideIndex, rotationOrder } from './kiosk-slides';
import { staleReason } from './kiosk-freshness';
import { KioskQr, publicViewUrl } from './kiosk-qr';
import { useSlideKey, useSlideTurn } from './kiosk-store';
import { useDailyReload } from './use-daily-reload';
import { useSlideRotation } from './use-slide-rotation';

const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A national view's copy (its unit totals, made afresh) is written at most this often: its provinces change it all the time. */
const NATIONAL_SAVE_EVERY_MS = 10 * 60_000;

type Props = {
  baseUrl: string;
  restored: RestoredKiosk;
  storage: Storage | null;
  rotate: RotateChoice;
  startedAt: number;
};

export function KioskApp({ baseUrl, restored, storage, rotate, startedAt }: Props) {
  const setup = useQuery(kioskSetupQueryOptions(baseUrl));
  const lang = useLang();
  const t = useT();
  const sizeUnitPx = useKioskUnit();
  useHiddenCursor();
  useWakeLock();
  usePerformanceHousekeeping();

  useEffect(() => {
    if (setup.data) saveSetup(storage, setup.data);
  }, [storage, setup.data]);

  // Only from a config.json just read: a saved copy may be older than a switch to or from the demo.
  const configFeedUrl = setup.data?.config.feedUrl;
  useEffect(() => {
    if (configFeedUrl !== undefined) void syncKioskShell(baseUrl, configFeedUrl);
  }, [baseUrl, configFeedUrl]);

  // config.json that cannot be read is survivable when a copy of the last good one was saved.
  const active = setup.data ?? restored.setup;
  const configFailure = setup.data ? null : (setup.failureReason ?? null);
  if (!active) {
    return (
      <KioskFrame title={null} heading={null} lang={lang} timeZone={DEFAULT_TIME_ZONE} notes={rotateNotes(rotate, t)}>
        {configFailure ? (
          <KioskMessage alert title={t('kiosk.configProblem')} lines={[configProblemText(configFailure, t), t('kiosk.retrying')]} />
        ) : (
          <KioskMessage title={t('app.loading')} />
        )}
      </KioskFrame>
    );
  }
  return (
    <KioskFeedScreen
      setup={active}
      configProblem={configFailure === null ? null : configProblemText(configFailure, t)}
      chaos={setup.data?.chaos ?? null}
      // With a saved copy on screen, the feed waits for config.json (or its first failure) so it polls the right address.
      feedEnabled={setup.data !== undefined || setup.failureCount > 0}
      restored={restored}
      storage={storage}
      rotate={rotate}
      startedAt={startedAt}
      sizeUnitPx={sizeUnitPx}
    />
  );
}

function rotateNotes(rotate: RotateChoice, t: Translate): string[] {
  return rotate.invalid === null ? [] : [t('kiosk.rotateInvalid', { value: rotate.invalid, seconds: rotate.seconds })];
}

/** Why the first load failed, in the words a citizen gets: the source cannot be reached, or what it sent is not valid. */
function plainReason(failure: unknown): 'unreachable' | 'refused' {
  return staleReason(failure) === 'refused' ? 'refused' : 'unreachable';
}

function periodText(resolved: ResolvedPeriod, lang: Lang, t: Translate): string {
  const label = formatPeriodLabel(resolved, lang);
  return resolved.hasMonths && resolved.clamped
    ? `${label} (${t('summary.clamped', { month: formatMonth(resolved.range.to, lang) })})`
    : label;
}

type ScreenProps = Omit<Props, 'baseUrl'> & {
  setup: KioskSetup;
  /** Why config.json cannot be read now, while the saved copy carries the screen. */
  configProblem: string | null;
  /** The demo's chaos switch, said on screen; null on a real feed or a saved set-up. */
  chaos: ChaosChoice;
  feedEnabled: boolean;
  /** The screen's type unit in px, for the charts. */
  sizeUnitPx: number;
};

function KioskFeedScreen({ setup, configProblem, chaos, feedEnabled, restored, storage, rotate, startedAt, sizeUnitPx }: ScreenProps) {
  const { config, feedUrl } = setup;
  const lang = useLang();
  const t = useT();
  const title = usePageTitle(config.title, t);
  const queryClient = useQueryClient();
  const polling = useMemo(() => kioskFeedPolling(config.pollSeconds), [config.pollSeconds]);
  const feed = useQuery({ ...feedQueryOptions(feedUrl, polling, queryClient), enabled: feedEnabled });
  const snapshot = feed.data;
  const wholeModel = snapshot?.model;
  // A screen for one field (field=…): every slide answers for that field; an unknown field shows no numbers at all.
  const fieldId = useFieldId();
  const field = wholeModel && fieldId !== null ? findField(wholeModel, fieldId) : undefined;
  const unknownField = wholeModel !== undefined && fieldId !== null && !field;
  const model = wholeModel && !unknownField ? forField(wholeModel, fieldId) : undefined;
  // With retries forever a failing poll never settles into `error`: the reason of the retry in progress is the failure.
  // A refused document is not retried, and its error is cleared when the next poll starts: kept meanwhile.
  const failure: unknown = useShownFailure(feed);
  const saved = restored.document?.feedUrl === feedUrl ? restored.document : null;
  const fromSavedCopy = saved !== null && snapshot === saved.snapshot && feed.dataUpdatedAt === saved.lastSuccessAt;

  // A national view's snapshot is remade whenever a province answers: its copy is written when its documents changed,
  // all its provinces are in, and not more often than NATIONAL_SAVE_EVERY_MS (made afresh, it costs a walk of every row).
  const lastSave = useRef<{ model: unknown; at: number }>({ model: null, at: -Infinity });
  useEffect(() => {
    // The document's text is written when a new one arrives, not on every poll.
    if (!snapshot || snapshot === saved?.snapshot || snapshot.model === lastSave.current.model) return;
    const now = Date.now();
    const national = snapshot.model.federation !== null;
    if (national && (!nationalComplete(snapshot) || now - lastSave.current.at < NATIONAL_SAVE_EVERY_MS)) return;
    saveDocument(storage, feedUrl, snapshot, now);
    lastSave.current = { model: snapshot.model, at: now };
  }, [storage, feedUrl, snapshot, saved]);
  useEffect(() => {
    if (snapshot && !fromSavedCopy) saveConfirmation(storage, feedUrl, copyTime(snapshot), feed.dataUpdatedAt);
  }, [storage, feedUrl, snapshot, fromSavedCopy, feed.dataUpdatedAt]);

  const generatedAt = snapshot ? copyTime(snapshot) : null;
  const outage = failure !== null || configProblem !== null;
  useDailyReload({
    timeZone: config.timeZone,
    hour: config.kioskReloadHour,
    startedAt,
    outage: () => outage,
    cacheCarries: () => generatedAt !== null && savedCopyCarries(storage, feedUrl, generatedAt),
  });

  const unitParam = useUnitId();
  const period = usePeriod();
  const paramProblems = useParamProblems();
  const view = useMemo(() => (model ? unitPeriodFigures(model, unitParam, period) : null), [model, unitParam, period]);
  const slides = useMemo(
    () =>
      model && view?.status === 'ok'
        ? rotationOrder(
            buildSlides(model, view, { onTimeTarget: config.onTimeTarget, nameOf: (node) => unitName(node, lang) }),
            rotate.seconds,
          )
        : [],
    [model, view, config.onTimeTarget, lang, rotate.seconds],
  );
  const keys = useMemo(() => slides.map((slide) => slide.key), [slides]);
  useSlideRotation(keys, rotate.seconds);
  const slideKey = useSlideKey();
  const turn = useSlideTurn();
  const index = currentSlideIndex(keys, slideKey);
  const slide = slides[index];

  const context = useMemo<SlideContext | null>(
    () =>
      model && view?.status === 'ok'
        ? {
            model,
            view,
            t,
            lang,
            periodText: periodText(view.resolved, lang, t),
            // A month still running is said to the day ("Tính đến ngày 2/12/2026"), as the widget says it.
            leadPeriod: periodAsLead(
              periodText(view.resolved, lang, t),
              view.resolved,
              lang,
              runningDayOf(view.resolved, model.generatedAtMs, lang, config.timeZone),
            ),
            unitName: unitName(view.unit, lang),
            onTimeTarget: config.onTimeTarget,
            sizeUnitPx,
          }
        : null,
    [model, view, t, lang, config.onTimeTarget, config.timeZone, sizeUnitPx],
  );

  // A national view (FEED.md "Federation"): the provinces that concern the unit shown, and the document it is as recent as.
  const national =
    wholeModel && snapshot?.federation && view && view.status !== 'unknown-unit'
      ? unitScope(wholeModel, snapshot.federation, view.unit.id)
      : null;
  const shownTime = national?.part ?? wholeModel;

  // Rows the document left out that this unit's figures would have counted: the figures are partial, and say so.
  const leftOut = model && view?.status === 'ok' ? rowsLeftOutUnder(model, view.unit.id, fieldId) : 0;
  const notes = [
    ...(leftOut > 0 ? [t('summary.partial', { count: formatCount(leftOut, lang) })] : []),
    ...rotateNotes(rotate, t),
    ...paramProblems.map((problem) => t('param.bad', { param: problem.param, value: problem.value })),
    ...setupNotes({ config, chaos }, t).map((note) => note.text),
    ...(configProblem === null ? [] : [`${t('kiosk.usingSavedConfig')} ${configProblem}`]),
  ];

  let body: ReactNode;
  if (unknownField) {
    body = <KioskMessage alert title={t('field.unknown', { field: fieldId ?? '' })} />;
  } else if (!model || !view) {
    body = failure ? (
      // Plain words for the public: the parser's or the server's own message is for officials, on the dashboard.
      <KioskMessage alert title={t('kiosk.noDataYet')} lines={[t(`kiosk.firstLoad.${plainReason(failure)}`), t('kiosk.retrying')]} />
    ) : (
      <KioskMessage title={t('app.loading')} />
    );
  } else if (view.status === 'unknown-unit') {
    body = <KioskMessage alert title={t('kiosk.unknownUnit', { unit: view.unitId })} />;
  } else if (!slide || !context) {
    body = <KioskMessage title={t('summary.noData', { unit: unitName(view.unit, lang), period: periodText(view.resolved, lang, t) })} />;
  } else {
    body = <KioskSlideView slide={slide} context={context} position={{ index, count: slides.length }} />;
  }

  const heading =
    view && view.status !== 'unknown-unit' ? (field ? `${unitName(view.unit, lang)} · ${field.name}` : unitName(view.unit, lang)) : null;
  const subtitle =
    view && view.status !== 'unknown-unit' ? (
      <>
        {title} · <span className="kiosk-nowrap">{periodText(view.resolved, lang, t)}</span>
      </>
    ) : (
      title
    );
  const qrUrl =
    view?.status === 'ok'
      ? publicViewUrl(location.href, { unitId: view.unit.synthetic ? null : view.unit.id, fieldId, period, lang })
      : null;
  return (
    <KioskFrame
      title={subtitle}
      heading={heading}
      lang={lang}
      timeZone={config.timeZone}
      notes={notes}
      band={
        model && shownTime ? (
          <>
            <StaleBand
              generatedAtMs={shownTime.generatedAtMs}
              staleAfterSeconds={config.staleAfterSeconds}
              failure={failure}
              lang={lang}
              timeZone={config.timeZone}
            />
            {national ? <KioskNationalNotice setup={{ config, feedUrl, chaos }} status={national.status} /> : null}
          </>
        ) : null
      }
      updated={
        model && shownTime ? (
          <UpdatedAt
            generatedAt={shownTime.generatedAt}
            generatedAtMs={shownTime.generatedAtMs}
            national={national && !national.part ? model : null}
            fromSavedCopy={fromSavedCopy}
            failure={failure}
            lang={lang}
            timeZone={config.timeZone}
          />
        ) : null
      }
      qr={qrUrl ? <KioskQr url={qrUrl} caption={t('kiosk.qrCaption')} /> : null}
      progress={slides.length > 1 ? { index, count: slides.length, turn, seconds: rotate.seconds } : null}
    >
      {view?.status === 'ok' ? (
        <FiguresAnnouncer
          viewKey={`${view.unit.id}|${formatPeriod(period)}`}
          signature={figuresSignature(view.figures)}
          message={figuresAnnouncement(view.figures, lang, t)}
        />
      ) : null}
      {body}
    </KioskFrame>
  );
}
