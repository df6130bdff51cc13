// Entry of widget.html: reads the view from the URL once (the widget never changes it), sets theme and language, reports its height to embed.js.
import { readViewFromUrl, resolveTheme } from '../view/view-params';
import { reportHeight } from './height-reporter';
import { translate } from '../i18n/widget-messages';
import { readEmbedParams } from './widget-params';
import { startWidget } from './widget-app';
import '../styles/base.css';
import './widget.css';

const view = readViewFromUrl(location.search, { theme: 'light' });
// Set before the first paint, so a dark widget never flashes light.
const prefersDark = matchMedia('(prefers-color-scheme: dark)');
const applyTheme = () => (document.documentElement.dataset.theme = resolveTheme(view.theme, prefersDark.matches));
applyTheme();
// theme=system follows the reader's setting as it changes.
if (view.theme === 'system') prefersDark.addEventListener('change', applyTheme);
document.documentElement.lang = view.lang;
document.title = translate(view.lang, 'widget.title');

const root = document.getElementById('root') as HTMLElement;
const embed = readEmbedParams(location.search);
if (embed && window.parent !== window) reportHeight(root, embed);

startWidget(
  root,
  {
    unitId: view.unitId,
    fieldId: view.fieldId,
    period: view.period,
    badPeriod: view.paramProblems.find((problem) => problem.param === 'period')?.value ?? null,
    lang: view.lang,
    notes: view.paramProblems
      .filter((problem) => problem.param !== 'period')
      .map((problem) => translate(view.lang, 'param.bad', { param: problem.param, value: problem.value })),
  },
  document.baseURI,
);
