import { readdirSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { headersForPath, readHeadersFile } from '../../scripts/static-headers';

/**
 * One source for the headers: `vite preview` sends exactly what public/_headers says, per path, and
 * the app refuses to run inside another site's frame, even on a host that ignores frame-ancestors.
 */
const rules = readHeadersFile('public/_headers');
const asset = `/assets/${readdirSync('dist/assets').find((f) => f.endsWith('.js'))}`;
/** Headers a host might add that matter for safety; preview must send them only if the file says so. */
const WATCHED = [
  'content-security-policy',
  'referrer-policy',
  'x-content-type-options',
  'cross-origin-opener-policy',
  'x-dns-prefetch-control',
  'permissions-policy',
  'cache-control',
  'x-frame-options',
];

for (const path of ['/', '/index.html', asset]) {
  test(`preview sends exactly the headers of public/_headers for ${path.startsWith('/assets') ? 'a script' : path}`, async ({
    request,
  }) => {
    const response = await request.get(path);
    expect(response.ok()).toBe(true);
    const sent = response.headers();
    const expected = Object.fromEntries(
      Object.entries(headersForPath(rules, path)).map(([k, v]) => [k.toLowerCase(), v]),
    );
    for (const name of WATCHED) expect(sent[name], name).toBe(expected[name]);
    for (const [name, value] of Object.entries(expected)) expect(sent[name], name).toBe(value);
  });
}

test("the header policy backs up the page's but never names a build's style hash (it would go stale)", () => {
  const policy = headersForPath(rules, '/')['Content-Security-Policy'] ?? '';
  expect(policy).not.toContain('sha256-');
  // Inline styles pass the header; the page's own policy allows only the one with its hash.
  expect(policy).toContain("style-src 'self' 'unsafe-inline'");
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ])
    expect(policy).toContain(directive);
});

test('the headers isolate the page and keep names of linked sites unlooked-up', () => {
  const page = headersForPath(rules, '/');
  expect(page['Cross-Origin-Opener-Policy']).toBe('same-origin');
  expect(page['X-DNS-Prefetch-Control']).toBe('off');
  expect(page['Permissions-Policy']).not.toContain('interest-cohort');
  expect(page['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  expect(page['Content-Security-Policy']).toContain("connect-src 'none'");
  expect(page['Cache-Control']).toBe('no-store');
});

test('Trusted Types are enforced: the page cannot write HTML from a string', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  const outcome = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<img src=x>';
      return 'allowed';
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(outcome).toBe('TypeError');
});

const HOST = 'https://host.example/';

test.describe('inside another site', () => {
  test.beforeEach(async ({ page, baseURL }) => {
    await page.route(`${HOST}**`, (route) =>
      route.fulfill({
        body: `<title>Host</title><iframe title="framed" src="${baseURL}/" width="600" height="600"></iframe>`,
        contentType: 'text/html',
      }),
    );
  });

  test('the browser refuses to frame the app (frame-ancestors)', async ({ page }) => {
    await page.goto(HOST);
    // Chromium replaces a refused frame with its own error page.
    await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('iframe[title="framed"]').getByRole('button', { name: 'Start' })).toHaveCount(0);
  });

  test('on a host that ignores frame-ancestors, the app does not start and offers its own tab', async ({
    page,
    baseURL,
  }) => {
    // Serve the app's page without its Content-Security-Policy header, as a careless host would.
    await page.route(`${baseURL}/`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    });
    await page.goto(HOST);
    const frame = page.frameLocator('iframe[title="framed"]');
    await expect(frame.getByText('this tool does not work inside another website')).toBeVisible();
    await expect(frame.getByRole('link', { name: 'Open it in its own tab' })).toHaveAttribute('target', '_top');
    await expect(frame.getByRole('button', { name: 'Start' })).toHaveCount(0);
    await expect(frame.getByRole('button', { name: 'Exit this page' })).toHaveCount(0);
  });
});
