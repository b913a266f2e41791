import { describe, expect, it } from 'vitest';
import { takeToken } from '../../../renderer/src/ipc/http-bridge';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

describe('the browser-mode token', () => {
  it('is taken from the URL fragment, kept for reloads, and wiped from the address bar', () => {
    const storage = memoryStorage();
    const replaced: string[] = [];
    const history = { replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => void replaced.push(String(url)) };
    const token = takeToken({ hash: '#token=abc-123', pathname: '/', search: '' }, storage, history);
    expect(token).toBe('abc-123');
    expect(replaced).toEqual(['/']);
    expect(takeToken({ hash: '', pathname: '/', search: '' }, storage, history)).toBe('abc-123');
  });

  it('is null when the page was opened without one', () => {
    const history = { replaceState: () => undefined };
    expect(takeToken({ hash: '', pathname: '/', search: '' }, memoryStorage(), history)).toBeNull();
  });
});
