/**
 * Clear everything this origin could have left in the browser. The app writes nothing in normal
 * use ("nothing stored unless the person asks", docs/safety-design.md), so this is a belt-and-braces sweep for
 * exit, clear and inactivity: if a future change, a library or a browser extension on our origin
 * ever wrote something, it goes too.
 *
 * The synchronous part (Web Storage, cookies) runs before this returns, because exit navigates
 * away straight after. IndexedDB and Cache Storage have only async APIs: we start their deletion
 * and do not wait (the browser keeps running queued deletions after navigation in practice, but
 * this is best-effort; the returned promise lets tests and non-exit callers wait).
 */

export interface WipeTargets {
  localStorage?: Pick<Storage, 'clear'> | undefined;
  sessionStorage?: Pick<Storage, 'clear'> | undefined;
  document?: Pick<Document, 'cookie'> | undefined;
  indexedDB?: (Pick<IDBFactory, 'deleteDatabase'> & { databases?: () => Promise<IDBDatabaseInfo[]> }) | undefined;
  caches?: Pick<CacheStorage, 'keys' | 'delete'> | undefined;
}

/** Reading some of these throws (e.g. storage disabled, sandboxed frames): treat as absent. */
function safely<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

function defaultTargets(): WipeTargets {
  return {
    localStorage: safely(() => globalThis.localStorage),
    sessionStorage: safely(() => globalThis.sessionStorage),
    document: safely(() => globalThis.document),
    indexedDB: safely(() => globalThis.indexedDB),
    caches: safely(() => globalThis.caches),
  };
}

/** Expire every cookie visible to script on this path and its parents. */
function clearCookies(doc: Pick<Document, 'cookie'>): void {
  const names = doc.cookie
    .split(';')
    .map((part) => part.split('=')[0]?.trim() ?? '')
    .filter((name) => name !== '');
  const path = safely(() => globalThis.location?.pathname) ?? '/';
  const paths = new Set(['/', path]);
  for (const name of names) {
    for (const p of paths) doc.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0; path=${p}`;
    doc.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0`;
  }
}

/**
 * Wipe all browser storage for this origin. Never throws. Synchronous work is done on return;
 * the promise settles when the async deletions (IndexedDB, Cache Storage) have been requested.
 */
export function wipeBrowserStorage(targets: WipeTargets = defaultTargets()): Promise<void> {
  safely(() => targets.localStorage?.clear());
  safely(() => targets.sessionStorage?.clear());
  if (targets.document) {
    const doc = targets.document;
    safely(() => clearCookies(doc));
  }

  const pending: Promise<unknown>[] = [];
  const idb = targets.indexedDB;
  if (idb && typeof idb.databases === 'function') {
    const list = safely(() => idb.databases?.());
    if (list) {
      pending.push(
        list
          .then((dbs) => {
            for (const db of dbs) if (db.name) safely(() => idb.deleteDatabase(db.name as string));
          })
          .catch(() => undefined),
      );
    }
  }
  const cacheStorage = targets.caches;
  if (cacheStorage) {
    const keys = safely(() => cacheStorage.keys());
    if (keys) {
      pending.push(
        keys
          .then((names) => Promise.all(names.map((n) => cacheStorage.delete(n).catch(() => false))))
          .catch(() => undefined),
      );
    }
  }
  return Promise.all(pending).then(() => undefined);
}
