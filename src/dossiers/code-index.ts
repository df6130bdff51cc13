// Dossier codes to slot numbers 0, 1, 2, … in an open-addressing table over typed arrays. A Map of strings would
// cost about 100 bytes a code, and keep alive the whole chunk of text a code was cut from (engines slice strings);
// here a code costs a byte a character (three for the rare one beyond Latin-1), plus about 20 bytes.

export type CodeIndex = {
  /** The slot of `code`, adding it as the next slot when it is new (then `added` is true). */
  slotOf(code: string): number;
  readonly added: boolean;
  readonly size: number;
};

/** The code in `scratch` as bytes (0xff then two bytes for a character beyond 0xfe), hashed on the way (FNV-1a). */
let scratch = new Uint8Array(256);
let encodedLength = 0;
function encode(code: string): number {
  if (code.length * 3 > scratch.length) scratch = new Uint8Array(code.length * 3);
  const out = scratch;
  let n = 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 0xff) {
      out[n++] = c;
      h = Math.imul(h ^ c, 0x01000193);
    } else {
      out[n++] = 0xff;
      out[n++] = c >> 8;
      out[n++] = c & 0xff;
      h = Math.imul(h ^ 0xff ^ (c >> 8) ^ ((c & 0xff) << 8), 0x01000193);
    }
  }
  encodedLength = n;
  return h | 0;
}

export function createCodeIndex(): CodeIndex {
  // Pairs (slot + 1, hash), 0 for an empty pair: the hash beside the slot spares a cache miss per probe.
  let table = new Int32Array(2 << 12);
  let mask = (table.length >> 1) - 1;
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
    const old = table;
    table = new Int32Array(old.length * 2);
    mask = (table.length >> 1) - 1;
    for (let p = 0; p < old.length; p += 2) {
      if (old[p] === 0) continue;
      const hash = old[p + 1] as number;
      let i = hash & mask;
      while (table[2 * i] !== 0) i = (i + 1) & mask;
      table[2 * i] = old[p] as number;
      table[2 * i + 1] = hash;
    }
  }

  function append(length: number): number {
    const slot = size;
    if (slot + 1 >= starts.length) {
      const nextStarts = new Uint32Array(Math.ceil(starts.length * 1.5));
      nextStarts.set(starts);
      starts = nextStarts;
    }
    const from = starts[slot] as number;
    if (from + length > bytes.length) {
      const nextBytes = new Uint8Array(Math.max(Math.ceil(bytes.length * 1.5), from + length));
      nextBytes.set(bytes);
      bytes = nextBytes;
    }
    for (let i = 0; i < length; i++) bytes[from + i] = scratch[i] as number;
    starts[slot + 1] = from + length;
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
      const hash = encode(code);
      const length = encodedLength;
      let i = hash & mask;
      for (;;) {
        const entry = table[2 * i] as number;
        if (entry === 0) break;
        if (table[2 * i + 1] === hash && sameCode(entry - 1, length)) {
          added = false;
          return entry - 1;
        }
        i = (i + 1) & mask;
      }
      const slot = append(length);
      table[2 * i] = slot + 1;
      table[2 * i + 1] = hash;
      if (size * 2 > table.length >> 1) growTable();
      added = true;
      return slot;
    },
  };
}
