// The code index finds every code it was given, and only those, like a Map would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCodeIndex } from './code-index';

describe('createCodeIndex', () => {
  it('gives each distinct code the next slot and the same slot again, as a Map would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('HS-01', 'HS-01 ', 'hồ sơ', 'ÿ', '\u00ff\u0001')), {
          maxLength: 300,
        }),
        (codes) => {
          const index = createCodeIndex();
          const map = new Map<string, number>();
          for (const code of codes) {
            const expected = map.get(code) ?? map.size;
            const isNew = !map.has(code);
            map.set(code, expected);
            expect(index.slotOf(code)).toBe(expected);
            expect(index.added).toBe(isNew);
          }
          expect(index.size).toBe(map.size);
        },
      ),
    );
  });

  it('holds many codes through its growth', () => {
    const index = createCodeIndex();
    for (let i = 0; i < 50_000; i++) index.slotOf(`92-STP-${i}`);
    expect(index.slotOf('92-STP-0')).toBe(0);
    expect(index.slotOf('92-STP-49999')).toBe(49_999);
    expect(index.added).toBe(false);
    expect(index.slotOf('92-STP-50000')).toBe(50_000);
    expect(index.added).toBe(true);
  });
});
