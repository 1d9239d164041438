#!/usr/bin/env node
// Self-test of the test authorization server and the browser driver, end to end:
// starts server.mjs, runs authorization code + PKCE flows through tests/browser/browser (a real
// headless Chromium), exchanges, refreshes, revokes and calls the protected resource; runs the
// device authorization grant (RFC 8628) with the driver's device mode, allow and deny.
//
// Usage: node selftest.mjs        (exit 0 when every check passes)

import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const SERVER = here('./server.mjs');
const BROWSER = here('../browser/browser');

let passed = 0;
let failed = 0;
const timings = [];
const observations = [];

function check(ok, what, detail = '') {
  if (ok) {
    passed += 1;
    process.stdout.write(`ok - ${what}\n`);
  } else {
    failed += 1;
    process.stdout.write(`not ok - ${what}${detail ? ` (${detail})` : ''}\n`);
  }
  return ok;
}
const note = (text) => { observations.push(text); process.stdout.write(`# ${text}\n`); };

// ---------------------------------------------------------------------------------------------

const children = new Set();

async function startServer(args = []) {
  const verbose = process.env.SELFTEST_VERBOSE === '1';
  const child = spawn(process.execPath, [SERVER, ...args, ...(verbose ? ['--verbose'] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  if (verbose) child.stderr.pipe(process.stderr);
  children.add(child);
  child.on('exit', () => children.delete(child));
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const rl = createInterface({ input: child.stdout });
  const lines = [];
  const first = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 15 s: ${stderr}`)), 15000);
    rl.on('line', (line) => {
      lines.push(line);
      if (lines.length === 1) { clearTimeout(timer); resolve(line); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited (${code}): ${stderr}`)); });
  });
  const info = JSON.parse(first);
  return {
    ...info, child, lines, stderr: () => stderr,
  };
}

function stopServer(srv) {
  return new Promise((resolve) => {
    if (srv.child.exitCode !== null) { resolve(srv.child.exitCode); return; }
    srv.child.once('exit', (code, signal) => resolve(code ?? signal));
    srv.child.kill('SIGTERM');
  });
}

// A loopback listener like the one the app runs: http://127.0.0.1:<port>/callback
async function startListener() {
  let waiter = null;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname !== '/callback') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end('<!DOCTYPE html><title>OAuthDesk</title><p>You can close this window.</p>');
    if (waiter) { const w = waiter; waiter = null; w(url.searchParams); }
  });
  await new Promise((r) => { server.listen(0, '127.0.0.1', r); });
  return {
    port: server.address().port,
    next: () => new Promise((resolve) => { waiter = resolve; }),
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  };
}

function runBrowser(url, env = {}) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(BROWSER, [url], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    children.add(child);
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('exit', (code) => {
      children.delete(child);
      resolve({ code, out, seconds: (Date.now() - t0) / 1000 });
    });
  });
}

const b64url = (buf) => Buffer.from(buf).toString('base64url');

async function form(url, params, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(params),
  });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, json, text, headers: res.headers };
}

async function api(issuer, path, token, extraHeaders = {}, method = 'GET', body = undefined) {
  const headers = { ...extraHeaders };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`${issuer}${path}`, { method, headers, body, redirect: 'manual' });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return {
    status: res.status, json, www: res.headers.get('www-authenticate'), location: res.headers.get('location'),
  };
}

// One browser login: returns { params (callback query), verifier, redirectUri, state, nonce }.
async function browserLogin(disc, listener, {
  clientId = 'oauthdesk-test', scope = 'openid profile offline_access api:read', action = 'allow', label,
  prompt = 'consent', extra = {}, par = false,
} = {}) {
  const verifier = b64url(crypto.randomBytes(32));
  const challenge = b64url(crypto.createHash('sha256').update(verifier).digest());
  const state = b64url(crypto.randomBytes(16));
  const nonce = b64url(crypto.randomBytes(16));
  const redirectUri = `http://127.0.0.1:${listener.port}/callback`;
  const url = new URL(disc.authorization_endpoint);
  const request = {
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope,
    state,
    // oidc-provider refuses nonce without the openid scope (invalid_request).
    ...(scope.split(' ').includes('openid') ? { nonce } : {}),
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...(prompt ? { prompt } : {}),
    ...extra,
  };
  if (par) {
    // Pushed authorization request (RFC 9126): the browser gets only client_id and request_uri.
    const pushed = await form(disc.pushed_authorization_request_endpoint, request);
    check(pushed.status === 201 && /^urn:ietf:params:oauth:request_uri:/.test(pushed.json?.request_uri ?? ''),
      `${label}: pushed authorization request: 201 with a request_uri`, pushed.text);
    url.search = new URLSearchParams({ client_id: clientId, request_uri: pushed.json?.request_uri ?? '' }).toString();
  } else {
    url.search = new URLSearchParams(request).toString();
  }
  const got = listener.next();
  const run = await runBrowser(url.href, action === 'deny' ? { OAUTHDESK_BROWSER_ACTION: 'deny' } : {});
  timings.push({ label, seconds: run.seconds });
  check(run.code === 0, `${label}: browser exited 0 (${run.seconds.toFixed(2)} s)`, run.out.trim());
  const params = await Promise.race([got, new Promise((r) => { setTimeout(() => r(null), 2000); })]);
  check(params !== null, `${label}: loopback listener got the redirect`);
  if (params && action !== 'deny') {
    check(!!params.get('code') && !params.get('error'), `${label}: callback has a code and no error`,
      `${params.get('error')}: ${params.get('error_description')}`);
  }
  return {
    params: params ?? new URLSearchParams(), verifier, redirectUri, state, nonce, out: run.out,
  };
}

async function exchange(disc, login, clientId = 'oauthdesk-test') {
  return form(disc.token_endpoint, {
    grant_type: 'authorization_code',
    code: login.params.get('code'),
    redirect_uri: login.redirectUri,
    client_id: clientId,
    code_verifier: login.verifier,
  });
}

const refresh = (disc, rt, clientId = 'oauthdesk-test') => form(disc.token_endpoint, {
  grant_type: 'refresh_token', refresh_token: rt, client_id: clientId,
});

const decodeJwt = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
const jwtHeader = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[0], 'base64url').toString());

async function getJwks(issuer) {
  const res = await fetch(`${issuer}/jwks`);
  return res.json();
}
const jwksKids = (jwks) => (jwks?.keys ?? []).map((k) => k.kid);

// Verifies a JWS (RS256 or ES256) against the JWKS key of its kid. Returns a reason, or '' when good.
function jwsProblem(jwt, jwks) {
  const { alg, kid } = jwtHeader(jwt);
  const jwk = (jwks?.keys ?? []).find((k) => k.kid === kid);
  if (!jwk) return `kid ${kid} not in the JWKS (${jwksKids(jwks).join(', ')})`;
  const [h, p, sig] = jwt.split('.');
  const key = crypto.createPublicKey({ key: jwk, format: 'jwk' });
  const digest = { RS256: 'sha256', ES256: 'sha256' }[alg];
  if (!digest) return `unexpected alg ${alg}`;
  const ok = crypto.verify(digest, Buffer.from(`${h}.${p}`), alg === 'ES256' ? { key, dsaEncoding: 'ieee-p1363' } : key, Buffer.from(sig, 'base64url'));
  return ok ? '' : `signature does not verify with the JWKS key ${kid}`;
}

// Introspection / revocation as a public client: client_id in the body, no secret.
const introspect = (disc, token, { clientId = 'oauthdesk-test', hint } = {}) => form(disc.introspection_endpoint, {
  token, ...(hint ? { token_type_hint: hint } : {}), ...(clientId ? { client_id: clientId } : {}),
});
const revokeToken = (disc, token, { clientId = 'oauthdesk-test', hint } = {}) => form(disc.revocation_endpoint, {
  token, ...(hint ? { token_type_hint: hint } : {}), ...(clientId ? { client_id: clientId } : {}),
});
const sortedJson = (obj) => JSON.stringify(Object.fromEntries(Object.entries(obj ?? {}).sort(([a], [b]) => a.localeCompare(b))));
// Introspection answers with the volatile numbers blanked, for notes.
const shape = (obj) => JSON.stringify(obj, (k, v) => (['exp', 'iat'].includes(k) ? '<n>' : v));

const INVALID_TOKEN_WWW = 'Bearer realm="oauthdesk-test", error="invalid_token", error_description="The access token is invalid or expired"';

// ---------------------------------------------------------------------------------------------
// Device authorization grant (RFC 8628)

const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const sleep = (ms) => new Promise((r) => { setTimeout(r, ms); });

const deviceAuth = (disc, params) => form(disc.device_authorization_endpoint, { client_id: 'oauthdesk-device', ...params });
const devicePoll = (disc, deviceCode) => form(disc.token_endpoint, {
  grant_type: DEVICE_GRANT, device_code: deviceCode, client_id: 'oauthdesk-device',
});

// Polls like a well-behaved client: waits `interval` seconds before each request (5 when the
// server gives none), adds 5 s on slow_down, stops at anything but authorization_pending.
async function pollDevice(disc, deviceCode, { interval = 5, deadline = 90, browser = null } = {}) {
  const t0 = Date.now();
  const seen = [];
  let wait = interval;
  let browserDone = null;
  if (browser) browser.then((run) => { browserDone = run; });
  for (;;) {
    await sleep(wait * 1000);
    const res = await devicePoll(disc, deviceCode);
    const error = res.json?.error;
    seen.push(error ?? `HTTP ${res.status}`);
    if (error === 'slow_down') {
      wait += 5;
    } else if (error !== 'authorization_pending') {
      return { res, seen, seconds: (Date.now() - t0) / 1000 };
    }
    // Give up when the browser has failed, or after the deadline.
    if ((browserDone && browserDone.code !== 0) || Date.now() - t0 > deadline * 1000) {
      return { res, seen, seconds: (Date.now() - t0) / 1000, gaveUp: true };
    }
  }
}

async function deviceChecks(issuer, disc) {
  const td = Date.now();
  // The device authorization response.
  const scope = 'openid offline_access api:read';
  const a = await deviceAuth(disc, { scope });
  const da = a.json ?? {};
  check(a.status === 200 && !!da.device_code && !!da.user_code, 'device authorization: 200 with device_code and user_code', a.text.replace(/"device_code":"[^"]*"/, '"device_code":"…"'));
  note(`device authorization response keys: ${Object.keys(da).sort().join(', ')}; expires_in=${da.expires_in}; interval ${'interval' in da ? `=${da.interval}` : 'absent (RFC 8628 default: 5 s)'}`);
  check(da.verification_uri === `${issuer}/device`, 'device: verification_uri is <issuer>/device', da.verification_uri);
  check(da.verification_uri_complete === `${issuer}/device?user_code=${encodeURIComponent(da.user_code)}`,
    'device: verification_uri_complete is <issuer>/device?user_code=<user_code>');
  check(da.expires_in === 600, `device: expires_in is 600 (${da.expires_in})`);
  check(/^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$/.test(da.user_code ?? ''), 'device: user_code looks like XXXX-XXXX (base-20 consonants)');
  check(a.headers.get('cache-control') === 'no-store', 'device authorization: Cache-Control: no-store');

  // Pending, and polling much faster than the interval.
  const fast = [];
  for (let i = 0; i < 6; i += 1) {
    const p = await devicePoll(disc, da.device_code);
    fast.push(`${p.status} ${p.json?.error}`);
  }
  note(`polling the token endpoint 6 times back to back while pending: ${[...new Set(fast)].join(' | ')}`);
  check(fast.every((x) => x === '400 authorization_pending'), 'device: pending polls answer 400 authorization_pending, even back to back (no slow_down)', fast.join(', '));
  const pendingDesc = (await devicePoll(disc, da.device_code)).json?.error_description;
  note(`authorization_pending error_description: "${pendingDesc}"`);

  // A prompt parameter at the device authorization endpoint.
  const withPrompt = await deviceAuth(disc, { scope, prompt: 'consent' });
  note(`device authorization with prompt=consent: HTTP ${withPrompt.status} ${withPrompt.json?.error ?? 'ok'}${withPrompt.json?.error_description ? ` (${withPrompt.json.error_description})` : ''}`);

  // Three device requests: allow (verification_uri_complete), deny (verification_uri_complete),
  // and allow through the plain verification_uri with the user code from the environment
  // (scope without openid). Their browsers run concurrently; each is polled like a client.
  const deny = (await deviceAuth(disc, { scope })).json ?? {};
  const plain = (await deviceAuth(disc, { scope: 'api:read offline_access' })).json ?? {};
  const secrets = [da, deny, plain].flatMap((d) => [d.device_code, d.user_code]).filter(Boolean);
  const runs = [
    { label: 'device #1 (allow, verification_uri_complete)', d: da, url: da.verification_uri_complete, env: { OAUTHDESK_BROWSER_VERBOSE: '1' } },
    { label: 'device #2 (deny)', d: deny, url: deny.verification_uri_complete, env: { OAUTHDESK_BROWSER_ACTION: 'deny', OAUTHDESK_BROWSER_VERBOSE: '1' } },
    { label: 'device #3 (allow, verification_uri + OAUTHDESK_BROWSER_USER_CODE)', d: plain, url: `${issuer}/device`, env: { OAUTHDESK_BROWSER_USER_CODE: plain.user_code, OAUTHDESK_BROWSER_VERBOSE: '1' } },
  ];
  // Launches are staggered by 2 s: three Chromiums starting at once on a small machine are slow.
  const results = await Promise.all(runs.map(async (run, i) => {
    await sleep(i * 2000);
    const browser = runBrowser(run.url, run.env);
    const [b, p] = await Promise.all([browser, pollDevice(disc, run.d.device_code, { browser })]);
    return { ...run, b, p };
  }));
  for (const { label, b, p } of results) {
    timings.push({ label: `${label}: browser`, seconds: b.seconds });
    timings.push({ label: `${label}: polling until done (${p.seen.length} polls)`, seconds: p.seconds });
    check(b.code === 0, `${label}: browser exited 0 (${b.seconds.toFixed(2)} s)`, b.out.trim().split('\n').slice(-3).join(' / '));
    check(!secrets.some((x) => b.out.includes(x)), `${label}: the driver's (verbose) output has no user code or device code`);
    note(`${label}: polls: ${p.seen.join(', ')}`);
  }
  const [r1, r2, r3] = results;

  // Allow: tokens, refresh token for offline_access, the resource.
  const tk = r1.p.res.json ?? {};
  check(r1.p.res.status === 200 && !!tk.access_token, 'device #1: token response 200', r1.p.res.text.slice(0, 200));
  note(`device #1 token response keys: ${Object.keys(tk).sort().join(', ')}; scope="${tk.scope}"; expires_in=${tk.expires_in}`);
  check(!!tk.refresh_token && tk.scope?.split(' ').includes('offline_access'), 'device #1: offline_access granted and a refresh token issued (no prompt=consent needed)');
  check(!!tk.id_token && decodeJwt(tk.id_token).aud === 'oauthdesk-device' && decodeJwt(tk.id_token).sub === 'demo', 'device #1: id_token for oauthdesk-device, sub demo');
  let r = await api(issuer, '/api/me', tk.access_token);
  check(r.status === 200 && r.json?.sub === 'demo' && r.json?.client_id === 'oauthdesk-device', 'device #1: access token works at /api/me', JSON.stringify(r.json));
  const dr = await refresh(disc, tk.refresh_token, 'oauthdesk-device');
  check(dr.status === 200 && !!dr.json?.access_token && !!dr.json?.refresh_token && dr.json.refresh_token !== tk.refresh_token,
    'device #1: refresh: 200 with a rotated refresh token', dr.text.slice(0, 200));
  r = await api(issuer, '/api/me', dr.json?.access_token);
  check(r.status === 200, 'device #1: refreshed access token works at /api/me');

  // Polling once more after the tokens were issued.
  const again = await devicePoll(disc, da.device_code);
  const atAfter = (await api(issuer, '/api/me', dr.json?.access_token)).status;
  const rtAfter = (await refresh(disc, dr.json?.refresh_token, 'oauthdesk-device')).json?.error ?? 'ok';
  note(`polling again with a device code that already gave tokens: HTTP ${again.status} ${again.json?.error}; afterwards /api/me ${atAfter}, refresh ${rtAfter}`);
  check(again.status === 400 && again.json?.error === 'invalid_grant', 'device: a used device code gives invalid_grant');
  check(atAfter === 401 && rtAfter === 'invalid_grant', 'device: polling with a used device code revokes the whole grant (access and refresh tokens)');

  // Deny.
  check(r2.p.res.status === 400 && r2.p.res.json?.error === 'access_denied', 'device #2 (deny): token endpoint gives 400 access_denied', r2.p.res.text);
  note(`device deny: HTTP ${r2.p.res.status} ${r2.p.res.text}`);
  const denyAgain = await devicePoll(disc, deny.device_code);
  note(`polling again after access_denied: HTTP ${denyAgain.status} ${denyAgain.json?.error}`);

  // Plain verification_uri, user code from the environment; no openid.
  const tp = r3.p.res.json ?? {};
  check(r3.p.res.status === 200 && !!tp.access_token && !tp.id_token, 'device #3: token response 200, no id_token without openid', r3.p.res.text.slice(0, 200));
  note(`device #3 (scope "api:read offline_access"): keys ${Object.keys(tp).sort().join(', ')}; scope="${tp.scope}"`);
  r = await api(issuer, '/api/me', tp.access_token);
  check(r.status === 200 && r.json?.client_id === 'oauthdesk-device', 'device #3: access token works at /api/me');

  // Driver failures: a wrong user code, no user code at all, a device page in code mode, a bad mode.
  const tf = Date.now();
  const [wrong, none, codeMode, badMode] = await Promise.all([
    runBrowser(`${issuer}/device`, { OAUTHDESK_BROWSER_USER_CODE: 'BCDF-GHJK' }),
    runBrowser(`${issuer}/device`, { OAUTHDESK_BROWSER_USER_CODE: '' }),
    runBrowser(`${issuer}/device?user_code=BCDF-GHJK`, { OAUTHDESK_BROWSER_MODE: 'code' }),
    runBrowser(`${issuer}/device`, { OAUTHDESK_BROWSER_MODE: 'sideways' }),
  ]);
  timings.push({ label: 'device: four failing driver runs at once', seconds: (Date.now() - tf) / 1000 });
  const oneLine = (run) => run.code === 1 && run.out.trim().split('\n').length === 1;
  check(oneLine(wrong) && /incorrect/.test(wrong.out) && !wrong.out.includes('BCDF-GHJK'), 'device: wrong user code: exit 1, one line, code not printed', wrong.out.trim());
  check(oneLine(none) && /OAUTHDESK_BROWSER_USER_CODE/.test(none.out), 'device: no user code: exit 1, one line', none.out.trim());
  check(oneLine(codeMode) && /OAUTHDESK_BROWSER_MODE=device/.test(codeMode.out), 'device page with OAUTHDESK_BROWSER_MODE=code: exit 1, one line', codeMode.out.trim());
  check(oneLine(badMode) && /OAUTHDESK_BROWSER_MODE/.test(badMode.out), 'bad OAUTHDESK_BROWSER_MODE: exit 1, one line', badMode.out.trim());
  timings.push({ label: 'device checks in all', seconds: (Date.now() - td) / 1000 });
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const t0 = Date.now();
  const srv = await startServer();
  const { issuer } = srv;
  check(/^http:\/\/127\.0\.0\.1:\d+$/.test(issuer) && srv.port > 0, `server printed {"issuer","port"}: ${issuer}`);

  const disc = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
  check(disc.issuer === issuer, 'discovery issuer equals the issuer');
  check(disc.token_endpoint === `${issuer}/token`, 'token endpoint is /token');
  check(disc.authorization_endpoint === `${issuer}/auth`, 'authorization endpoint is /auth');
  check(disc.revocation_endpoint === `${issuer}/token/revocation`, 'revocation endpoint is /token/revocation');
  check(disc.introspection_endpoint === `${issuer}/token/introspection`, 'introspection endpoint is /token/introspection');
  check(disc.device_authorization_endpoint === `${issuer}/device/auth`, 'device authorization endpoint is /device/auth');
  check(disc.userinfo_endpoint === `${issuer}/me`, 'userinfo endpoint is /me');
  check(JSON.stringify(disc.code_challenge_methods_supported) === '["S256"]', 'only S256 PKCE');
  check(disc.authorization_response_iss_parameter_supported === true, 'RFC 9207 iss supported');

  const listener = await startListener();

  // --- Flow 1: allow ---------------------------------------------------------------------------
  const l1 = await browserLogin(disc, listener, { label: 'login #1 (allow)' });
  check(l1.params.get('state') === l1.state, 'callback state matches');
  check(l1.params.get('iss') === issuer, 'callback carries iss = issuer (RFC 9207)', l1.params.get('iss'));
  check(!!l1.params.get('code'), 'callback carries a code');

  const t1 = await exchange(disc, l1);
  check(t1.status === 200, 'code exchange: 200', t1.text);
  const tok1 = t1.json ?? {};
  check(!!tok1.access_token && !!tok1.refresh_token && !!tok1.id_token, 'got access_token, refresh_token and id_token');
  check(tok1.token_type === 'Bearer', `token_type is "Bearer" (${tok1.token_type})`);
  check(tok1.expires_in === 3600, `expires_in is 3600 (${tok1.expires_in})`);
  note(`token response keys: ${Object.keys(tok1).sort().join(', ')}; scope="${tok1.scope}"`);
  check(tok1.scope?.split(' ').includes('api:read'), 'granted scope includes api:read');
  check(t1.headers.get('cache-control') === 'no-store', 'token response Cache-Control: no-store');
  const idt = decodeJwt(tok1.id_token);
  check(idt.iss === issuer && idt.aud === 'oauthdesk-test' && idt.sub === 'demo' && idt.nonce === l1.nonce,
    'id_token iss/aud/sub/nonce', JSON.stringify(idt));

  let r = await api(issuer, '/api/me', tok1.access_token);
  check(r.status === 200 && r.json?.sub === 'demo' && r.json?.client_id === 'oauthdesk-test'
    && r.json?.path === '/api/me' && r.json?.message === 'Hello from the OAuthDesk test resource',
  '/api/me with the access token: 200', JSON.stringify(r.json));
  r = await api(issuer, '/api/echo?x=1', tok1.access_token);
  check(r.status === 200 && r.json?.path === '/api/echo', '/api/echo: 200');
  r = await api(issuer, '/api/echo', tok1.access_token, { 'Content-Type': 'application/json', 'X-Probe': '1' }, 'PATCH', '{"a":[1,2]}');
  check(r.status === 200 && r.json?.method === 'PATCH' && r.json?.json?.a?.[1] === 2 && r.json?.headers?.['x-probe'] === '1',
    '/api/echo PATCH echoes method, JSON body and x- headers', JSON.stringify(r.json));
  r = await api(issuer, '/api/echo', tok1.access_token, { 'Content-Type': 'application/x-www-form-urlencoded' }, 'POST', 'a=1&b=two+words');
  check(r.status === 200 && r.json?.form?.b === 'two words', '/api/echo POST echoes a form', JSON.stringify(r.json));
  r = await api(issuer, '/api/me', tok1.access_token, {}, 'DELETE');
  check(r.status === 405, '/api/me DELETE: 405');
  r = await api(issuer, '/api/redirect-same?to=/api/echo&status=307', tok1.access_token);
  check(r.status === 307 && r.location === '/api/echo', '/api/redirect-same: 307 to /api/echo');
  r = await api(issuer, '/api/large?mb=0.05', tok1.access_token);
  check(r.status === 200 && r.json?.items?.length > 100, '/api/large?mb=0.05: a JSON document with items');
  r = await api(issuer, '/api/nested', tok1.access_token);
  check(r.status === 200 && r.json?.user?.address?.city === 'London', '/api/nested');
  r = await api(issuer, '/api/me');
  check(r.status === 401 && r.www === 'Bearer realm="oauthdesk-test"', '/api/me without token: 401 + realm challenge', r.www);
  r = await api(issuer, '/api/me', 'not-a-real-token');
  check(r.status === 401 && r.www === INVALID_TOKEN_WWW, '/api/me with an unknown token: 401 invalid_token', r.www);
  r = await api(issuer, `/api/me?access_token=${tok1.access_token}`);
  check(r.status === 400 && r.json?.error === 'invalid_request', '/api/me with token in the query: 400 invalid_request');
  r = await api(issuer, `/api/redirect-elsewhere?to=${encodeURIComponent('http://127.0.0.2:9/elsewhere')}`, tok1.access_token);
  check(r.status === 302 && r.location === 'http://127.0.0.2:9/elsewhere', '/api/redirect-elsewhere: 302 to "to"');
  r = await api(issuer, `/api/redirect-elsewhere?to=${encodeURIComponent('http://127.0.0.2:9/elsewhere')}`);
  check(r.status === 401, '/api/redirect-elsewhere without token: 401');

  const ui = await api(issuer, '/me', tok1.access_token);
  check(ui.status === 200 && sortedJson(ui.json) === '{"name":"Demo User","sub":"demo"}', 'userinfo (scope openid profile): exactly {"sub":"demo","name":"Demo User"}', JSON.stringify(ui.json));

  // --- Dynamic client registration (RFC 7591): a native public client, any loopback port ------
  check(disc.registration_endpoint === `${issuer}/reg`, 'registration endpoint is /reg', disc.registration_endpoint);
  const regRes = await fetch(disc.registration_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({
      client_name: 'OAuthDesk', application_type: 'native', redirect_uris: ['http://127.0.0.1/callback'],
      grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'], token_endpoint_auth_method: 'none',
    }),
  });
  const reg = await regRes.json().catch(() => ({}));
  check(regRes.status === 201 && !!reg.client_id && !reg.client_secret && !!reg.registration_access_token
    && reg.registration_client_uri === `${issuer}/reg/${reg.client_id}` && reg.token_endpoint_auth_method === 'none',
  'registration: 201 with client_id, registration_access_token and registration_client_uri, no client secret',
  JSON.stringify({ ...reg, registration_access_token: reg.registration_access_token ? '…' : undefined }));
  const regLogin = await browserLogin(disc, listener, { clientId: reg.client_id, label: 'login with the registered client' });
  const regTok = await exchange(disc, regLogin, reg.client_id);
  check(regTok.status === 200 && !!regTok.json?.access_token && !!regTok.json?.refresh_token,
    'registered client: code exchange on a runtime loopback port: 200 with refresh token', regTok.text.slice(0, 200));
  r = await api(issuer, '/api/me', regTok.json?.access_token ?? '');
  check(r.status === 200 && r.json?.client_id === reg.client_id, 'registered client: /api/me 200', JSON.stringify(r.json));
  const badReg = await fetch(disc.registration_endpoint, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ application_type: 'native', redirect_uris: ['http://example.com/callback'], token_endpoint_auth_method: 'none' }),
  });
  const badRegJson = await badReg.json().catch(() => ({}));
  check(badReg.status === 400 && /^invalid_(redirect_uri|client_metadata)$/.test(badRegJson.error ?? ''),
    'registration of a native client with a non-loopback http redirect: 400 invalid_redirect_uri or invalid_client_metadata', JSON.stringify(badRegJson));

  // --- ID token signature: RS256 with a kid published in /jwks ---------------------------------
  const jwks1 = await getJwks(issuer);
  note(`/jwks at startup: ${(jwks1.keys ?? []).map((k) => `${k.kid} (${k.kty} ${k.alg} use=${k.use})`).join(', ')}`);
  check(JSON.stringify(jwksKids(jwks1)) === '["rs256-1","es256-1"]', '/jwks at startup: kids rs256-1, es256-1', jwksKids(jwks1).join(', '));
  check((jwks1.keys ?? []).every((k) => !('d' in k) && !('p' in k)), '/jwks has no private key members');
  const idh1 = jwtHeader(tok1.id_token);
  note(`id_token header: ${JSON.stringify(idh1)}`);
  check(idh1.alg === 'RS256' && idh1.kid === 'rs256-1', 'id_token header: alg RS256, kid rs256-1', JSON.stringify(idh1));
  check(jwsProblem(tok1.id_token, jwks1) === '', 'id_token signature verifies with the /jwks key of its kid', jwsProblem(tok1.id_token, jwks1));
  check(JSON.stringify(disc.id_token_signing_alg_values_supported) === '["RS256","ES256"]', 'discovery: id_token_signing_alg_values_supported ["RS256","ES256"]', JSON.stringify(disc.id_token_signing_alg_values_supported));

  // --- Introspection (RFC 7662) by the public client itself: client_id in the body -------------
  let ir = await introspect(disc, tok1.access_token);
  note(`introspection of an active access token (client_id=oauthdesk-test only): HTTP ${ir.status} ${shape(ir.json)}`);
  check(ir.status === 200 && ir.json?.active === true && ir.json?.client_id === 'oauthdesk-test' && ir.json?.sub === 'demo'
    && ir.json?.token_type === 'Bearer' && ir.json?.scope === tok1.scope && ir.json?.iss === issuer
    && typeof ir.json?.exp === 'number' && typeof ir.json?.iat === 'number',
  'introspection (public client, own access token): active, client_id, sub, scope, token_type Bearer, iss, exp, iat', ir.text);
  check(ir.headers.get('cache-control') === 'no-store', 'introspection: Cache-Control: no-store');
  ir = await introspect(disc, tok1.refresh_token);
  note(`introspection of an active refresh token: HTTP ${ir.status} ${shape(ir.json)}`);
  check(ir.status === 200 && ir.json?.active === true && ir.json?.client_id === 'oauthdesk-test' && ir.json?.sub === 'demo'
    && ir.json?.scope === tok1.scope && !('token_type' in (ir.json ?? {})),
  'introspection (public client, own refresh token): active, no token_type', ir.text);
  const hints = {};
  for (const [label, token] of [['AT', tok1.access_token], ['RT', tok1.refresh_token]]) {
    for (const hint of ['access_token', 'refresh_token', 'no_such_hint']) {
      hints[`${label} hint=${hint}`] = (await introspect(disc, token, { hint })).json?.active;
    }
  }
  note(`token_type_hint at introspection: ${Object.entries(hints).map(([k, v]) => `${k}: active=${v}`).join('; ')}`);
  check(Object.values(hints).every((v) => v === true), 'token_type_hint (right, wrong or unknown) does not change the introspection answer');
  ir = await introspect(disc, tok1.access_token, { clientId: 'oauthdesk-demo' });
  check(ir.status === 200 && ir.text === '{"active":false}', 'introspection by another public client (oauthdesk-demo): {"active":false}', ir.text);
  ir = await introspect(disc, tok1.access_token, { clientId: null });
  note(`introspection without client_id: HTTP ${ir.status} ${ir.text}`);
  check(ir.status >= 400 && !!ir.json?.error, 'introspection without any client identification is refused', ir.text);
  ir = await introspect(disc, 'not-a-real-token');
  check(ir.status === 200 && ir.text === '{"active":false}', 'introspection of an unknown token: {"active":false}', ir.text);
  ir = await form(disc.introspection_endpoint, { token: tok1.access_token }, { Authorization: `Basic ${Buffer.from('oauthdesk-service:fake-test-secret-not-real').toString('base64')}` });
  check(ir.json?.active === true && ir.json?.client_id === 'oauthdesk-test', 'the confidential client may introspect another client\'s token', ir.text);

  // --- Signing key rotation: POST /test/rotate-signing-key -------------------------------------
  const rot = await form(`${issuer}/test/rotate-signing-key`, {});
  note(`POST /test/rotate-signing-key: HTTP ${rot.status} ${rot.text}`);
  check(rot.status === 200 && rot.json?.kid === 'rs256-2' && rot.json?.alg === 'RS256'
    && JSON.stringify(rot.json?.jwks_kids) === '["rs256-2","rs256-1","es256-1"]',
  'rotate-signing-key: new kid rs256-2, JWKS rs256-2, rs256-1, es256-1', rot.text);
  const jwks2 = await getJwks(issuer);
  check(JSON.stringify(jwksKids(jwks2)) === '["rs256-2","rs256-1","es256-1"]', '/jwks after rotation: the new key first, the old one kept', jwksKids(jwks2).join(', '));
  check((jwks2.keys ?? []).every((k) => !('d' in k) && !('p' in k)), '/jwks after rotation has no private key members');

  // --- Refresh (rotation) ----------------------------------------------------------------------
  const t2 = await refresh(disc, tok1.refresh_token);
  const tok2 = t2.json ?? {};
  check(t2.status === 200 && !!tok2.access_token, 'refresh: 200', t2.text);
  check(!!tok2.refresh_token && tok2.refresh_token !== tok1.refresh_token, 'refresh returned a new (rotated) refresh token');
  note(`refresh response keys: ${Object.keys(tok2).sort().join(', ')}; scope="${tok2.scope}"`);
  const idh2 = jwtHeader(tok2.id_token ?? '');
  check(idh2.alg === 'RS256' && idh2.kid === 'rs256-2', 'after rotation: the new id_token is RS256 with kid rs256-2', JSON.stringify(idh2));
  check(jwsProblem(tok2.id_token, jwks2) === '', 'after rotation: the new id_token verifies with /jwks', jwsProblem(tok2.id_token, jwks2));
  check(jwsProblem(tok1.id_token, jwks2) === '', 'after rotation: the old id_token (kid rs256-1) still verifies with /jwks', jwsProblem(tok1.id_token, jwks2));
  const hintOld = await fetch(`${issuer}/session/end?id_token_hint=${tok1.id_token}`);
  await hintOld.text();
  check(hintOld.status === 200, 'after rotation: the server still accepts the old id_token as id_token_hint at /session/end', String(hintOld.status));
  const es = await form(`${issuer}/test/rotate-signing-key`, { alg: 'ES256' });
  check(es.status === 200 && es.json?.kid === 'es256-2' && jwksKids(await getJwks(issuer))[0] === 'es256-2', 'rotate-signing-key alg=ES256: kid es256-2, first in /jwks', es.text);
  const bad = await form(`${issuer}/test/rotate-signing-key`, { alg: 'HS256' });
  check(bad.status === 400 && bad.json?.error === 'invalid_request', 'rotate-signing-key alg=HS256: 400 invalid_request', bad.text);
  r = await api(issuer, '/api/me', tok2.access_token);
  check(r.status === 200, '/api/me with the refreshed access token: 200');
  r = await api(issuer, '/api/me', tok1.access_token);
  note(`old access token after a refresh: /api/me answers ${r.status}`);

  // --- (b1) test endpoint: revoke only this access token ---------------------------------------
  const rv = await form(`${issuer}/test/revoke-access-token`, { token: tok2.access_token });
  check(rv.status === 200 && rv.json?.revoked === true, 'POST /test/revoke-access-token: revoked');
  r = await api(issuer, '/api/me', tok2.access_token);
  check(r.status === 401 && r.www === INVALID_TOKEN_WWW, 'after /test/revoke-access-token: /api/me 401 invalid_token');
  const t3 = await refresh(disc, tok2.refresh_token);
  const tok3 = t3.json ?? {};
  check(t3.status === 200 && !!tok3.access_token, 'refresh token still works after /test/revoke-access-token', t3.text);
  r = await api(issuer, '/api/me', tok3.access_token);
  check(r.status === 200, '/api/me with the new access token: 200');

  // --- (b2) standard revocation endpoint with an access token ----------------------------------
  const rv2 = await form(disc.revocation_endpoint, {
    token: tok3.access_token, token_type_hint: 'access_token', client_id: 'oauthdesk-test',
  });
  check(rv2.status === 200, 'revocation endpoint (access token): 200', rv2.text);
  r = await api(issuer, '/api/me', tok3.access_token);
  check(r.status === 401 && r.www === INVALID_TOKEN_WWW, 'after revoking the access token: /api/me 401 invalid_token');
  const t4 = await refresh(disc, tok3.refresh_token);
  note(`(b) refresh after revoking the ACCESS token at /token/revocation: HTTP ${t4.status} ${t4.text}`);
  check(t4.status === 400 && t4.json?.error === 'invalid_grant',
    '(b) revoking an access token at /token/revocation also revokes the refresh token (invalid_grant)', t4.text);

  // --- (a) reuse of a rotated refresh token ----------------------------------------------------
  const l2 = await browserLogin(disc, listener, { label: 'login #2 (allow, email scope, refresh token reuse)', scope: 'openid profile email offline_access api:read' });
  const u1 = (await exchange(disc, l2)).json ?? {};
  check(!!u1.refresh_token, 'login #2: got a refresh token');
  check(u1.scope === 'openid profile email offline_access api:read', 'login #2: scope "openid profile email offline_access api:read" granted', u1.scope);
  const ui2 = await api(issuer, '/me', u1.access_token);
  note(`userinfo (GET /me) for demo, scope openid profile email: HTTP ${ui2.status} ${JSON.stringify(ui2.json)}`);
  check(ui2.status === 200 && sortedJson(ui2.json) === '{"email":"demo@example.test","email_verified":true,"name":"Demo User","sub":"demo"}',
    'userinfo (scope openid profile email): sub, name, email, email_verified', JSON.stringify(ui2.json));
  check(jwtHeader(u1.id_token).kid === 'rs256-2' && jwtHeader(u1.id_token).alg === 'RS256', 'login #2: id_token RS256, kid rs256-2 (an ES256 rotation does not change it)', JSON.stringify(jwtHeader(u1.id_token)));
  // Rotation with retire_old=1: the old RS256 keys leave the keystore and /jwks.
  const rot3 = await form(`${issuer}/test/rotate-signing-key`, { retire_old: '1' });
  note(`POST /test/rotate-signing-key retire_old=1: HTTP ${rot3.status} ${rot3.text}`);
  const jwks3 = await getJwks(issuer);
  check(rot3.json?.kid === 'rs256-3' && JSON.stringify(rot3.json?.retired_kids) === '["rs256-2","rs256-1"]'
    && JSON.stringify(jwksKids(jwks3)) === '["rs256-3","es256-2","es256-1"]',
  'rotate-signing-key retire_old=1: kid rs256-3, rs256-1 and rs256-2 gone from /jwks', `${rot3.text} / ${jwksKids(jwks3).join(', ')}`);
  const u2r = await refresh(disc, u1.refresh_token);
  const u2 = u2r.json ?? {};
  check(u2r.status === 200 && !!u2.refresh_token, 'login #2: refresh ok');
  check(jwtHeader(u2.id_token ?? '').kid === 'rs256-3' && jwsProblem(u2.id_token, jwks3) === '', 'after retire_old rotation: new id_token has kid rs256-3 and verifies', JSON.stringify(jwtHeader(u2.id_token ?? '')));
  check(/not in the JWKS/.test(jwsProblem(u1.id_token, jwks3)), 'after retire_old rotation: the id_token signed with rs256-2 has no key in /jwks any more');
  const hintRetired = await fetch(`${issuer}/session/end?id_token_hint=${u1.id_token}`);
  const hintRetiredText = await hintRetired.text();
  note(`/session/end with an id_token_hint signed by a retired key: HTTP ${hintRetired.status} ${(/could not validate[^<"]*/.exec(hintRetiredText) ?? [''])[0]}`);
  check(hintRetired.status === 400, 'after retire_old rotation: an id_token_hint signed with a retired key is refused (400)', String(hintRetired.status));
  const again = await refresh(disc, u1.refresh_token);
  note(`(a) reusing the rotated (old) refresh token: HTTP ${again.status} ${again.text}`);
  check(again.status === 400 && again.json?.error === 'invalid_grant', '(a) old refresh token: invalid_grant');
  const after = await refresh(disc, u2.refresh_token);
  note(`(a) the newest refresh token after that: HTTP ${after.status} ${after.text}`);
  check(after.status === 400 && after.json?.error === 'invalid_grant', '(a) the newest refresh token is revoked too (whole grant)');
  r = await api(issuer, '/api/me', u2.access_token);
  note(`(a) the newest access token after that: /api/me answers ${r.status}`);
  check(r.status === 401, '(a) the newest access token is revoked too');

  // --- Replaying an authorization code -------------------------------------------------------
  const l4 = await browserLogin(disc, listener, { label: 'login #3 (allow, PAR, code replay)', par: true });
  const w1 = (await exchange(disc, l4)).json ?? {};
  check(!!w1.access_token && !!w1.refresh_token, 'login #3: tokens');
  const replay = await exchange(disc, l4);
  check(replay.status === 400 && replay.json?.error === 'invalid_grant', 'a code cannot be used twice (invalid_grant)', replay.text);
  r = await api(issuer, '/api/me', w1.access_token);
  const rr = await refresh(disc, w1.refresh_token);
  note(`replaying a code: afterwards the tokens it gave answer /api/me ${r.status}, refresh ${rr.status} ${rr.json?.error ?? ''}`);
  check(r.status === 401 && rr.status === 400, 'replaying a code revokes the tokens issued from it');

  // --- Deny ------------------------------------------------------------------------------------
  const l3 = await browserLogin(disc, listener, { label: 'login #4 (deny)', action: 'deny' });
  check(l3.params.get('error') === 'access_denied', 'deny: callback error=access_denied', l3.params.get('error'));
  check(!l3.params.get('code'), 'deny: no code');
  check(l3.params.get('state') === l3.state, 'deny: state matches');
  check(l3.params.get('iss') === issuer, 'deny: iss = issuer');
  note(`deny callback parameters: ${[...l3.params.keys()].join(', ')}; error_description="${l3.params.get('error_description')}"`);

  // --- Plain OAuth 2.0 (no openid), offline_access without prompt=consent -----------------------
  const l5 = await browserLogin(disc, listener, {
    label: 'login #5 (no openid, no prompt=consent)', prompt: null, clientId: 'oauthdesk-demo', scope: 'api:read offline_access',
  });
  const x1r = await exchange(disc, l5, 'oauthdesk-demo');
  const x1 = x1r.json ?? {};
  check(x1r.status === 200 && !!x1.access_token, 'oauthdesk-demo, scope "api:read offline_access", no prompt: code exchange 200', x1r.text);
  note(`scope "api:read offline_access" without prompt=consent: keys ${Object.keys(x1).sort().join(', ')}; scope="${x1.scope}"`);
  check(!x1.refresh_token, 'without prompt=consent no refresh token is issued');
  check(!x1.id_token, 'without openid no id_token is issued');
  r = await api(issuer, '/api/me', x1.access_token);
  check(r.status === 200 && r.json?.client_id === 'oauthdesk-demo', 'that access token works at /api/me', JSON.stringify(r.json));
  r = await api(issuer, '/me', x1.access_token);
  note(`userinfo with an access token without openid: HTTP ${r.status} ${r.www ?? ''} ${JSON.stringify(r.json)}`);

  // --- Resource indicator (RFC 8707) -----------------------------------------------------------
  const apiId = `${issuer}/api`;
  const l6 = await browserLogin(disc, listener, { label: 'login #6 (resource indicator)', extra: { resource: apiId } });
  const y1r = await exchange(disc, l6);
  const y1 = y1r.json ?? {};
  check(y1r.status === 200 && !!y1.access_token, 'with resource=<issuer>/api: code exchange 200', y1r.text);
  note(`with resource=<issuer>/api: scope="${y1.scope}", refresh_token ${y1.refresh_token ? 'issued' : 'NOT issued'}`);
  r = await api(issuer, '/api/me', y1.access_token);
  check(r.status === 200, 'audience-restricted token at /api/me: 200', JSON.stringify(r.json));
  r = await api(issuer, '/me', y1.access_token);
  note(`userinfo with an access token for resource=<issuer>/api: HTTP ${r.status} ${r.www ?? ''} ${JSON.stringify(r.json)}`);
  const y2r = await refresh(disc, y1.refresh_token);
  check(y2r.status === 200 && (await api(issuer, '/api/me', y2r.json?.access_token)).status === 200,
    'refreshed audience-restricted token at /api/me: 200', y2r.text);
  const y2 = y2r.json ?? {};
  ir = await introspect(disc, y2.access_token);
  note(`introspection of an audience-restricted access token: ${shape(ir.json)}`);
  check(ir.json?.active === true && ir.json?.aud === apiId, 'introspection of an audience-restricted access token: active, aud <issuer>/api', ir.text);
  // Revocation (RFC 7009) by another public client: 200, but nothing happens.
  const rvOther = await revokeToken(disc, y2.refresh_token, { clientId: 'oauthdesk-demo', hint: 'refresh_token' });
  check(rvOther.status === 200 && (await introspect(disc, y2.refresh_token)).json?.active === true,
    'revocation by another public client (oauthdesk-demo): 200 and the token stays active', rvOther.text);
  const rvNone = await revokeToken(disc, y2.refresh_token, { clientId: null, hint: 'refresh_token' });
  note(`revocation without client_id: HTTP ${rvNone.status} ${rvNone.text}`);
  check(rvNone.status >= 400 && (await introspect(disc, y2.refresh_token)).json?.active === true, 'revocation without client_id is refused', rvNone.text);
  const rvr = await revokeToken(disc, y2.refresh_token, { hint: 'refresh_token' });
  note(`revocation of a refresh token (client_id + token_type_hint=refresh_token): HTTP ${rvr.status} body "${rvr.text}"`);
  check(rvr.status === 200 && rvr.text === '', 'revocation endpoint (refresh token): 200, empty body', rvr.text);
  const irRt = await introspect(disc, y2.refresh_token);
  const irAt = await introspect(disc, y2.access_token);
  check(irRt.status === 200 && irRt.text === '{"active":false}', 'introspection of the revoked refresh token: {"active":false}', irRt.text);
  check(irAt.status === 200 && irAt.text === '{"active":false}', 'introspection of the access token of the same grant: {"active":false}', irAt.text);
  r = await api(issuer, '/api/me', y2.access_token);
  const y3r = await refresh(disc, y2.refresh_token);
  note(`after revoking the REFRESH token: /api/me with the access token ${r.status}, refresh ${y3r.status} ${y3r.text}`);
  check(y3r.status === 400 && y3r.json?.error === 'invalid_grant', 'refresh with the revoked refresh token: invalid_grant', y3r.text);
  check(r.status === 401, 'revoking the refresh token revokes its access tokens too');
  const rvAgain = await revokeToken(disc, y2.refresh_token, { hint: 'refresh_token' });
  check(rvAgain.status === 200, 'revoking an already revoked (unknown) token: 200', rvAgain.text);
  const uiRevoked = await api(issuer, '/me', y2.access_token);
  note(`userinfo with a revoked access token: HTTP ${uiRevoked.status} ${uiRevoked.www ?? ''} ${JSON.stringify(uiRevoked.json)}`);
  check(uiRevoked.status === 401, 'userinfo with a revoked access token: 401');

  // --- Client credentials, insufficient scope, introspection -----------------------------------
  const basic = { Authorization: `Basic ${Buffer.from('oauthdesk-service:fake-test-secret-not-real').toString('base64')}` };
  const cc = await form(disc.token_endpoint, { grant_type: 'client_credentials', scope: 'api:read' }, basic);
  check(cc.status === 200 && cc.json?.scope === 'api:read' && !cc.json?.refresh_token, 'client credentials: token with api:read', cc.text);
  r = await api(issuer, '/api/me', cc.json?.access_token);
  check(r.status === 200 && r.json?.client_id === 'oauthdesk-service', 'client credentials token at /api/me: 200');
  const ccNoScope = await form(disc.token_endpoint, { grant_type: 'client_credentials' }, basic);
  r = await api(issuer, '/api/me', ccNoScope.json?.access_token);
  check(r.status === 403 && r.www === 'Bearer error="insufficient_scope", scope="api:read"', 'token without api:read: 403 insufficient_scope', r.www);
  const ccPost = await form(disc.token_endpoint, {
    grant_type: 'client_credentials', scope: 'api:read', client_id: 'oauthdesk-service', client_secret: 'fake-test-secret-not-real',
  });
  note(`client_secret_post for oauthdesk-service: HTTP ${ccPost.status} ${ccPost.json?.error ?? ''}`);
  const ccBad = await form(disc.token_endpoint, { grant_type: 'client_credentials' }, {
    Authorization: `Basic ${Buffer.from('oauthdesk-service:wrong').toString('base64')}`,
  });
  check(ccBad.status === 401 && ccBad.json?.error === 'invalid_client', 'wrong client secret: 401 invalid_client', `${ccBad.status} ${ccBad.text}`);
  const pub = await form(disc.token_endpoint, { grant_type: 'client_credentials', client_id: 'oauthdesk-test' });
  check(pub.status >= 400, 'client credentials refused for a public client', pub.text);
  const intro = await form(disc.introspection_endpoint, { token: tok3.refresh_token }, basic);
  check(intro.status === 200 && intro.json?.active === false, 'introspection of a revoked refresh token: active false', intro.text);

  // --- Device authorization grant (RFC 8628) ---------------------------------------------------
  await deviceChecks(issuer, disc);

  await listener.close();
  const code = await stopServer(srv);
  check(code === 0, 'server exits 0 on SIGTERM', String(code));
  check(srv.lines.length === 1, 'server printed exactly one line on stdout', srv.lines.join(' | '));

  // --- Short access-token TTL --------------------------------------------------------------------
  const short = await startServer(['--access-ttl', '1', '--refresh-ttl', '3']);
  const sdisc = await (await fetch(`${short.issuer}/.well-known/openid-configuration`)).json();
  const sc = await form(sdisc.token_endpoint, { grant_type: 'client_credentials', scope: 'api:read' }, basic);
  check(sc.json?.expires_in === 1, '--access-ttl 1: expires_in 1', sc.text);
  r = await api(short.issuer, '/api/me', sc.json?.access_token);
  check(r.status === 200, 'short-lived token works at once');
  await new Promise((res) => { setTimeout(res, 2100); });
  r = await api(short.issuer, '/api/me', sc.json?.access_token);
  check(r.status === 401 && r.www === INVALID_TOKEN_WWW, 'expired token: 401 invalid_token');
  await stopServer(short);

  process.stdout.write('\n# timings\n');
  for (const t of timings) process.stdout.write(`#   ${t.label}: ${t.seconds.toFixed(2)} s\n`);
  process.stdout.write(`#   total: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
}

function cleanup() {
  for (const c of children) { try { c.kill('SIGTERM'); } catch { /* ignore */ } }
}

main().then(() => {
  cleanup();
  process.exit(failed === 0 ? 0 : 1);
}).catch((err) => {
  process.stdout.write(`not ok - selftest crashed: ${err?.stack ?? err}\n${passed} passed, ${failed + 1} failed\n`);
  cleanup();
  process.exit(1);
});
