// Draws a WidgetScreen with DOM calls: feed strings become text nodes, never markup. No framework: React alone would spend most of the widget's budget.
import type { DetailsLink, WidgetScreen } from './widget-screen';
import type { WidgetSummary } from './widget-summary';

type Child = Node | string | null;

function h(tag: string, attributes: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) element.setAttribute(name, value);
  for (const child of children) if (child !== null) element.append(child);
  return element;
}

/** Placed through CSSOM, not a style attribute, so a strict Content-Security-Policy (no inline styles) still draws it. */
function placed(element: HTMLElement, property: 'width' | 'left' | 'right', percent: number): HTMLElement {
  element.style[property] = `${percent}%`;
  return element;
}

/**
 * The rate by length on a scale a citizen can read: 0% and 100% at the ends, the target as a mark with its words above
 * it. The rate is in the sentence, so the bar and its numbers are hidden from screen readers; the target's words are not.
 */
function scaleBar(share: number, target: WidgetSummary['target']): HTMLElement {
  // A target past the middle has its words end at the mark, so they never run off the right edge.
  const label = target === null ? null : h('span', { class: 'widget__target-label' }, target.label);
  if (label && target) placed(label, target.share > 50 ? 'right' : 'left', target.share > 50 ? 100 - target.share : target.share);
  return h(
    'div',
    { class: 'widget__scale' },
    label ? h('p', { class: 'widget__target-row' }, label) : null,
    h(
      'div',
      { class: 'widget__bar', 'aria-hidden': 'true' },
      placed(h('div', { class: 'widget__bar-fill' }), 'width', share),
      target ? placed(h('div', { class: 'widget__target-mark' }), 'left', target.share) : null,
    ),
    h('p', { class: 'widget__ends', 'aria-hidden': 'true' }, h('span', null, '0%'), h('span', null, '100%')),
  );
}

function figures(summary: WidgetSummary, label: string): HTMLElement {
  const { lead, onTimeShare, counts, overdue, updated } = summary;
  return h(
    'section',
    { class: 'widget__figures', 'aria-label': label },
    h(
      'p',
      { class: 'widget__lead' },
      lead.before,
      lead.rate === null ? null : h('strong', { class: 'widget__rate' }, lead.rate),
      lead.after,
    ),
    // The rate is in the sentence; the bar repeats it by length (an outlined track, a solid fill), never by colour alone.
    onTimeShare === null ? null : scaleBar(onTimeShare, summary.target),
    h(
      'p',
      { class: 'widget__counts' },
      ...counts.map((count, index) =>
        h('span', { class: 'widget__count' }, index > 0 ? ' ' : null, `${count.label}: `, h('strong', null, count.value), '.'),
      ),
    ),
    h('p', { class: 'widget__overdue' }, overdue),
    // A national view's span of times ("08:10 – 08:40 (34 tỉnh)") is no one moment: no datetime to give.
    h(
      'p',
      { class: 'widget__updated' },
      `${updated.label} `,
      updated.dateTime ? h('time', { datetime: updated.dateTime }, updated.value) : h('b', null, updated.value),
    ),
  );
}

function detailsLink(link: DetailsLink): HTMLElement {
  return h(
    'p',
    { class: 'widget__link' },
    h(
      'a',
      { href: link.href, target: '_blank', rel: 'noopener' },
      link.text,
      h('span', { class: 'visually-hidden' }, ` ${link.newTab}`),
      h('span', { 'aria-hidden': 'true' }, ' ↗'),
    ),
  );
}

export function renderScreen(screen: WidgetScreen): HTMLElement {
  const drawn = renderScreenBody(screen);
  for (const note of screen.notes ?? []) drawn.append(h('p', { class: 'widget__note' }, note));
  return drawn;
}

function renderScreenBody(screen: WidgetScreen): HTMLElement {
  switch (screen.kind) {
    case 'message':
      return h(
        'div',
        { class: 'widget widget--message' },
        h(
          'p',
          { class: 'widget__message', role: screen.alert ? 'alert' : 'status' },
          screen.text,
          screen.detail ? h('span', { class: 'widget__detail' }, ` (${screen.detail})`) : null,
        ),
      );
    case 'no-data':
      return h('div', { class: 'widget' }, h('p', { class: 'widget__message' }, screen.text), detailsLink(screen.link));
    case 'figures':
      return h(
        'div',
        { class: screen.staleNote ? 'widget widget--stale' : 'widget' },
        figures(screen.summary, screen.label),
        screen.nationalNote ? h('p', { class: 'widget__partial', role: 'status' }, screen.nationalNote) : null,
        screen.staleNote || screen.partialNote
          ? h(
              'p',
              { class: 'widget__stale', role: 'status' },
              h('span', { 'aria-hidden': 'true' }, '⚠ '),
              [screen.staleNote, screen.partialNote].filter((note) => note).join(' '),
            )
          : null,
        detailsLink(screen.link),
      );
  }
}

type PageWords = { title: string; figuresUpdated: string };

/** The figures as a sentence for the live region: no time, so a new document with the same figures says nothing. */
function spokenFigures(summary: WidgetSummary): string {
  const counts = summary.counts.map((count) => `${count.label}: ${count.value}.`).join(' ');
  return `${summary.lead.before}${summary.lead.rate ?? ''}${summary.lead.after} ${counts} ${summary.overdue}`;
}

/**
 * Returns a `show(screen)` that redraws only when the screen changed, and keeps focus on the link across a redraw.
 * Around the screen stay a main landmark, the title as a visually hidden h1, and a polite live region that speaks
 * when new figures replace others: not on load, not on a poll that brings the same figures.
 */
export function screenRenderer(root: HTMLElement, words: PageWords): (screen: WidgetScreen) => void {
  const slot = h('div', { class: 'widget-slot' });
  const announcer = h('p', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'true' });
  root.replaceChildren(h('main', null, h('h1', { class: 'visually-hidden' }, words.title), slot, announcer));
  let shown = '';
  let spoken: string | null = null;
  return (screen) => {
    const key = JSON.stringify(screen);
    if (key === shown) return;
    shown = key;
    const linkHadFocus = document.activeElement instanceof HTMLAnchorElement && root.contains(document.activeElement);
    slot.replaceChildren(renderScreen(screen));
    if (linkHadFocus) root.querySelector('a')?.focus();
    if (screen.kind === 'figures') {
      const sentence = spokenFigures(screen.summary);
      if (spoken !== null && sentence !== spoken) announcer.textContent = `${words.figuresUpdated} ${sentence}`;
      spoken = sentence;
    }
  };
}
