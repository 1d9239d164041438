// Signs in to the test server's oidc-provider (tests/server) over plain HTTP, the way a person does
// in the browser but without one: the authorization request, its devInteractions login and consent
// pages (forms posted like a browser posts them, cookies kept), the redirect with the code. For
// scripts/bench (issue 8), where a browser's own time is not what is measured.
//
//   node tests/bench/authorize.mjs grants ISSUER N FILE
//       N authorization code + PKCE grants of client oauthdesk-test, each for its own user
//       (bench-user-I), scope "openid offline_access api:read", each code redeemed at the token
//       endpoint; FILE gets one refresh token a line (mode 0600). Four flows at a time.
//   node tests/bench/authorize.mjs browser URL
//       Acts as $BROWSER for `oauthdesk login`: follows URL through login and consent as
//       bench-user, then calls the loopback redirect URI with the code, like a browser would.
//       Also the browser of tests/bench/login_floor, the login's floor.
//
// Tokens and codes only ever go to FILE or stdout, never to a log.
import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const CLIENT_ID = 'oauthdesk-test';
const SCOPE = 'openid offline_access api:read';

function fail(message) {
  console.error(`authorize.mjs: ${message}`);
  process.exit(1);
}

// The cookies of one user agent. Paths are ignored: one flow at a time per jar, and each step's
// cookie of a name replaces the earlier one, as the browser would send the newest for these paths.
class Jar {
  constructor() { this.cookies = new Map(); }
  take(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() { return [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; '); }
}

async function step(jar, url, form) {
  const response = await fetch(url, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      cookie: jar.header(),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  jar.take(response);
  response.text = await response.text();
  return response;
}

// Follows an authorization URL through login and consent until the redirect to the client's
// redirect URI; returns that URL (with code, state, iss). The loopback is not called.
async function authorizeUntilRedirect(authorizationUrl, login) {
  const jar = new Jar();
  const redirectUri = new URL(authorizationUrl).searchParams.get('redirect_uri');
  let url = authorizationUrl;
  for (let hops = 0; hops < 12; hops++) {
    if (url.startsWith(redirectUri)) return url;
    const response = await step(jar, url);
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location'), url).toString();
      continue;
    }
    if (response.status !== 200) fail(`${new URL(url).pathname} answered ${response.status}`);
    // An interaction page: login first, consent after (oidc-provider's devInteractions forms).
    const interaction = new URL(url).pathname;
    if (!interaction.startsWith('/interaction/')) fail(`unexpected page ${interaction}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(response.text)?.[1];
    if (prompt !== 'login' && prompt !== 'consent') fail(`unexpected interaction page ${interaction}`);
    const answer = await step(jar, url, prompt === 'login' ? { prompt, login, password: 'bench-password' } : { prompt });
    if (answer.status < 300 || answer.status >= 400) fail(`interaction answered ${answer.status}`);
    url = new URL(answer.headers.get('location'), url).toString();
  }
  return fail('too many redirects');
}

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

function authorizationUrl(issuer, redirectUri, challenge) {
  const url = new URL(`${issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: SCOPE,
    prompt: 'consent',
    state: randomBytes(16).toString('base64url'),
    nonce: randomBytes(16).toString('base64url'),
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

async function codeFor(issuer, redirectUri, login) {
  const { verifier, challenge } = pkce();
  const redirected = await authorizeUntilRedirect(authorizationUrl(issuer, redirectUri, challenge), login);
  const code = new URL(redirected).searchParams.get('code');
  if (!code) fail('the redirect carried no code');
  return { code, verifier };
}

async function grant(issuer, index) {
  const redirectUri = 'http://127.0.0.1:9/callback'; // never called: the code is redeemed here
  const { code, verifier } = await codeFor(issuer, redirectUri, `bench-user-${index}`);
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: redirectUri, client_id: CLIENT_ID,
    }).toString(),
  });
  const body = await response.json();
  if (!response.ok || !body.refresh_token) fail(`token endpoint answered ${response.status} ${body.error ?? ''}`);
  return body.refresh_token;
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'grants') {
  const [issuer, countArg, file] = args;
  const count = Number(countArg);
  if (!issuer || !Number.isInteger(count) || count < 1 || !file) fail('usage: grants ISSUER N FILE');
  const tokens = new Array(count);
  let next = 0;
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (next < count) {
      const i = next++;
      tokens[i] = await grant(issuer, i);
    }
  }));
  writeFileSync(file, tokens.join('\n') + '\n', { mode: 0o600 });
} else if (mode === 'browser') {
  const [url] = args;
  if (!url) fail('usage: browser URL');
  const redirected = await authorizeUntilRedirect(url, 'bench-user');
  const response = await fetch(redirected, { redirect: 'manual' });
  await response.arrayBuffer();
} else {
  fail('usage: grants ISSUER N FILE | browser URL');
}
