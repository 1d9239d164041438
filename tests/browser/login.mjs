#!/usr/bin/env node
// Browser driver for OAuthDesk tests: acts like a person at oidc-provider's devInteractions pages.
//
// Usage: node login.mjs URL
//
// Opens URL (an authorization request) in a headless Chromium with a fresh profile, signs in at
// the login page (login from OAUTHDESK_BROWSER_LOGIN, default "demo"; password from
// OAUTHDESK_BROWSER_PASSWORD, default "demo-password"), then at the consent page clicks Continue
// -- or, with OAUTHDESK_BROWSER_ACTION=deny, clicks Cancel so that the server redirects back with
// error=access_denied. Succeeds (exit 0) once the browser has been redirected to a loopback
// listener (http://127.0.0.1:<port>/..., port different from the authorization server's) and that
// page has loaded. Fails (exit 1) with one line on stderr. Overall time-out: 60 s
// (OAUTHDESK_BROWSER_TIMEOUT, seconds). OAUTHDESK_BROWSER_VERBOSE=1 logs each step to stderr.
// Never prints the callback's query (it carries the authorization code).
//
// playwright-core is installed by tests/server/package.json (npm ci in tests/server).

import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const started = Date.now();
const NAME = 'login.mjs';

let profileDir = null;
let context = null;
let finished = false;
let lastUrl = '';

function cleanupProfile() {
  if (profileDir) {
    try { rmSync(profileDir, { recursive: true, force: true }); } catch { /* ignore */ }
    profileDir = null;
  }
}

async function closeBrowser() {
  if (context) {
    const ctx = context;
    context = null;
    await Promise.race([ctx.close().catch(() => {}), new Promise((r) => { setTimeout(r, 5000).unref(); })]);
  }
}

// Any URL inside a message is cut down to origin and path.
const sanitize = (text) => String(text).split('\n')[0].replace(/\b(?:https?|wss?):\/\/[^\s"'<>]+/g, (u) => where(u));

async function finish(code, message) {
  if (finished) return;
  finished = true;
  if (message) process.stderr.write(`${NAME}: ${sanitize(message)}\n`);
  await closeBrowser();
  cleanupProfile();
  process.exit(code);
}

const verbose = process.env.OAUTHDESK_BROWSER_VERBOSE === '1';
const step = (msg) => {
  if (verbose) process.stderr.write(`${NAME}: [${((Date.now() - started) / 1000).toFixed(2)}s] ${msg}\n`);
};

// Only origin and path: never the query or fragment (codes, state, tokens).
function where(href) {
  try {
    const u = new URL(href);
    if (u.protocol === 'http:' || u.protocol === 'https:') return `${u.origin}${u.pathname}`;
    return `${u.protocol}…`;
  } catch {
    return '(unparsable URL)';
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

async function main() {
  const target = process.argv[2];
  if (!target || process.argv.length > 3) {
    await finish(1, 'usage: login.mjs URL');
    return;
  }
  let start;
  try {
    start = new URL(target);
    if (start.protocol !== 'http:' && start.protocol !== 'https:') throw new Error();
  } catch {
    await finish(1, 'the argument is not an http(s) URL');
    return;
  }

  const login = process.env.OAUTHDESK_BROWSER_LOGIN || 'demo';
  const password = process.env.OAUTHDESK_BROWSER_PASSWORD || 'demo-password';
  const action = (process.env.OAUTHDESK_BROWSER_ACTION || 'allow').toLowerCase();
  if (action !== 'allow' && action !== 'deny') {
    await finish(1, `OAUTHDESK_BROWSER_ACTION must be allow or deny, not ${JSON.stringify(action)}`);
    return;
  }
  const timeoutSeconds = Number(process.env.OAUTHDESK_BROWSER_TIMEOUT || 60);
  setTimeout(() => {
    finish(1, `timed out after ${timeoutSeconds} s (last page: ${where(lastUrl)})`);
  }, timeoutSeconds * 1000).unref();

  const issuerOrigin = start.origin;
  const isClientUrl = (href) => {
    try {
      const u = new URL(href);
      return u.protocol === 'http:' && LOOPBACK_HOSTS.has(u.hostname) && u.origin !== issuerOrigin;
    } catch {
      return false;
    }
  };
  const isAllowedUrl = (u) => u.protocol === 'data:' || u.protocol === 'about:'
    || u.origin === issuerOrigin || LOOPBACK_HOSTS.has(u.hostname);

  let chromium;
  try {
    const require = createRequire(new URL('../server/package.json', import.meta.url));
    ({ chromium } = require('playwright-core'));
  } catch {
    await finish(1, 'playwright-core not found: run "npm ci" in tests/server');
    return;
  }

  profileDir = mkdtempSync(join(tmpdir(), 'oauthdesk-browser-'));
  step(`launching chromium, profile ${profileDir}`);
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.OAUTHDESK_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  step('chromium up');

  // Nothing leaves this machine: only the authorization server and loopback addresses are
  // reachable (the devInteractions pages @import a web font, which would only delay "load").
  await context.route((u) => !isAllowedUrl(u), (route) => route.abort('blockedbyclient'));

  let reached = null; // { status, href }
  let failedCallback = null;
  context.on('response', (resp) => {
    const req = resp.request();
    if (req.isNavigationRequest() && isClientUrl(resp.url()) && !reached) {
      reached = { status: resp.status(), href: resp.url() };
      step(`callback answered HTTP ${reached.status} at ${where(reached.href)}`);
    }
  });
  context.on('requestfailed', (req) => {
    if (req.isNavigationRequest() && isClientUrl(req.url()) && !reached) {
      failedCallback = `${where(req.url())}: ${req.failure()?.errorText ?? 'failed'}`;
    }
  });

  const page = context.pages()[0] ?? await context.newPage();
  lastUrl = target;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) {
      lastUrl = frame.url();
      step(`at ${where(lastUrl)}`);
    }
  });

  step(`opening ${where(target)}`);
  try {
    await page.goto(target, { waitUntil: 'domcontentloaded', timeout: timeoutSeconds * 1000 });
  } catch (err) {
    if (!reached) {
      await finish(1, `could not open ${where(target)}: ${String(err.message).split('\n')[0]}`);
      return;
    }
  }

  let actedOn = null; // URL of the page last acted upon
  let signedIn = false;
  let cancelled = false;
  for (;;) {
    if (reached) break;
    if (failedCallback) {
      await finish(1, `the redirect to the loopback listener failed: ${failedCallback}`);
      return;
    }
    const current = page.url();
    if (isClientUrl(current)) {
      // Navigation committed to the listener; its response event follows.
      await new Promise((r) => { setTimeout(r, 50); });
      continue;
    }
    let state;
    try {
      state = await page.evaluate(() => {
        if (document.readyState === 'loading') return { kind: 'loading' };
        if (document.querySelector('input[name="login"]')) return { kind: 'login' };
        if (document.querySelector('input[name="prompt"][value="consent"]')) return { kind: 'consent' };
        const h1 = document.querySelector('h1');
        if (/something went wrong/i.test(`${document.title} ${h1?.textContent ?? ''}`)) {
          const details = [...document.querySelectorAll('pre')].map((p) => p.textContent.trim()).join('; ');
          return { kind: 'error', details };
        }
        return { kind: 'other', title: document.title };
      });
    } catch {
      state = { kind: 'navigating' };
    }

    if (state.kind === 'error') {
      await finish(1, `the authorization server shows an error page at ${where(current)}: ${state.details}`);
      return;
    }
    if ((state.kind === 'login' || state.kind === 'consent') && actedOn !== current) {
      actedOn = current;
      try {
        if (state.kind === 'login') {
          step(`login page: signing in as ${login}`);
          await page.locator('input[name="login"]').fill(login);
          await page.locator('input[name="password"]').fill(password);
          await page.locator('input[name="prompt"][value="login"]').waitFor({ state: 'attached', timeout: 5000 });
          await page.locator('button[type="submit"]').click({ noWaitAfter: true });
          signedIn = true;
        } else if (action === 'deny') {
          step('consent page: cancelling');
          await page.locator('a', { hasText: 'Cancel' }).click({ noWaitAfter: true });
          cancelled = true;
        } else {
          step('consent page: continuing');
          await page.locator('input[name="prompt"][value="consent"]').waitFor({ state: 'attached', timeout: 5000 });
          await page.locator('button[type="submit"]', { hasText: 'Continue' }).click({ noWaitAfter: true });
        }
      } catch (err) {
        if (!reached && page.url() === current) {
          await finish(1, `could not act on the ${state.kind} page: ${String(err.message).split('\n')[0]}`);
          return;
        }
      }
    }
    await new Promise((r) => { setTimeout(r, 50); });
  }

  // The listener answered; let its page finish loading.
  await page.waitForLoadState('load', { timeout: 10000 }).catch(() => {});
  if (action === 'deny' && !cancelled) {
    process.stderr.write(`${NAME}: warning: asked to deny, but no consent page was shown\n`);
  }
  step(`done (${signedIn ? 'signed in' : 'existing session'}) in ${((Date.now() - started) / 1000).toFixed(2)} s`);
  await finish(0);
}

for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(sig, () => { finish(1, `stopped by ${sig}`); });
}

main().catch((err) => finish(1, String(err?.message ?? err).split('\n')[0]));
