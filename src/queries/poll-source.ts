// pollFeed for an address that may name an index (FEED.md "Federation"): an ordinary feed is polled as before; an index
// starts a national view (federation.ts, loaded only then, so the widget's own bundle never carries it), whose provinces'
// answers reach `onChange` between the index's own polls.
import { parsePublicFeedText } from '../feed/parse-public-feed';
import { pollFeed, type FeedPoller, type FeedPolling, type PollState } from './feed-poller';
import type { IndexHandler } from './fetch-feed';
import type { Federation } from './federation';

export function pollFeedOrIndex(
  url: string,
  polling: Pick<FeedPolling, 'pollSeconds' | 'retries' | 'maxRetryDelayMs'>,
  onChange: (state: PollState) => void,
): FeedPoller {
  let federation: Promise<Federation> | undefined;
  let active = true;
  const onIndex: IndexHandler = async (response) => {
    federation ??= import('./federation').then(({ createFederation }) => {
      const made = createFederation({
        polling: { ...polling, inBackground: true },
        parse: parsePublicFeedText,
        onUpdate: (snapshot) => {
          if (snapshot) poller.replace(snapshot);
        },
      });
      made.setActive(active);
      return made;
    });
    return (await federation).onIndex(response);
  };
  const poller = pollFeed(url, polling, onChange, { onIndex });
  return {
    setActive(next) {
      active = next;
      poller.setActive(next);
      void federation?.then((made) => made.setActive(next));
    },
    stop() {
      poller.stop();
      void federation?.then((made) => made.stop());
    },
    replace: poller.replace,
  };
}
