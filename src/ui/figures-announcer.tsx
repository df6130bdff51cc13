// A polite live region for screen readers that speaks when the figures on screen change, and only then.
import { useState } from 'react';
import type { UnitFigures } from '../stats/figures';
import { formatCount, formatRate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import type { Translate } from './use-t';

type Props = {
  /** The unit and period shown: the viewer's own choice is not announced (the heading and focus already say it). */
  viewKey: string;
  /** The figures said; a poll that brings a new document with the same figures changes nothing here. */
  signature: string;
  message: string;
};

/**
 * Empty on first render and on a new choice, so nothing is said on load; after that, each change of the same
 * view's figures puts `message` in the region once. The clock and "last checked" are never in it.
 */
export function FiguresAnnouncer({ viewKey, signature, message }: Props) {
  const [state, setState] = useState({ viewKey, signature, said: '' });
  if (state.viewKey !== viewKey || state.signature !== signature) {
    setState({ viewKey, signature, said: state.viewKey === viewKey ? message : '' });
  }
  return (
    <p className="visually-hidden figures-announcer" aria-live="polite" aria-atomic="true">
      {state.said}
    </p>
  );
}

/** The headline figures a change of which is worth saying. */
export function figuresSignature(figures: UnitFigures): string {
  return [figures.received, figures.resolved, figures.onTimeRate, figures.pending, figures.pendingOverdue].join('|');
}

/** What is said when they change: the same headline figures on every page. */
export function figuresAnnouncement(figures: UnitFigures, lang: Lang, t: Translate): string {
  return t('announce.updated', {
    received: formatCount(figures.received, lang),
    resolved: formatCount(figures.resolved, lang),
    rate: formatRate(figures.onTimeRate, lang),
    pending: formatCount(figures.pending, lang),
  });
}
