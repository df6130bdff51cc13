// "Nhúng tiện ích": choose unit, period, theme and language, see the widget live, copy the one-line snippet.
import { useEffect, useRef, useState } from 'react';
import { isHeightMessage } from '../embed/embed-protocol';
import type { FeedModel } from '../feed/feed-model';
import { LANGS, type Lang } from '../i18n/lang';
import type { Period } from '../stats/period';
import { unitName } from '../i18n/unit-name';
import { useT } from '../ui/use-t';
import { useLang } from '../view/view-store';
import { THEMES, viewParams, type Theme } from '../view/view-params';
import { UnitPicker } from './unit-picker';
import { FieldPicker } from './field-picker';
import { PeriodPicker } from './period-picker';

type Props = { model: FeedModel; unitId: string; fieldId?: string | null; period: Period; onClose: () => void };

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The plain iframe cannot size itself: it gets the preview's measured height, with room for a line more. */
const IFRAME_SLACK_PX = 24;
const PREVIEW_ID = 'preview';
/** The order the snippet has always written its attributes in. */
const DATA_ORDER = ['unit', 'field', 'period', 'theme', 'lang'] as const;

export function embedSnippets(
  base: string,
  choice: { unitId: string | null; fieldId?: string | null; period: Period; theme: Theme; lang: Lang; title: string },
  measuredHeight: number | null = null,
) {
  // The widget's URL and embed.js's data-* attributes carry the same parameters; the theme always, as a portal chose it.
  const params = viewParams(choice, { defaultTheme: null });
  const widgetUrl = new URL(`widget.html?${params}`, base).href;
  const data = DATA_ORDER.map((key) => {
    const value = params.get(key);
    return value === null ? '' : ` data-${key}="${escapeAttribute(value)}"`;
  }).join('');
  const script = `<script src="${escapeAttribute(new URL('embed.js', base).href)}"${data} async></script>`;
  const iframe = `<iframe src="${escapeAttribute(widgetUrl)}" title="${escapeAttribute(choice.title)}" loading="lazy" style="width:100%;max-width:600px;height:${measuredHeight === null ? 280 : measuredHeight + IFRAME_SLACK_PX}px;border:0;color-scheme:${choice.theme === 'dark' ? 'dark' : 'light'}"></iframe>`;
  return { widgetUrl, script, iframe };
}

export function EmbedDialog({ model, unitId, fieldId = null, period, onClose }: Props) {
  const t = useT();
  const pageLang = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const [unit, setUnit] = useState(unitId);
  const [field, setField] = useState(fieldId);
  const [chosenPeriod, setChosenPeriod] = useState(period);
  const [theme, setTheme] = useState<Theme>('light');
  const [lang, setLang] = useState<Lang>(pageLang);
  const [copied, setCopied] = useState<'script' | 'iframe' | null>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const [previewHeight, setPreviewHeight] = useState<number | null>(null);

  // The preview reports its content's height as it does to embed.js: from this origin, this frame, this id only.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== location.origin || event.source !== preview.current?.contentWindow) return;
      if (isHeightMessage(event.data, PREVIEW_ID)) setPreviewHeight(event.data.height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const node = model.units.get(unit);
  const title = node ? `${t('embed.preview')}: ${unitName(node, pageLang)}` : t('embed.preview');
  const snippets = embedSnippets(
    document.baseURI,
    {
      unitId: unit === model.rootId ? null : unit,
      fieldId: field,
      period: chosenPeriod,
      theme,
      lang,
      title: node ? unitName(node, pageLang) : '',
    },
    previewHeight,
  );
  const previewUrl = `${snippets.widgetUrl}&embedId=${PREVIEW_ID}&origin=${encodeURIComponent(location.origin)}`;

  const copy = async (which: 'script' | 'iframe') => {
    try {
      await navigator.clipboard.writeText(snippets[which]);
      setCopied(which);
    } catch {
      // No clipboard permission: the text stays selectable in the box.
      setCopied(null);
    }
  };

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title" onClose={onClose}>
      <div className="embed-dialog__head">
        <h2 id="embed-title">{t('embed.title')}</h2>
        {/* Closed natively, like Escape: the browser gives the focus back to the button that opened the dialog. */}
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('embed.close')}
        </button>
      </div>
      <div className="embed-dialog__body">
        <div className="embed-dialog__choices">
          <UnitPicker model={model} currentId={unit} onPick={setUnit} />
          {model.hasFields ? <FieldPicker model={model} currentId={field} onPick={setField} /> : null}
          <PeriodPicker model={model} period={chosenPeriod} onPick={setChosenPeriod} />
          <label>
            <span>{t('embed.theme')}</span>
            <select value={theme} onChange={(event) => setTheme(event.target.value as Theme)}>
              {THEMES.map((value) => (
                <option key={value} value={value}>
                  {t(`theme.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('header.language')}</span>
            <select value={lang} onChange={(event) => setLang(event.target.value as Lang)}>
              {LANGS.map((value) => (
                <option key={value} value={value} lang={value}>
                  {value === 'vi' ? 'Tiếng Việt' : 'English'}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="embed-dialog__preview">
          <h3>{t('embed.preview')}</h3>
          <iframe
            ref={preview}
            src={previewUrl}
            title={title}
            className={`embed-preview embed-preview--${theme}`}
            style={previewHeight === null ? undefined : { height: previewHeight + 2 }}
          />
        </div>
        {(['script', 'iframe'] as const).map((which) => (
          <div key={which} className="embed-dialog__snippet">
            <label>
              <span>{t(`embed.${which}`)}</span>
              <textarea readOnly rows={which === 'script' ? 2 : 3} value={snippets[which]} onFocus={(event) => event.target.select()} />
            </label>
            <button type="button" onClick={() => void copy(which)}>
              {copied === which ? t('embed.copied') : t('embed.copy')}
            </button>
          </div>
        ))}
      </div>
    </dialog>
  );
}
