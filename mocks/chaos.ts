// The share of demo feed requests that fail on purpose, to watch the app ride out bad polls.
let share = 0;

/** 0 (the default) turns chaos off; 1 fails every request. */
export function setChaos(next: number): void {
  share = Number.isFinite(next) ? Math.min(1, Math.max(0, next)) : 0;
}

export function chaosShare(): number {
  return share;
}
