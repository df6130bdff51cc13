// The slide on the wall: the one piece of kiosk state that is the viewer's, not the feed's.
import { create } from 'zustand';
import { nextSlideKey } from './kiosk-slides';

type KioskSlideState = {
  /** null until the first rotation: the first slide is shown. */
  slideKey: string | null;
  /** Counts rotations, so the progress mark restarts even when the same slide comes round again. */
  turn: number;
};

export const useKioskSlideStore = create<KioskSlideState>()(() => ({ slideKey: null, turn: 0 }));

export const useSlideKey = () => useKioskSlideStore((state) => state.slideKey);
export const useSlideTurn = () => useKioskSlideStore((state) => state.turn);

/** The rotation timer fired: move on from whatever slide is on screen among `keys`. */
export function rotationTicked(keys: readonly string[]): void {
  useKioskSlideStore.setState((state) => ({ slideKey: nextSlideKey(keys, state.slideKey), turn: state.turn + 1 }));
}
