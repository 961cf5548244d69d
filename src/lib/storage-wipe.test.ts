import { describe, expect, it, vi } from 'vitest';

import { wipeBrowserStorage } from './storage-wipe';

describe('wipeBrowserStorage', () => {
  it('clears localStorage, sessionStorage and cookies synchronously', () => {
    localStorage.setItem('a', '1');
    sessionStorage.setItem('b', '2');
    document.cookie = 'c=3; path=/';
    document.cookie = 'd=4';
    void wipeBrowserStorage();
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });

  it('deletes every IndexedDB database and every cache', async () => {
    const deleteDatabase = vi.fn();
    const del = vi.fn(() => Promise.resolve(true));
    await wipeBrowserStorage({
      indexedDB: {
        deleteDatabase,
        databases: () =>
          Promise.resolve([
            { name: 'x', version: 1 },
            { name: 'y', version: 2 },
          ]),
      },
      caches: { keys: () => Promise.resolve(['v1', 'v2']), delete: del },
    });
    expect(deleteDatabase.mock.calls).toEqual([['x'], ['y']]);
    expect(del.mock.calls).toEqual([['v1'], ['v2']]);
  });

  it('never throws, even when storage is blocked or an API fails', async () => {
    const boom = () => {
      throw new Error('blocked');
    };
    await expect(
      wipeBrowserStorage({
        localStorage: { clear: boom },
        sessionStorage: { clear: boom },
        indexedDB: { deleteDatabase: boom, databases: () => Promise.reject(new Error('no')) },
        caches: { keys: boom as unknown as CacheStorage['keys'], delete: () => Promise.resolve(false) },
      }),
    ).resolves.toBeUndefined();
  });
});
