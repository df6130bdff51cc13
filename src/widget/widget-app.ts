// Runs the widget: config.json, then the feed through a plain poller (polling, retries, last good data kept), paused while nobody can see it.
import { nationalWordsOnDemand } from '../view/national-words-loader';
import type { FeedPolling, PollState } from '../queries/feed-poller';
import { pollFeedOrIndex } from '../queries/poll-source';
import { FEED_TIMEOUT_MS } from '../queries/fetch-feed';
import { setUpPage, type PageSetup } from '../queries/page-setup';
import { formatCount, formatDateTime } from '../i18n/format';
import { watchPageActivity } from './page-activity';
import { translate } from '../i18n/widget-messages';
import {
  badPeriodScreen,
  feedScreen,
  loadingScreen,
  noDataYetScreen,
  setupFailedScreen,
  type WidgetChoice,
  type WidgetScreen,
} from './widget-screen';
import { screenRenderer } from './widget-render';

/** Fewer retries than the kiosk: a citizen's phone should not keep its radio awake for a feed that is down. */
const WIDGET_POLLING: Omit<FeedPolling, 'pollSeconds' | 'inBackground'> = { retries: 2, maxRetryDelayMs: 30_000 };

export type WidgetTiming = {
  /** After this long without config.json, "loading" gives way to the quiet line (the request keeps going). */
  setupPatienceMs: number;
  /** A failed config.json is asked again after this long: a portal's network blip must not leave the box empty for good. */
  setupRetryMs: number;
};

const DEFAULT_TIMING: WidgetTiming = { setupPatienceMs: FEED_TIMEOUT_MS, setupRetryMs: 60_000 };

/** Starts the widget in `root`; returns the stop function (tests, and nothing else, call it). */
export function startWidget(root: HTMLElement, choice: WidgetChoice, baseUrl: string, timing: WidgetTiming = DEFAULT_TIMING): () => void {
  const render = screenRenderer(root, {
    title: translate(choice.lang, 'widget.title'),
    figuresUpdated: translate(choice.lang, 'widget.figuresUpdated'),
  });
  // config.json's adjustments are known once it is read; the URL's notes from the start.
  let configNotes: string[] = [];
  const show = (screen: WidgetScreen) => render({ ...screen, notes: [...(choice.notes ?? []), ...configNotes] });
  if (choice.badPeriod !== null) {
    show(badPeriodScreen(choice.badPeriod, choice.lang));
    return () => {};
  }
  show(loadingScreen(choice.lang));
  let stopped = false;
  let stopFeed = () => {};
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const patience = setTimeout(() => show(noDataYetScreen(choice.lang)), timing.setupPatienceMs);

  const setUp = async () => {
    try {
      const setup = await setUpPage(baseUrl, 'widget');
      if (stopped) return;
      clearTimeout(patience);
      configNotes = setupNotes(setup, choice.lang);
      stopFeed = watchFeed(setup, choice, baseUrl, show, root);
    } catch (error) {
      if (stopped) return;
      clearTimeout(patience);
      show(setupFailedScreen(error, choice.lang));
      retryTimer = setTimeout(() => void setUp(), timing.setupRetryMs);
    }
  };
  void setUp();

  return () => {
    stopped = true;
    clearTimeout(patience);
    clearTimeout(retryTimer);
    stopFeed();
  };
}

/** What the widget says under its figures about config.json and the demo's chaos switch (the pages' setupNotes, in its own words). */
function setupNotes(setup: PageSetup, lang: WidgetChoice['lang']): string[] {
  const notes = setup.config.adjustments.map((adjustment) =>
    translate(lang, 'config.pollAdjusted', { given: adjustment.given, used: adjustment.used }),
  );
  if (setup.chaos && 'invalid' in setup.chaos) notes.push(translate(lang, 'param.chaos', { value: setup.chaos.invalid }));
  if (setup.chaos && 'share' in setup.chaos) {
    const share = setup.chaos.share;
    notes.push(translate(lang, share >= 1 ? 'demo.chaosAll' : 'demo.chaos', { share, percent: `${Math.round(share * 100)}%` }));
  }

  return notes;
}

function watchFeed(
  setup: PageSetup,
  choice: WidgetChoice,
  baseUrl: string,
  show: ReturnType<typeof screenRenderer>,
  root: HTMLElement,
): () => void {
  const { config, feedUrl } = setup;
  // The national view's words, fetched with the first answer of an index (or its own problems) and drawn once they came.
  let latest: PollState;
  const wordsFor = nationalWordsOnDemand(() => draw(latest));
  const draw = (state: PollState) => {
    latest = state;
    const national = wordsFor(state);
    const clock = {
      timeZone: config.timeZone,
      staleAfterSeconds: config.staleAfterSeconds,
      onTimeTarget: config.onTimeTarget,
      now: Date.now(),
    };
    const { snapshot, error, failureCount } = state;
    show(feedScreen({ model: snapshot?.model, error, failureCount, federation: snapshot?.federation }, choice, clock, baseUrl, national));
  };
  const poller = pollFeedOrIndex(feedUrl, { ...WIDGET_POLLING, pollSeconds: config.pollSeconds }, draw);
  // While the feed is on its way: loading, now with config.json's notes, and the formatters the figures will need
  // (a phone's first Intl formatter costs it a tenth of a second, better spent waiting than after the feed came).
  draw({ snapshot: undefined, error: null, failureCount: 0 });
  formatDateTime(Date.now(), choice.lang, config.timeZone);
  formatCount(0, choice.lang);
  // Off screen or in a hidden tab nobody reads it: no polls until it is seen again, and then one at once if the figures are old.
  const stopActivity = watchPageActivity(root, poller.setActive);
  return () => {
    stopActivity();
    poller.stop();
  };
}
