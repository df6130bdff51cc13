// Entry of public.html, the public view of one unit made for a phone (the widget's "Xem chi tiết", the kiosk's QR code):
// the widget's start-up and poller, the engine's figures, plain words and no official table.
import { nationalWordsOnDemand } from '../view/national-words-loader';
import { pollFeedOrIndex } from '../queries/poll-source';
import { isRefusal } from '../queries/fetch-feed';
import type { PollState } from '../queries/feed-poller';
import { setUpPage } from '../queries/page-setup';
import { translate } from '../i18n/public-messages';
import { readViewFromUrl, resolveTheme } from '../view/view-params';
import { publicRenderer } from './public-render';
import { publicScreen } from './public-view';
import '../styles/base.css';
import './public.css';

const view = readViewFromUrl(location.search, { theme: 'system' });
const prefersDark = matchMedia('(prefers-color-scheme: dark)');
const applyTheme = () => (document.documentElement.dataset.theme = resolveTheme(view.theme, prefersDark.matches));
applyTheme();
if (view.theme === 'system') prefersDark.addEventListener('change', applyTheme);
document.documentElement.lang = view.lang;
document.title = translate(view.lang, 'public.title');

const lang = view.lang;
const show = publicRenderer(document.getElementById('root') as HTMLElement);
const notes = view.paramProblems
  .filter((problem) => problem.param !== 'period')
  .map((problem) => translate(lang, 'param.bad', { param: problem.param, value: problem.value }));
const badPeriod = view.paramProblems.find((problem) => problem.param === 'period');

async function start() {
  if (badPeriod)
    return show({ kind: 'message', alert: true, text: translate(lang, 'widget.badPeriod', { value: badPeriod.value }) }, notes);
  show({ kind: 'message', text: translate(lang, 'app.loading') }, notes);
  let setup;
  try {
    setup = await setUpPage(document.baseURI, 'main');
  } catch {
    return show({ kind: 'message', text: translate(lang, 'widget.noDataYet') }, notes);
  }
  const { config, feedUrl } = setup;
  // The national view's words, fetched with the first answer of an index (or its own problems) and drawn once they came.
  let latest: PollState;
  const wordsFor = nationalWordsOnDemand(() => draw(latest));
  const draw = (state: PollState) => {
    latest = state;
    const national = wordsFor(state);
    const clock = { ...config, now: Date.now() };
    const { snapshot, error } = state;
    const model = snapshot?.model;
    if (model) {
      const federation = snapshot.federation && national ? { status: snapshot.federation, words: national } : undefined;
      return show(publicScreen(model, error, view, clock, federation), notes);
    }
    // Feed down from the start: plain words, never the parser's message; the last numbers stay once there were some.
    if (!error) return;
    const trouble = translate(lang, isRefusal(error) ? 'widget.trouble.refused' : 'widget.trouble.unreachable');
    const detail = national?.nationalProblem(error, lang) ?? `${trouble}; ${translate(lang, 'widget.retrying')}`;
    show({ kind: 'message', text: `${translate(lang, 'widget.noDataYet')} (${detail})` }, notes);
  };
  pollFeedOrIndex(feedUrl, { pollSeconds: config.pollSeconds, retries: 2, maxRetryDelayMs: 30_000 }, draw);
}
void start();
