// The two messages between embed.js on the host page and the widget in its iframe; each side checks origin and source before trusting one.

export const HEIGHT_MESSAGE = 'tthc-widget:height';
export const MEASURE_MESSAGE = 'tthc-widget:measure';

/** A taller frame is a bug or a hostile page, not a sidebar box. */
export const MAX_FRAME_HEIGHT = 4000;

/** Ids embed.js makes and the widget accepts: short and URL-safe. */
export const EMBED_ID = /^[A-Za-z0-9_-]{1,64}$/;

export type HeightMessage = { type: typeof HEIGHT_MESSAGE; id: string; height: number };
export type MeasureRequest = { type: typeof MEASURE_MESSAGE; id: string };

function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null;
}

export function isHeightMessage(data: unknown, id: string): data is HeightMessage {
  return (
    isRecord(data) &&
    data.type === HEIGHT_MESSAGE &&
    data.id === id &&
    typeof data.height === 'number' &&
    data.height >= 0 &&
    data.height <= MAX_FRAME_HEIGHT
  );
}

export function isMeasureRequest(data: unknown, id: string): data is MeasureRequest {
  return isRecord(data) && data.type === MEASURE_MESSAGE && data.id === id;
}

/** "https://portal.example.vn" as a page reports it; anything else (a path, "null", javascript:) is refused. */
export function httpOrigin(text: string | null | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text ? url.origin : null;
  } catch {
    return null;
  }
}
