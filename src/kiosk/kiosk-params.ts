// The kiosk's own URL parameter, `rotate` (seconds per slide); unit, period, lang and theme are read by the view store.

export const DEFAULT_ROTATE_SECONDS = 20;
/** Faster than this nobody can read a slide; slower than an hour is not a rotation any more. */
export const ROTATE_SECONDS_RANGE = { min: 2, max: 3600 } as const;

export type RotateChoice = {
  seconds: number;
  /** The value given when it could not be used (shown as a short note); null when fine or absent. */
  invalid: string | null;
};

const MAX_SHOWN_LENGTH = 40;

export function parseRotate(search: string): RotateChoice {
  const text = new URLSearchParams(search).get('rotate');
  if (text === null) return { seconds: DEFAULT_ROTATE_SECONDS, invalid: null };
  const value = text.trim();
  // Plain decimal seconds only: "1e3", "0x10" or "20s" are typos on a wall screen, not intentions.
  const seconds = /^\d{1,4}(\.\d{1,3})?$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isFinite(seconds) && seconds >= ROTATE_SECONDS_RANGE.min && seconds <= ROTATE_SECONDS_RANGE.max) {
    return { seconds, invalid: null };
  }
  return { seconds: DEFAULT_ROTATE_SECONDS, invalid: text.slice(0, MAX_SHOWN_LENGTH) };
}
