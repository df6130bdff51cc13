// The kept dossiers, one slot each in typed arrays, found by code: memory grows with the number of dossiers
// (about 60 bytes each plus the code), never with the export's size, and a later row for a code overwrites its slot.
import { createCodeIndex } from './code-index';
import type { DossierFacts } from './dossier-record';

export type DossierStore = {
  /** Keeps the facts; returns the line of the row they replace, or 0 when the code is new. */
  put(facts: DossierFacts, line: number): number;
  readonly size: number;
  unit: Int32Array;
  field: Uint16Array;
  channel: Uint8Array;
  state: Uint8Array;
  /** How many supplements were asked, 255 standing for 255 or more: the rules tell only 0, 1 and more apart. */
  supplements: Uint8Array;
  line: Uint32Array;
  received: Float64Array;
  due: Float64Array;
  ended: Float64Array;
  requested: Float64Array;
  answered: Float64Array;
};

function grown<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array);
  return next;
}

export function createDossierStore(initialCapacity = 1024): DossierStore {
  const codes = createCodeIndex();
  let capacity = initialCapacity;
  const store: DossierStore = {
    size: 0,
    unit: new Int32Array(capacity),
    field: new Uint16Array(capacity),
    channel: new Uint8Array(capacity),
    state: new Uint8Array(capacity),
    supplements: new Uint8Array(capacity),
    line: new Uint32Array(capacity),
    received: new Float64Array(capacity),
    due: new Float64Array(capacity),
    ended: new Float64Array(capacity),
    requested: new Float64Array(capacity),
    answered: new Float64Array(capacity),
    put(facts, line) {
      const slot = codes.slotOf(facts.code);
      let replaced = 0;
      if (codes.added) {
        if (slot === capacity) grow();
        (store as { size: number }).size = slot + 1;
      } else {
        replaced = store.line[slot] as number;
      }
      store.unit[slot] = facts.unit;
      store.field[slot] = facts.field;
      store.channel[slot] = facts.channel;
      store.state[slot] = facts.state;
      store.supplements[slot] = Math.min(facts.supplements, 255);
      store.line[slot] = line;
      store.received[slot] = facts.received;
      store.due[slot] = facts.due;
      store.ended[slot] = facts.ended;
      store.requested[slot] = facts.requested;
      store.answered[slot] = facts.answered;
      return replaced;
    },
  };
  // One array at a time, by half again: the peak stays near 1.5x the arrays, not 2x all of them at once.
  function grow(): void {
    capacity = Math.ceil(capacity * 1.5);
    store.unit = grown(store.unit, capacity);
    store.field = grown(store.field, capacity);
    store.channel = grown(store.channel, capacity);
    store.state = grown(store.state, capacity);
    store.supplements = grown(store.supplements, capacity);
    store.line = grown(store.line, capacity);
    store.received = grown(store.received, capacity);
    store.due = grown(store.due, capacity);
    store.ended = grown(store.ended, capacity);
    store.requested = grown(store.requested, capacity);
    store.answered = grown(store.answered, capacity);
  }
  return store;
}
