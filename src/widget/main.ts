// Entry of widget.html: reads the view from the URL once (the widget never changes it), sets theme and language, reports its height to embed.js.
import { readViewFromUrl } from '../view/view-store';
import { reportHeight } from './height-reporter';
import { widgetWords } from './widget-messages';
import { readEmbedParams } from './widget-params';
import { startWidget } from './widget-app';
import '../ui/base.css';
import './widget.css';

const view = readViewFromUrl(location.search, { theme: 'light' });
// Set before the first paint, so a dark widget never flashes light.
document.documentElement.dataset.theme = view.theme;
document.documentElement.lang = view.lang;
document.title = widgetWords(view.lang).title;

const root = document.getElementById('root') as HTMLElement;
const embed = readEmbedParams(location.search);
if (embed && window.parent !== window) reportHeight(root, embed);

startWidget(
  root,
  {
    unitId: view.unitId,
    period: view.period,
    badPeriod: view.paramProblems.find((problem) => problem.param === 'period')?.value ?? null,
    lang: view.lang,
  },
  document.baseURI,
);
