// Runs the widget: config.json, then the feed through TanStack Query's observer (polling, retries, last good data kept), paused while nobody can see it.
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { setUpPage, type PageSetup } from '../queries/config-query';
import { feedQueryOptions, type FeedPolling } from '../queries/feed-query';
import { FEED_TIMEOUT_MS } from '../queries/fetch-feed';
import { watchPageActivity } from './page-activity';
import { badPeriodScreen, feedScreen, loadingScreen, noDataYetScreen, setupFailedScreen, type WidgetChoice } from './widget-screen';
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
  const show = screenRenderer(root);
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
  const draw = () => {
    const result = observer.getCurrentResult();
    show(
      feedScreen({ model: result.data?.model, error: result.error, failureCount: result.failureCount }, choice, config.timeZone, baseUrl),
    );
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
