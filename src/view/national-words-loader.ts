// The national view's words for the plain pages (widget, public view), loaded with the first answer of an index or one of
// its own problems, so a province's page never downloads them.
import type * as National from './national-words';
import { FeedError } from '../queries/fetch-feed';
import type { PollState } from '../queries/feed-poller';

/**
 * `wordsFor(state)` gives the words once they came, and starts loading them the first time a state needs them (a national
 * snapshot, "no province yet", a refused index); `redraw` is called when they arrive. A chunk lost on a flaky network is
 * asked for again at the next drawing; the figures are drawn meanwhile.
 */
export function nationalWordsOnDemand(redraw: () => void): (state: PollState) => typeof National | undefined {
  let national: typeof National | undefined;
  let loading = false;
  return (state) => {
    if (national || loading) return national;
    const problem = state.error instanceof FeedError ? state.error.problem : null;
    const bad = problem?.code === 'no-province' || (problem?.code === 'refused' && problem.refusal.code === 'bad-index');
    if (!state.snapshot?.federation && !bad) return undefined;
    loading = true;
    import('./national-words').then(
      (loaded) => {
        national = loaded;
        redraw();
      },
      () => (loading = false),
    );
    return undefined;
  };
}
