// The wall screen's frame around every state (header and clock, status band, footer with the update time, notes and the
// rotation's progress), and the one-message body for a screen that has no figures to show yet.
import type { CSSProperties, ReactNode } from 'react';
import type { Lang } from '../i18n/lang';
import { KioskClock } from './kiosk-clock';
import { useBurnInShift } from './kiosk-screen-care';

type FrameProps = {
  title: string | null;
  heading: string | null;
  lang: Lang;
  timeZone: string;
  notes: string[];
  band?: ReactNode;
  updated?: ReactNode;
  progress?: { index: number; count: number; turn: number; seconds: number } | null;
  children: ReactNode;
};

export function KioskFrame({ title, heading, lang, timeZone, notes, band, updated, progress, children }: FrameProps) {
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
      {band}
      <main className="kiosk-main">{children}</main>
      <footer className="kiosk-footer">
        <div className="kiosk-footer__updated">{updated}</div>
        {notes.length > 0 ? (
          <p className="kiosk-footer__notes" role="status">
            {notes.join(' ')}
          </p>
        ) : null}
        {progress ? (
          <p className="kiosk-footer__position" aria-hidden="true">
            {progress.index + 1}/{progress.count}
          </p>
        ) : null}
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
