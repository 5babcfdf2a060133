import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeReplayCode, playToEnd, preferMoves } from '../../src/engine/index.ts';
import { returningPlayer, watchForErrors } from '../../src/harness/page-driver.ts';
import { serveDirectory } from '../../src/harness/static-server.ts';
import { launchBrowser } from './browser.ts';
import { shippedMeeting } from './shipped.ts';

let server: Awaited<ReturnType<typeof serveDirectory>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory('dist');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('scripts come only from the game: an injected inline script is refused, eval is not allowed', async () => {
  const page = await browser.newPage();
  await returningPlayer(page.context());
  await page.goto(`${server.url}?lang=en`);
  await page.waitForSelector('[data-role="menu"]');
  const policy = (await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')) ?? '';
  const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc.trim()).toBe("script-src 'self'");

  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    // The report of a refused script comes as an event a task later: waited for, with a guard.
    const reported = new Promise<void>((done) => {
      document.addEventListener('securitypolicyviolation', (e) => {
        violations.push(e.violatedDirective);
        done();
      });
      setTimeout(done, 5_000);
    });
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    await reported;
    return { injected: (window as unknown as { __injected?: boolean }).__injected === true, violations };
  });
  expect(outcome.injected).toBe(false);
  // Code run by the test harness is exempt from the policy, so eval is checked in the policy itself;
  // every browser test runs the whole game under it and fails on any console error it would cause.
  expect(policy).not.toContain('unsafe-eval');
  expect(outcome.violations.some((v) => v.startsWith('script-src'))).toBe(true);
  await page.close();
});

test('markup in a name handed to the results board shows as text and runs nothing', async () => {
  const scenario = shippedMeeting('mission-interview');
  const result = playToEnd(scenario, 2, preferMoves(['take-note', 'let-finish']));
  const code = makeReplayCode({
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    lang: 'en',
    seed: 2,
    actions: result.actions,
  });
  const name = '<img src=x onerror="window.__pwned=1"><b>Eve</b>';
  const page = await browser.newPage();
  await returningPlayer(page.context());
  const errors = watchForErrors(page);
  await page.goto(`${server.url}?lang=en`);
  await page.click('[data-action="board"]');
  await page.fill('#board-paste', `${name} ${code}`);
  await page.click('[data-action="add-codes"]');
  await page.waitForSelector('.board-table tbody th');
  expect(await page.textContent('.board-table tbody th')).toBe(name);
  expect(await page.$('.board-table img, .board-table b')).toBeNull();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
  await page.close();
});
