#!/usr/bin/env node
// Browser driver for OAuthDesk tests: acts like a person at oidc-provider's devInteractions pages.
//
// Usage: node login.mjs URL
//
// Code flow (the default): opens URL (an authorization request) in a headless Chromium with a
// fresh profile, signs in at the login page (login from OAUTHDESK_BROWSER_LOGIN, default "demo";
// password from OAUTHDESK_BROWSER_PASSWORD, default "demo-password"), then at the consent page
// clicks Continue -- or, with OAUTHDESK_BROWSER_ACTION=deny, clicks Cancel so that the server
// redirects back with error=access_denied. Succeeds (exit 0) once the browser has been redirected
// to a loopback listener (http://127.0.0.1:<port>/..., port different from the authorization
// server's) and that page has loaded.
//
// Device mode (RFC 8628 device authorization grant): chosen when the URL's path ends in /device
// (the verification_uri or verification_uri_complete, i.e. <issuer>/device[?user_code=...]), or
// with OAUTHDESK_BROWSER_MODE=device (OAUTHDESK_BROWSER_MODE=code forces the code flow; the
// default is auto). If the page asks for the user code and it is not filled in, enters
// OAUTHDESK_BROWSER_USER_CODE or else the URL's user_code parameter; confirms the device; signs in
// and consents (or cancels, with OAUTHDESK_BROWSER_ACTION=deny) as above. There is no redirect:
// succeeds once the success page ("Sign-in Success") has loaded -- with deny, once the page saying
// the sign-in was interrupted has loaded (the client's next poll then gets access_denied).
//
// Fails (exit 1) with one line on stderr. Overall time-out: 60 s (OAUTHDESK_BROWSER_TIMEOUT,
// seconds). OAUTHDESK_BROWSER_VERBOSE=1 logs each step to stderr. Never prints the callback's
// query (it carries the authorization code), nor the user code.
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
  const mode = (process.env.OAUTHDESK_BROWSER_MODE || 'auto').toLowerCase();
  if (mode !== 'auto' && mode !== 'code' && mode !== 'device') {
    await finish(1, `OAUTHDESK_BROWSER_MODE must be auto, code or device, not ${JSON.stringify(mode)}`);
    return;
  }
  // Device mode: the verification URI is <issuer>/device (verification_uri_complete adds ?user_code=).
  const deviceMode = mode === 'device' || (mode === 'auto' && /\/device\/?$/.test(start.pathname));
  const userCode = process.env.OAUTHDESK_BROWSER_USER_CODE || start.searchParams.get('user_code') || '';
  const userCodeFrom = process.env.OAUTHDESK_BROWSER_USER_CODE ? 'OAUTHDESK_BROWSER_USER_CODE' : 'the URL';
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
  // The implicit grant: the listener's page relays the URL fragment with a POST to itself.
  let relayAnswered;
  const relayDone = new Promise((resolve) => { relayAnswered = resolve; });
  context.on('response', (resp) => {
    const req = resp.request();
    if (!req.isNavigationRequest() && req.method() === 'POST' && isClientUrl(resp.url())) {
      step(`relay POST answered HTTP ${resp.status()}`);
      relayAnswered(true);
    }
  });
  context.on('requestfailed', (req) => {
    if (req.isNavigationRequest() && isClientUrl(req.url()) && !reached) {
      failedCallback = `${where(req.url())}: ${req.failure()?.errorText ?? 'failed'}`;
    }
  });

  const page = context.pages()[0] ?? await context.newPage();
  lastUrl = target;
  // Counts the documents committed in the main frame: each page is acted upon once, even when a
  // form posts back to the same URL (the device pages do).
  let navSeq = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) {
      navSeq += 1;
      lastUrl = frame.url();
      step(`at ${where(lastUrl)}`);
    }
  });

  // The listener's page has loaded: a "load" event while the page is at the loopback address.
  // Listened for from the start, so that it cannot be missed.
  let loopbackLoaded;
  const loopbackLoad = new Promise((resolve) => { loopbackLoaded = resolve; });
  page.on('load', () => {
    if (isClientUrl(page.url())) {
      step(`loopback page loaded at ${where(page.url())}`);
      loopbackLoaded(true);
    }
  });

  step(`opening ${where(target)}${deviceMode ? ' (device mode)' : ''}`);
  try {
    await page.goto(target, { waitUntil: 'domcontentloaded', timeout: timeoutSeconds * 1000 });
  } catch (err) {
    if (!reached) {
      await finish(1, `could not open ${where(target)}: ${String(err.message).split('\n')[0]}`);
      return;
    }
  }

  let actedOn = null; // navSeq of the page last acted upon
  let signedIn = false;
  let cancelled = false;
  let deviceDone = null; // device mode: 'success' or 'aborted'
  for (;;) {
    if (reached || deviceDone) break;
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
    const seq = navSeq;
    let state;
    try {
      state = await page.evaluate(() => {
        if (document.readyState === 'loading') return { kind: 'loading' };
        // Authlib's test server (tests/authlib): one page with login, password, Approve and Deny.
        if (document.querySelector('form#consent button[name="approve"]')) return { kind: 'authlib' };
        if (document.querySelector('input[name="login"]')) return { kind: 'login' };
        if (document.querySelector('input[name="prompt"][value="consent"]')) return { kind: 'consent' };
        // Device flow pages (oidc-provider's deviceFlow userCodeInputSource, userCodeConfirmSource,
        // successSource). The input page is shown again, with a message in p.red, when the code
        // was not accepted or the sign-in was aborted.
        const input = document.getElementById('op.deviceInputForm');
        if (input) {
          const red = document.querySelector('p.red');
          return {
            kind: 'device-input',
            prefilled: Boolean(input.querySelector('input[name="user_code"]')?.value),
            message: red ? red.textContent.trim() : null,
          };
        }
        if (document.getElementById('op.deviceConfirmForm')) return { kind: 'device-confirm' };
        const h1 = document.querySelector('h1');
        const heading = `${document.title} ${h1?.textContent ?? ''}`;
        if (/sign-in success/i.test(heading)) return { kind: 'device-success' };
        if (/something went wrong/i.test(heading)) {
          const details = [...document.querySelectorAll('pre')].map((p) => p.textContent.trim()).join('; ');
          return { kind: 'error', details };
        }
        return { kind: 'other', title: document.title };
      });
    } catch {
      state = { kind: 'navigating' };
    }
    if (navSeq !== seq) continue; // the page changed meanwhile: look again

    if (state.kind === 'error') {
      await finish(1, `the authorization server shows an error page at ${where(current)}: ${state.details}`);
      return;
    }
    if (state.kind.startsWith('device-') && !deviceMode) {
      await finish(1, `this is the device verification page (${where(current)}); use OAUTHDESK_BROWSER_MODE=device`);
      return;
    }
    if (state.kind === 'device-success') {
      if (action === 'deny') {
        await finish(1, 'asked to deny, but the server shows the device sign-in success page (no consent page was shown)');
        return;
      }
      step('device sign-in success page');
      deviceDone = 'success';
      continue;
    }
    if (state.kind === 'device-input' && state.message) {
      if (/interrupted|abort/i.test(state.message) && cancelled) {
        step(`device page after cancelling: "${state.message}"`);
        deviceDone = 'aborted';
        continue;
      }
      await finish(1, `the device verification page says: ${state.message}`);
      return;
    }
    if (['authlib', 'login', 'consent', 'device-input', 'device-confirm'].includes(state.kind) && actedOn !== seq) {
      actedOn = seq;
      try {
        if (state.kind === 'authlib') {
          step(`sign-in and consent page: signing in as ${login} and ${action === 'deny' ? 'denying' : 'approving'}`);
          await page.locator('input[name="login"]').fill(login);
          await page.locator('input[name="password"]').fill(password);
          await page.locator(action === 'deny' ? 'button[name="deny"]' : 'button[name="approve"]').click({ noWaitAfter: true });
          signedIn = true;
          cancelled = action === 'deny';
        } else if (state.kind === 'device-input') {
          if (!state.prefilled) {
            if (!userCode) {
              await finish(1, 'the device page asks for the user code: set OAUTHDESK_BROWSER_USER_CODE or pass verification_uri_complete');
              return;
            }
            step(`device page: entering the user code from ${userCodeFrom}`);
            await page.locator('#op\\.deviceInputForm input[name="user_code"]').fill(userCode);
          } else {
            step('device page: the user code is filled in; continuing');
          }
          await page.locator('button[type="submit"][form="op.deviceInputForm"]').click({ noWaitAfter: true });
        } else if (state.kind === 'device-confirm') {
          step('device confirmation page: continuing');
          await page.locator('button[type="submit"][form="op.deviceConfirmForm"]:not([name="abort"])').click({ noWaitAfter: true });
        } else if (state.kind === 'login') {
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
        if (!reached && navSeq === seq) {
          await finish(1, `could not act on the ${state.kind} page: ${String(err.message).split('\n')[0]}`);
          return;
        }
      }
    }
    await new Promise((r) => { setTimeout(r, 50); });
  }

  if (deviceDone) {
    // The final device page (success, or "interrupted" after a cancel): let it finish loading.
    await page.waitForLoadState('load', { timeout: 10000 }).catch(() => {});
    step(`done (device flow, ${deviceDone}) in ${((Date.now() - started) / 1000).toFixed(2)} s`);
    await finish(0);
    return;
  }

  // The listener answered. Its response headers arrive before Chromium switches documents: until
  // then the page is still the authorization server's, whose "load" has long fired. Wait until
  // the page is the listener's own and has loaded, or a relay page would go unseen and the
  // browser be closed before its script hands the fragment over.
  const loaded = await Promise.race([loopbackLoad, new Promise((r) => { setTimeout(r, 10000, false).unref(); })]);
  if (!loaded) {
    await finish(1, `the loopback page never loaded (last page: ${where(page.url())})`);
    return;
  }
  // A relay page (implicit grant) is done only when its POST has been answered.
  let isRelay;
  try {
    isRelay = await page.evaluate(() => Boolean(document.getElementById('m')));
  } catch (err) {
    await finish(1, `could not read the loopback page: ${String(err.message).split('\n')[0]}`);
    return;
  }
  if (isRelay) {
    const answered = await Promise.race([relayDone, new Promise((r) => { setTimeout(r, 10000, false).unref(); })]);
    if (!answered) {
      await finish(1, 'the loopback page did not relay the sign-in answer');
      return;
    }
  }
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
