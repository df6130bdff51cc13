// Dossier codes to slot numbers 0, 1, 2, … in an open-addressing table over typed arrays. A Map of strings would
// cost about 100 bytes a code, and keep alive the whole chunk of text a code was cut from (engines slice strings);
// here a code costs a byte a character (three for the rare one beyond Latin-1), plus about 14 bytes.

export type CodeIndex = {
  /** The slot of `code`, adding it as the next slot when it is new (then `added` is true). */
  slotOf(code: string): number;
  readonly added: boolean;
  readonly size: number;
};

/** The code in `scratch` as bytes (0xff then two bytes for a character beyond 0xfe); returns the length. */
let scratch = new Uint8Array(256);
function encode(code: string): number {
  if (code.length * 3 > scratch.length) scratch = new Uint8Array(code.length * 3);
  let n = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 0xff) scratch[n++] = c;
    else {
      scratch[n++] = 0xff;
      scratch[n++] = c >> 8;
      scratch[n++] = c & 0xff;
    }
  }
  return n;
}

function hashOf(length: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) {
    h ^= scratch[i] as number;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

export function createCodeIndex(): CodeIndex {
  let table = new Int32Array(1 << 12); // slot + 1; 0 is empty
  let mask = table.length - 1;
  let hashes = new Int32Array(1 << 11);
  let starts = new Uint32Array((1 << 11) + 1); // code i is bytes[starts[i] .. starts[i + 1])
  let bytes = new Uint8Array(1 << 16);
  let size = 0;
  let added = false;

  function sameCode(slot: number, length: number): boolean {
    const from = starts[slot] as number;
    if ((starts[slot + 1] as number) - from !== length) return false;
    for (let i = 0; i < length; i++) if (bytes[from + i] !== scratch[i]) return false;
    return true;
  }

  function growTable(): void {
    table = new Int32Array(table.length * 2);
    mask = table.length - 1;
    for (let slot = 0; slot < size; slot++) {
      let i = (hashes[slot] as number) & mask;
      while (table[i] !== 0) i = (i + 1) & mask;
      table[i] = slot + 1;
    }
  }

  function append(length: number, hash: number): number {
    const slot = size;
    if (slot + 1 >= hashes.length) {
      const grown = Math.ceil(hashes.length * 1.5);
      const nextHashes = new Int32Array(grown);
      nextHashes.set(hashes);
      hashes = nextHashes;
      const nextStarts = new Uint32Array(grown + 1);
      nextStarts.set(starts);
      starts = nextStarts;
    }
    const from = starts[slot] as number;
    if (from + length > bytes.length) {
      const nextBytes = new Uint8Array(Math.max(Math.ceil(bytes.length * 1.5), from + length));
      nextBytes.set(bytes);
      bytes = nextBytes;
    }
    bytes.set(scratch.subarray(0, length), from);
    starts[slot + 1] = from + length;
    hashes[slot] = hash;
    size = slot + 1;
    return slot;
  }

  return {
    get added() {
      return added;
    },
    get size() {
      return size;
    },
    slotOf(code) {
      const length = encode(code);
      const hash = hashOf(length);
      let i = hash & mask;
      for (;;) {
        const entry = table[i] as number;
        if (entry === 0) break;
        if (hashes[entry - 1] === hash && sameCode(entry - 1, length)) {
          added = false;
          return entry - 1;
        }
        i = (i + 1) & mask;
      }
      const slot = append(length, hash);
      table[i] = slot + 1;
      if (size * 2 > table.length) growTable();
      added = true;
      return slot;
    },
  };
}
