// Runs the widget: config.json, then the feed through TanStack Query's observer (polling, retries, last good data kept), paused while nobody can see it.
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { setUpPage, type PageSetup } from '../queries/config-query';
import { feedQueryOptions, shownFailure, type FeedPolling } from '../queries/feed-query';
import { FEED_TIMEOUT_MS } from '../queries/fetch-feed';
import { watchPageActivity } from './page-activity';
import { widgetWords } from './widget-messages';
import {
  badPeriodScreen,
  feedScreen,
  loadingScreen,
  noDataYetScreen,
  setupFailedScreen,
  type WidgetChoice,
  type WidgetScreen,
} from './widget-screen';
import { screenRenderer } from './widget-view';

/** Fewer retries than the kiosk: a citizen's phone should not keep its radio awake for a feed that is down. */
const WIDGET_POLLING: Omit<FeedPolling, 'pollSeconds'> = { inBackground: false, retries: 2, maxRetryDelayMs: 30_000 };

export type WidgetTiming = {
  /** After this long without config.json, "loading" gives way to the quiet line (the request keeps going). */
  setupPatienceMs: number;
  /** A failed config.json is asked again after this long: a portal's network blip must not leave the box empty for good. */
  setupRetryMs: number;
};

const DEFAULT_TIMING: WidgetTiming = { setupPatienceMs: FEED_TIMEOUT_MS, setupRetryMs: 60_000 };

/** Starts the widget in `root`; returns the stop function (tests, and nothing else, call it). */
export function startWidget(root: HTMLElement, choice: WidgetChoice, baseUrl: string, timing: WidgetTiming = DEFAULT_TIMING): () => void {
  const render = screenRenderer(root, widgetWords(choice.lang));
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
  const words = widgetWords(lang);
  const notes = setup.config.adjustments.map((adjustment) => words.pollAdjusted(adjustment.given, adjustment.used));
  if (setup.chaos && 'invalid' in setup.chaos) notes.push(words.badChaos(setup.chaos.invalid));
  if (setup.chaos && 'share' in setup.chaos) notes.push(words.chaos(setup.chaos.share));
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
  const queryClient = new QueryClient();
  // What QueryClientProvider does in React pages: refetch on focus and reconnect.
  queryClient.mount();
  // Back in view after a pause: one fetch if the figures are older than a poll (the options' staleTime), none otherwise.
  const options = feedQueryOptions(feedUrl, { ...WIDGET_POLLING, pollSeconds: config.pollSeconds }, queryClient);
  const observer = new QueryObserver(queryClient, { ...options, enabled: true });
  // The failure on screen from the first failed attempt on (not only once retries are spent: a Retry-After can make
  // them last a minute), and kept while the next attempt runs without figures.
  let failure: Error | null = null;
  const draw = () => {
    const result = observer.getCurrentResult();
    failure = shownFailure(result, failure);
    const clock = { timeZone: config.timeZone, staleAfterSeconds: config.staleAfterSeconds, now: Date.now() };
    show(feedScreen({ model: result.data?.model, error: failure, failureCount: result.failureCount }, choice, clock, baseUrl));
  };
  const unsubscribe = observer.subscribe(draw);
  draw();
  // Off screen or in a hidden tab nobody reads it: no polls until it is seen again.
  const stopActivity = watchPageActivity(root, (active) => observer.setOptions({ ...options, enabled: active }));
  return () => {
    stopActivity();
    unsubscribe();
    queryClient.unmount();
    queryClient.clear();
  };
}
