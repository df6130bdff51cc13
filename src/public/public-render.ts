// Draws the public view with DOM calls: feed strings become text nodes, never markup. No framework, as the widget.
import type { PublicScreen } from './public-view';

type Child = Node | string | null;

function h(tag: string, attributes: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) element.setAttribute(name, value);
  for (const child of children) if (child !== null) element.append(child);
  return element;
}

/** Through CSSOM, not a style attribute: the strict Content-Security-Policy allows no inline styles. */
function placed(element: HTMLElement, property: 'width' | 'left', percent: number): HTMLElement {
  element.style[property] = `${percent}%`;
  return element;
}

function bar(share: number, target: number | null): HTMLElement {
  return h(
    'div',
    { class: 'public__bar', 'aria-hidden': 'true' },
    placed(h('div', { class: 'public__bar-fill' }), 'width', share),
    target === null ? null : placed(h('div', { class: 'public__target-mark' }), 'left', target),
  );
}

function figures(screen: Extract<PublicScreen, { kind: 'figures' }>): HTMLElement[] {
  const { lead } = screen;
  return [
    h('h1', { class: 'public__unit' }, screen.heading, h('span', { class: 'public__period' }, screen.period)),
    screen.staleNote ? h('p', { class: 'public__stale', role: 'status' }, screen.staleNote) : h('span', null),
    screen.partial ? h('p', { class: 'public__partial', role: 'status' }, screen.partial) : h('span', null),
    h(
      'p',
      { class: 'public__lead' },
      lead.before,
      lead.rate === null ? null : h('strong', { class: 'public__rate' }, lead.rate),
      lead.after,
    ),
    screen.onTimeShare === null ? h('span', null) : bar(screen.onTimeShare, screen.target),
    h('p', { class: 'public__target' }, screen.targetWords),
    screen.rank ? h('p', { class: 'public__rank' }, screen.rank) : h('span', null),
    h('ul', { class: 'public__facts' }, ...screen.facts.map((fact) => h('li', null, fact))),
    h(
      'section',
      { class: 'public__trend', 'aria-labelledby': 'trend-title' },
      h('h2', { id: 'trend-title' }, screen.trend.title),
      h('ol', null, ...screen.trend.months.map((month) => h('li', null, month.text))),
    ),
    h(
      'p',
      { class: 'public__updated' },
      `${screen.updated.label} `,
      // A national view's span of times ("08:10 – 08:40 (34 tỉnh)") is no one moment: no datetime to give.
      screen.updated.dateTime ? h('time', { datetime: screen.updated.dateTime }, screen.updated.value) : h('b', null, screen.updated.value),
    ),
  ];
}

/** Returns `show(screen)`, which redraws only when the screen changed. */
export function publicRenderer(root: HTMLElement): (screen: PublicScreen, notes: string[]) => void {
  let shown = '';
  return (screen, notes) => {
    const key = JSON.stringify([screen, notes]);
    if (key === shown) return;
    shown = key;
    const body =
      screen.kind === 'message'
        ? [h('p', { class: 'public__message', role: screen.alert ? 'alert' : 'status' }, screen.text)]
        : figures(screen);
    root.replaceChildren(h('main', { class: 'public' }, ...body, ...notes.map((note) => h('p', { class: 'public__note' }, note))));
  };
}
