// The `chaos` URL parameter: on the demo feed only, the share of its requests to fail on purpose (mocks/chaos.ts).

/** Off, a share to fail, or the value given when it could not be read (said on the page like any bad parameter). */
export type ChaosChoice = { share: number } | { invalid: string } | null;

const MAX_SHOWN_LENGTH = 40;

/** A share from 0 to 1 written as a plain decimal: "0.3", "1", ".5". "30%", "1e-1" or "2" are refused, not guessed. */
export function readChaosParam(search: string): ChaosChoice {
  const text = new URLSearchParams(search).get('chaos');
  if (text === null) return null;
  const value = text.trim();
  const share = /^(?:[01](?:\.\d{1,6})?|\.\d{1,6})$/.test(value) ? Number(value) : Number.NaN;
  if (share >= 0 && share <= 1) return share === 0 ? null : { share };
  return { invalid: text.slice(0, MAX_SHOWN_LENGTH) };
}
