// How wide a chart's words are, so names and ticks get the room they need and no more; and words cut or wrapped to a width.

/** The dashboard charts' type size; the kiosk's follow the screen. */
export const CHART_FONT_PX = 12;

/**
 * A width in px a little over what common sans-serif faces need ("97,8%" ≈ 3.2 em in DejaVu Sans): the same on every
 * machine, for layouts that must not depend on the fonts installed (and for tests, which have no canvas).
 */
export function estimateTextWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const char of text) em += /\d/.test(char) ? 0.64 : char === '%' ? 0.96 : char === ',' || char === '.' ? 0.34 : 0.64;
  return em * fontPx;
}

const measuredWidths = new Map<string, number>();
let measuring: { context: CanvasRenderingContext2D | null; family: string } | undefined;

/** The width of `text` in the page's font at `fontPx`, measured once per text and size. */
export function textWidth(text: string, fontPx: number = CHART_FONT_PX): number {
  if (measuring === undefined) {
    const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    measuring = { context, family: context ? getComputedStyle(document.body).fontFamily : 'sans-serif' };
  }
  if (!measuring.context) return estimateTextWidth(text, fontPx);
  const key = `${fontPx}|${text}`;
  let width = measuredWidths.get(key);
  if (width === undefined) {
    measuring.context.font = `${fontPx}px ${measuring.family}`;
    width = measuring.context.measureText(text).width;
    // Names and labels of one deployment: a few thousand at most.
    if (measuredWidths.size > 20_000) measuredWidths.clear();
    measuredWidths.set(key, width);
  }
  return width;
}

/** The text cut to `width`, ending with "…" when cut. */
export function fitText(text: string, width: number, fontPx: number = CHART_FONT_PX): string {
  if (textWidth(text, fontPx) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, fontPx) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Words in at most `maxLines` lines no wider than `width`, broken between words; only what still does not fit is cut. */
export function wrapText(text: string, width: number, maxLines: number, fontPx: number = CHART_FONT_PX): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, fontPx) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) lines.splice(maxLines - 1, lines.length, lines.slice(maxLines - 1).join(' '));
  return lines.map((line) => fitText(line, width, fontPx));
}
