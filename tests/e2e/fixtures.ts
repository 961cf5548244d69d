import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test as base } from '@playwright/test';

/**
 * Every browser test watches the privacy promise: it records each request with whether the page
 * had already loaded, and every Content-Security-Policy violation the page reports.
 */
export interface PrivacyWatch {
  readonly requests: { url: string; afterLoad: boolean }[];
  readonly origin: string;
}

export const test = base.extend<{ privacy: PrivacyWatch }>({
  privacy: async ({ page, baseURL }, use) => {
    const watch: PrivacyWatch = { requests: [], origin: new URL(baseURL ?? 'http://127.0.0.1:4173').origin };
    let loaded = false;
    page.on('load', () => (loaded = true));
    page.on('request', (request) => watch.requests.push({ url: request.url(), afterLoad: loaded }));
    await page.addInitScript(() => {
      const store = window as unknown as { __cspViolations: string[] };
      store.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        store.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await use(watch);
  },
});

export { expect };

/**
 * No request after the load event, none to another origin, and no CSP violation. The one allowed
 * exception: choosing a language loads that language's strings, one static file of this site.
 * `switchedTo` lists the languages the test chose; each must be exactly one such request.
 */
export async function expectNothingLeft(page: Page, privacy: PrivacyWatch, { switchedTo = [] as string[] } = {}) {
  const afterLoad = privacy.requests.filter((r) => r.afterLoad && !r.url.startsWith('data:'));
  const languageFile = (lng: string) => new RegExp(`^${privacy.origin}/assets/locale-${lng}-[\\w-]+\\.js$`);
  expect(afterLoad.map((r) => r.url).sort(), 'requests after the load event').toEqual(
    switchedTo.map((lng) => expect.stringMatching(languageFile(lng)) as unknown as string).sort(),
  );
  const foreign = privacy.requests.filter(
    (r) => !r.url.startsWith('data:') && new URL(r.url).origin !== privacy.origin,
  );
  expect(foreign, 'requests to another origin').toEqual([]);
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(violations, 'CSP violations').toEqual([]);
}

/** The language files the page loaded, by language code. */
export function languageFilesLoaded(privacy: PrivacyWatch): string[] {
  return privacy.requests
    .map((r) => /\/assets\/locale-(.+)-[\w-]{8}\.js$/.exec(r.url)?.[1])
    .filter((l): l is string => !!l);
}

/** Nothing written to any browser storage. */
export async function expectStorageEmpty(page: Page) {
  const storage = await page.evaluate(async () => ({
    localStorage: window.localStorage.length,
    sessionStorage: window.sessionStorage.length,
    cookies: document.cookie,
    indexedDB: (await indexedDB.databases()).length,
    cacheStorage: (await caches.keys()).length,
  }));
  expect(storage).toEqual({ localStorage: 0, sessionStorage: 0, cookies: '', indexedDB: 0, cacheStorage: 0 });
}

/** Axe on the page, or only inside `include` (a selector) when the rest was checked elsewhere. */
export async function expectAxeClean(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Picks an option by its visible label and continues. */
export async function choose(page: Page, label: string | RegExp) {
  await page.getByLabel(label, { exact: typeof label === 'string' }).check();
  await page.getByRole('button', { name: /^(Continue|Continuar)$/ }).click();
}

export async function continueOn(page: Page) {
  await page.getByRole('button', { name: /^(Continue|Continuar)$/ }).click();
}
