import { describe, expect, it } from 'vitest';
import { rememberTheme, rememberedTheme, THEME_STORAGE_KEY } from './theme-memory';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const throwing = new Proxy({} as Storage, {
  get: () => () => {
    throw new DOMException('blocked', 'SecurityError');
  },
});

describe('the remembered theme', () => {
  it('gives back what was picked', () => {
    const storage = memoryStorage();
    expect(rememberedTheme(storage)).toBeNull();
    rememberTheme(storage, 'dark');
    expect(rememberedTheme(storage)).toBe('dark');
    rememberTheme(storage, 'system');
    expect(rememberedTheme(storage)).toBe('system');
  });

  it('ignores a stored value the dashboard does not offer', () => {
    const storage = memoryStorage();
    for (const value of ['transparent', 'Dark', '', '<script>']) {
      storage.setItem(THEME_STORAGE_KEY, value);
      expect(rememberedTheme(storage)).toBeNull();
    }
  });

  it('survives storage that throws or is missing', () => {
    expect(rememberedTheme(throwing)).toBeNull();
    expect(() => rememberTheme(throwing, 'dark')).not.toThrow();
    expect(rememberedTheme(null)).toBeNull();
    expect(() => rememberTheme(null, 'light')).not.toThrow();
  });
});
