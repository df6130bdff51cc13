// The wall screen's frame around every state (header and clock, status band, footer with the update time, notes and the
// rotation's progress), and the one-message body for a screen that has no figures to show yet.
import type { CSSProperties, ReactNode } from 'react';
import type { Lang } from '../i18n/lang';
import { KioskClock } from './kiosk-clock';
import { useBurnInShift } from './kiosk-screen-care';

type FrameProps = {
  title: ReactNode;
  heading: string | null;
  lang: Lang;
  timeZone: string;
  notes: string[];
  band?: ReactNode;
  updated?: ReactNode;
  /** The QR code to the public view, in the footer's corner. */
  qr?: ReactNode;
  progress?: { index: number; count: number; turn: number; seconds: number } | null;
  children: ReactNode;
};

export function KioskFrame({ title, heading, lang, timeZone, notes, band, updated, qr, progress, children }: FrameProps) {
  const shift = useBurnInShift();
  const style = { '--shift-x': shift.x, '--shift-y': shift.y } as CSSProperties;
  return (
    <div className="kiosk" style={style}>
      <header className="kiosk-header">
        <div className="kiosk-header__titles">
          {title ? <p className="kiosk-header__title">{title}</p> : null}
          {heading ? <h1 className="kiosk-header__unit">{heading}</h1> : null}
        </div>
        <KioskClock lang={lang} timeZone={timeZone} />
      </header>
      <main className="kiosk-main">{children}</main>
      {/* The footer holds the mark of trust, large: when the figures were made, and, when they are old, why. The stale
          band is here rather than above the slides, in the height the QR code takes anyway, so it squeezes no row. */}
      <footer className="kiosk-footer">
        <div className="kiosk-footer__status">
          {updated}
          {band}
          {notes.length > 0 ? (
            <p className="kiosk-footer__notes" role="status">
              {notes.join(' ')}
            </p>
          ) : null}
        </div>
        {progress ? (
          <p className="kiosk-footer__position" aria-hidden="true">
            {progress.index + 1}/{progress.count}
          </p>
        ) : null}
        {qr}
      </footer>
      {progress ? (
        // Restarted on every turn; the one moving part besides the clock, thin and at the edge.
        <div className="kiosk-progress" aria-hidden="true">
          <div key={progress.turn} className="kiosk-progress__fill" style={{ animationDuration: `${progress.seconds}s` }} />
        </div>
      ) : null}
    </div>
  );
}

export function KioskMessage({ title, lines = [], alert = false }: { title: string; lines?: string[]; alert?: boolean }) {
  return (
    <div className="kiosk-message" role={alert ? 'alert' : 'status'}>
      <p className="kiosk-message__title">{title}</p>
      {lines.map((line) => (
        <p key={line} className="kiosk-message__line">
          {line}
        </p>
      ))}
    </div>
  );
}
