#!/usr/bin/env node
// OAuthDesk test/demo authorization server, built on oidc-provider.
//
// Usage: node server.mjs [--port N] [--access-ttl SECONDS] [--refresh-ttl SECONDS] [--store-size N] [--verbose]
//
// Binds 127.0.0.1 only. When listening it prints exactly one line of JSON to stdout,
//   {"issuer":"http://127.0.0.1:PORT","port":PORT}
// and nothing else ever goes to stdout (logs go to stderr; token values are never logged).
// With OAUTHDESK_SECRET_LEDGER=FILE set, every secret it hands out or is handed is appended to FILE
// (scripts/canary-sweep). See README.md beside this file.

import http from 'node:http';
import crypto from 'node:crypto';
import fs from 'node:fs';

// oidc-provider prints its notices with console.info (stdout). Keep stdout for the one JSON line.
console.info = console.error;
console.log = console.error;

const USAGE = 'usage: node server.mjs [--port N] [--access-ttl SECONDS] [--refresh-ttl SECONDS] [--store-size N] [--verbose]';

function parseArgs(argv) {
  const opts = {
    port: 0, accessTtl: 3600, refreshTtl: 14 * 24 * 60 * 60, storeSize: 1000, verbose: false,
  };
  const numeric = {
    '--port': 'port', '--access-ttl': 'accessTtl', '--refresh-ttl': 'refreshTtl', '--store-size': 'storeSize',
  };
  for (let i = 0; i < argv.length; i += 1) {
    let arg = argv[i];
    let value;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq !== -1) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (arg === '--help' || arg === '-h') {
      process.stderr.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--verbose') {
      opts.verbose = true;
    } else if (numeric[arg]) {
      if (value === undefined) {
        i += 1;
        value = argv[i];
      }
      if (value === undefined || !/^\d+$/.test(value)) {
        throw new Error(`${arg} needs a non-negative integer`);
      }
      opts[numeric[arg]] = Number(value);
    } else {
      throw new Error(`unknown argument: ${arg}`);
    }
  }
  if (opts.port > 65535) throw new Error('--port must be at most 65535');
  if (opts.accessTtl < 1) throw new Error('--access-ttl must be at least 1');
  if (opts.refreshTtl < 1) throw new Error('--refresh-ttl must be at least 1');
  if (opts.storeSize < 1) throw new Error('--store-size must be at least 1');
  return opts;
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`server.mjs: ${err.message}\n${USAGE}\n`);
  process.exit(2);
}

const log = (msg) => process.stderr.write(`server.mjs: ${msg}\n`);
// Each step of the start-up, with the time since the process began, always: when a start is slow
// or never ends, the log (kept in the test's home) says where it stood.
const startup = (step) => log(`start-up: ${step} after ${Math.round(performance.now())} ms`);

// ---------------------------------------------------------------------------------------------
// Secret ledger (SECURITY.md row LG, scripts/canary-sweep): with OAUTHDESK_SECRET_LEDGER=FILE set,
// every secret value this server issues (codes, tokens, device codes, registration access tokens,
// client secrets, ID tokens) or receives from the client (state, PKCE challenge and verifier) is
// appended to FILE as one line "KIND<TAB>VALUE", each value once. Several servers
// (tests run in parallel) may append to the same file: one short write each, O_APPEND.
// Nothing is recorded when the variable is unset; the values never go to stdout or stderr.
const ledgerFile = process.env.OAUTHDESK_SECRET_LEDGER || '';
const ledgered = new Set();
function recordSecret(kind, value) {
  if (!ledgerFile || typeof value !== 'string' || value === '' || ledgered.has(value)) return;
  ledgered.add(value);
  try {
    fs.appendFileSync(ledgerFile, `${kind}\t${value}\n`, { mode: 0o600 });
  } catch (err) {
    log(`cannot append to the secret ledger: ${err.code ?? err.message}`);
  }
}
// A JWT whole, and its payload and signature apart: a leaked part is a leaked token. (The header
// is the same in every token of a key and says nothing secret.)
function recordJwt(kind, value) {
  if (typeof value !== 'string') return;
  recordSecret(kind, value);
  const parts = value.split('.');
  if (parts.length === 3) {
    recordSecret(`${kind} (payload)`, parts[1]);
    recordSecret(`${kind} (signature)`, parts[2]);
  }
}

const REALM = 'oauthdesk-test';
const API_SCOPE = 'api:read';
const TEST_PASSWORD_NOTE = 'any login with any non-empty password is accepted (devInteractions)';

// Clients. Public native clients may use any port on http://127.0.0.1/callback (RFC 8252 7.3).
const nativeClient = (clientId, clientName) => ({
  client_id: clientId,
  client_name: clientName,
  application_type: 'native',
  token_endpoint_auth_method: 'none',
  id_token_signed_response_alg: 'RS256', // oidc-provider's default too; explicit for the tests
  redirect_uris: ['http://127.0.0.1/callback'],
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
});

const STEADY_CLIENT_ID = 'oauthdesk-steady';
const STEADY_ACCESS_TTL = 3600;
const SERVICE_CLIENT_SECRET = 'fake-test-secret-not-real';

const clients = [
  nativeClient('oauthdesk-test', 'OAuthDesk (tests)'),
  nativeClient('oauthdesk-demo', 'OAuthDesk (demo)'),
  // Its access tokens live an hour whatever --access-ttl says: for the tests that need a token
  // the client still holds fresh while the short-lived tokens of the others expire.
  nativeClient(STEADY_CLIENT_ID, 'OAuthDesk (steady)'),
  {
    // Confidential client for the client credentials grant.
    client_id: 'oauthdesk-service',
    client_name: 'OAuthDesk service (client credentials)',
    client_secret: SERVICE_CLIENT_SECRET,
    token_endpoint_auth_method: 'client_secret_basic',
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    scope: API_SCOPE,
  },
  {
    // Public client for the device authorization grant (RFC 8628).
    client_id: 'oauthdesk-device',
    client_name: 'OAuthDesk (device flow)',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    id_token_signed_response_alg: 'RS256',
    grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
    response_types: [],
    redirect_uris: [],
  },
];

const displayNames = { demo: 'Demo User' };

async function findAccount(ctx, id) {
  if (typeof id !== 'string' || id === '') return undefined;
  return {
    accountId: id,
    async claims() {
      return {
        sub: id,
        name: displayNames[id] ?? `Test User ${id}`,
        email: `${id}@example.test`,
        email_verified: true,
      };
    },
  };
}

// Signing keys, generated at startup: one RS256 key (kid "rs256-1", signs the ID tokens) and one
// ES256 key (kid "es256-1"). POST /test/rotate-signing-key adds "rs256-2", "rs256-3", ...
const SIGNING_ALGS = {
  RS256: { prefix: 'rs256', type: 'rsa', options: { modulusLength: 2048 } },
  ES256: { prefix: 'es256', type: 'ec', options: { namedCurve: 'P-256' } },
};
const keySerial = { RS256: 0, ES256: 0 };

// The key is generated straight into DER and read back into a KeyObject of its own before it is
// exported as a JWK. Node 20 deadlocks when a generated key's own KeyObject is exported as a JWK:
// the export holds the key's mutex while it allocates, a garbage collection then runs the key
// generation job's destructor, which takes the same mutex (gdb: ~KeyGenJob under
// ExportJWKEcKey). A loop of generateKeyPairSync('ec').privateKey.export({ format: 'jwk' }) hangs
// within a thousand keys here; this way, 20,000 did not. It hung two of about thirty-five test
// server starts in the sweep runs, after "RS256 signing key made".
function generateJwk(alg) {
  const { type, options } = SIGNING_ALGS[alg];
  const { privateKey } = crypto.generateKeyPairSync(type, {
    ...options,
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
    publicKeyEncoding: { type: 'spki', format: 'der' },
  });
  return crypto.createPrivateKey({ key: privateKey, format: 'der', type: 'pkcs8' }).export({ format: 'jwk' });
}

function newSigningKey(alg) {
  keySerial[alg] += 1;
  const jwk = generateJwk(alg);
  return { ...jwk, use: 'sig', alg, kid: `${SIGNING_ALGS[alg].prefix}-${keySerial[alg]}` };
}

function signingKeys() {
  const rs256 = newSigningKey('RS256');
  startup('RS256 signing key made');
  const es256 = newSigningKey('ES256');
  startup('ES256 signing key made');
  return { keys: [rs256, es256] };
}

const server = http.createServer();
server.on('clientError', (err, socket) => socket.destroy());

await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(opts.port, '127.0.0.1', resolve);
});
const { port } = server.address();
startup(`listening on 127.0.0.1:${port}`);
const issuer = `http://127.0.0.1:${port}`;
const apiResource = `${issuer}/api`;

const { default: Provider, errors: providerErrors } = await import('oidc-provider');
// oidc-provider keeps its keystore (private keys) and the published JWKS in a per-provider
// internal object, read only through this helper; nothing public lets keys change at run time.
const { default: providerInternals } = await import('oidc-provider/lib/helpers/weak_cache.js');
startup('oidc-provider loaded');

// The opaque values oidc-provider hands out are the ids its adapter stores them under; the
// in-memory adapter, wrapped, sees each one as it is saved (and a registered client's secret).
// Its store is an LRU cache of --store-size entries (oidc-provider's own default, 1000, unless
// told): every grant takes several (session, grant, tokens), so a thousand grants need more.
const { default: MemoryAdapter } = await import('oidc-provider/lib/adapters/memory_adapter.js');
const { default: LRU } = await import('oidc-provider/lib/helpers/lru.js');
startup('its memory adapter loaded');
const SECRET_MODELS = {
  AccessToken: 'access token',
  ClientCredentials: 'access token (client credentials)',
  AuthorizationCode: 'authorization code',
  RefreshToken: 'refresh token',
  DeviceCode: 'device code',
  RegistrationAccessToken: 'registration access token',
  InitialAccessToken: 'initial access token',
  BackchannelAuthenticationRequest: 'backchannel authentication request id',
};
// oidc-provider's default clock tolerance, written out: its own in-memory adapter gets the same.
const CLOCK_TOLERANCE = 15;
function ledgerAdapter() {
  const store = new LRU({ maxSize: opts.storeSize });
  return (model) => {
    const adapter = new MemoryAdapter(model, store, CLOCK_TOLERANCE);
    if (!ledgerFile) return adapter;
    const upsert = adapter.upsert.bind(adapter);
    adapter.upsert = async (id, payload, expiresIn) => {
      if (SECRET_MODELS[model]) recordSecret(SECRET_MODELS[model], id);
      if (model === 'Client') recordSecret('client secret (registered)', payload?.client_secret);
      return upsert(id, payload, expiresIn);
    };
    return adapter;
  };
}

const configuration = {
  adapter: ledgerAdapter(),
  clockTolerance: CLOCK_TOLERANCE,
  clients,
  findAccount,
  jwks: signingKeys(),
  cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
  scopes: ['openid', 'profile', 'email', 'offline_access', API_SCOPE],
  claims: {
    openid: ['sub'],
    profile: ['name'],
    email: ['email', 'email_verified'],
  },
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: true },
    // A client may revoke and introspect only its own tokens; a public client (auth method
    // "none") just sends its client_id. The confidential client may introspect any token.
    // (This is oidc-provider's default behaviour, written out; an unauthorized revocation is a
    // silent 200 for a public client and invalid_request for a confidential one.)
    revocation: {
      enabled: true,
      allowedPolicy: async (ctx, client, token) => {
        if (token.clientId === client.clientId) return true;
        if (client.clientAuthMethod === 'none') return false;
        throw new providerErrors.InvalidRequest('client is not authorized to revoke the presented token');
      },
    },
    introspection: {
      enabled: true,
      allowedPolicy: async (ctx, client, token) => client.clientAuthMethod !== 'none' || token.clientId === client.clientId,
    },
    clientCredentials: { enabled: true },
    deviceFlow: { enabled: true },
    userinfo: { enabled: true },
    // Dynamic client registration (RFC 7591), open (no initial access token): the server is
    // loopback-only and for tests. A registered native client (application_type "native") may use
    // http://127.0.0.1/callback on any port (RFC 8252 7.3), like the built-in ones.
    registration: { enabled: true, initialAccessToken: false },
    resourceIndicators: {
      enabled: true,
      // Without a `resource` parameter tokens are plain opaque tokens carrying the granted
      // scopes (api:read is an ordinary scope here). A client may also ask for
      // resource=<issuer>/api explicitly; then the token is audience-restricted to the API.
      useGrantedResource: async () => true,
      getResourceServerInfo: async (ctx, resourceIndicator) => {
        if (resourceIndicator === apiResource) {
          return { scope: API_SCOPE, accessTokenFormat: 'opaque', audience: apiResource };
        }
        throw new providerErrors.InvalidTarget();
      },
    },
  },
  ttl: {
    AccessToken: (ctx, token, client) =>
      (client?.clientId === STEADY_CLIENT_ID ? STEADY_ACCESS_TTL : opts.accessTtl),
    ClientCredentials: () => opts.accessTtl,
    AuthorizationCode: () => 60,
    IdToken: () => 3600,
    RefreshToken: () => opts.refreshTtl,
    DeviceCode: () => 600,
    Interaction: () => 3600,
    Session: () => 14 * 24 * 60 * 60,
    Grant: () => Math.max(opts.refreshTtl, opts.accessTtl, 14 * 24 * 60 * 60),
  },
  clientBasedCORS: () => false,
};

startup('configuration made');
const provider = new Provider(issuer, configuration);
startup('provider configured');

if (ledgerFile) {
  recordSecret('client secret (built-in client)', SERVICE_CLIENT_SECRET);
  // Everything a response hands out (the adapter sees the opaque values; ID tokens are JWTs it
  // never stores) and what the client sent that must stay secret: state and PKCE values. Not the
  // nonce: the ID token carries it as a claim, and showing an ID token's claims is what
  // `oauthdesk inspect` and the token inspector are for.
  provider.use(async (ctx, next) => {
    await next();
    const params = ctx.oidc?.params ?? {};
    recordSecret('state', params.state);
    recordSecret('PKCE code challenge', params.code_challenge);
    recordSecret('PKCE code verifier', params.code_verifier);
    const body = ctx.body && typeof ctx.body === 'object' && !Buffer.isBuffer(ctx.body) &&
      typeof ctx.body.pipe !== 'function' ? ctx.body : {};
    recordSecret('access token', body.access_token);
    recordSecret('refresh token', body.refresh_token);
    recordJwt('ID token', body.id_token);
    recordSecret('device code', body.device_code);
    recordSecret('client secret (registered)', body.client_secret);
    recordSecret('registration access token', body.registration_access_token);
    // An authorization response in a redirect (query or fragment).
    const location = ctx.response.get('Location');
    if (location) {
      try {
        const url = new URL(location);
        for (const values of [url.searchParams, new URLSearchParams(url.hash.slice(1))]) {
          recordSecret('authorization code', values.get('code') ?? undefined);
          recordSecret('access token', values.get('access_token') ?? undefined);
          recordJwt('ID token', values.get('id_token') ?? undefined);
        }
      } catch { /* not an absolute URL: nothing handed out */ }
    }
  });
}

provider.on('server_error', (ctx, err) => log(`server_error on ${ctx?.path}: ${err?.stack ?? err}`));
if (opts.verbose) {
  for (const ev of ['grant.error', 'authorization.error', 'introspection.error', 'revocation.error', 'userinfo.error']) {
    provider.on(ev, (ctx, err) => log(`${ev} on ${ctx?.path}: ${err?.error ?? ''} ${err?.error_description ?? err?.message ?? ''}${err?.error_detail ? ` (${err.error_detail})` : ''}`));
  }
}

// ---------------------------------------------------------------------------------------------
// Protected resource: GET /api/me, /api/echo (every method; echoes method, query, x-* headers and
// the body), GET /api/redirect-elsewhere?to=URL, /api/redirect-same?to=PATH&status=30x, /api/nested,
// /api/large?mb=N (a generated JSON document), /api/image.png
// Tokens are looked up in the provider's own token storage.

function send(res, status, body, headers = {}) {
  const payload = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'Cache-Control': 'no-store',
    ...(body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
    'Content-Length': Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

const invalidTokenChallenge = `Bearer realm="${REALM}", error="invalid_token", error_description="The access token is invalid or expired"`;

async function findApiToken(value) {
  const token = (await provider.AccessToken.find(value)) ?? (await provider.ClientCredentials.find(value));
  if (!token || token.isExpired) return undefined;
  // Sender-constrained tokens (DPoP, mTLS) are not supported by this resource.
  if (token.jkt || token['x5t#S256']) return undefined;
  // Audience: none (plain token) or this API.
  if (token.aud !== undefined) {
    const aud = Array.isArray(token.aud) ? token.aud : [token.aud];
    if (!aud.includes(apiResource)) return undefined;
  }
  return token;
}

const API_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
// /api/echo takes every method (and /api/redirect-same, to test redirects of them); the rest is read-only.
const WRITE_PATHS = new Set(['/api/echo', '/api/redirect-same']);

async function readBody(req, limit = 1024 * 1024) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

// A deterministic JSON document of about `mb` megabytes: {"items":[{...}, ...]}.
const largeDocuments = new Map();
function largeDocument(mb) {
  const item = (i) => `{"id":${i},"name":"item ${i}","tags":["a","b"],"nested":{"even":${i % 2 === 0},"value":${i * 0.5}}}`;
  const parts = [];
  let size = 10;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const text = item(i);
    parts.push(text);
    size += text.length + 1;
  }
  return `{"items":[${parts.join(',')}]}`;
}

// A 2x2 PNG (red, green / blue, white).
const PNG_2X2 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAAMIM/4EAAB/uBfsL2WiLAAAAAElFTkSuQmCC',
  'base64');

async function handleApi(req, res, url) {
  if (!API_METHODS.includes(req.method) ||
      (!WRITE_PATHS.has(url.pathname) && req.method !== 'GET' && req.method !== 'HEAD')) {
    send(res, 405, { error: 'method_not_allowed' }, { Allow: WRITE_PATHS.has(url.pathname) ? API_METHODS.join(', ') : 'GET, HEAD' });
    return;
  }
  if (url.searchParams.has('access_token')) {
    send(res, 400, {
      error: 'invalid_request',
      error_description: 'Access tokens must be sent in the Authorization header, not in the URL',
    }, {
      'WWW-Authenticate': `Bearer realm="${REALM}", error="invalid_request", error_description="Access tokens must be sent in the Authorization header"`,
    });
    return;
  }
  const authz = req.headers.authorization;
  const match = typeof authz === 'string' ? /^Bearer(?: +(.*))?$/i.exec(authz.trim()) : null;
  if (!match) {
    send(res, 401, { error: 'unauthorized', error_description: 'Bearer access token required' }, {
      'WWW-Authenticate': `Bearer realm="${REALM}"`,
    });
    return;
  }
  const value = (match[1] ?? '').trim();
  if (!/^[A-Za-z0-9\-._~+/]+=*$/.test(value)) {
    send(res, 400, { error: 'invalid_request', error_description: 'Malformed Authorization header' }, {
      'WWW-Authenticate': `Bearer realm="${REALM}", error="invalid_request", error_description="Malformed Authorization header"`,
    });
    return;
  }
  const token = await findApiToken(value);
  if (!token) {
    send(res, 401, { error: 'invalid_token', error_description: 'The access token is invalid or expired' }, {
      'WWW-Authenticate': invalidTokenChallenge,
    });
    return;
  }
  const scopes = new Set((token.scope ?? '').split(' ').filter(Boolean));
  if (!scopes.has(API_SCOPE)) {
    send(res, 403, { error: 'insufficient_scope', error_description: `The access token lacks the ${API_SCOPE} scope`, scope: API_SCOPE }, {
      'WWW-Authenticate': `Bearer error="insufficient_scope", scope="${API_SCOPE}"`,
    });
    return;
  }

  if (url.pathname === '/api/redirect-elsewhere') {
    const to = url.searchParams.get('to');
    if (!to) {
      send(res, 400, { error: 'invalid_request', error_description: 'missing "to"' });
      return;
    }
    res.writeHead(302, { Location: to, 'Cache-Control': 'no-store' });
    res.end();
    return;
  }

  if (url.pathname === '/api/redirect-same') {
    // Same-origin redirect: ?to=/path&status=302|303|307|308
    const to = url.searchParams.get('to') ?? '/api/echo';
    const status = Number(url.searchParams.get('status') ?? '302');
    res.writeHead([301, 302, 303, 307, 308].includes(status) ? status : 302, { Location: to, 'Cache-Control': 'no-store' });
    res.end();
    return;
  }
  if (url.pathname === '/api/nested') {
    send(res, 200, {
      user: { name: 'Ada', 'e-mail': 'ada@example.test', roles: ['admin', 'dev'], address: { city: 'London', zip: null } },
      counts: [1, 2.5, -3],
      flags: { active: true, deleted: false },
      empty: { object: {}, array: [] },
    });
    return;
  }
  if (url.pathname === '/api/large') {
    const mb = Math.min(Math.max(Number(url.searchParams.get('mb') ?? '1'), 0.01), 80);
    // Made once per size: building 50 MB of JSON takes the server seconds, which is no client's time.
    if (!largeDocuments.has(mb)) largeDocuments.set(mb, Buffer.from(largeDocument(mb)));
    const payload = largeDocuments.get(mb);
    res.writeHead(200, {
      'Cache-Control': 'no-store',
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(payload),
    });
    res.end(payload);
    return;
  }
  if (url.pathname === '/api/image.png') {
    res.writeHead(200, { 'Cache-Control': 'no-store', 'Content-Type': 'image/png', 'Content-Length': PNG_2X2.length });
    res.end(req.method === 'HEAD' ? undefined : PNG_2X2);
    return;
  }

  const body = {
    sub: token.accountId ?? token.clientId,
    client_id: token.clientId,
    scope: token.scope,
    path: url.pathname,
    message: 'Hello from the OAuthDesk test resource',
  };
  if (url.pathname === '/api/echo') {
    body.method = req.method;
    body.query = Object.fromEntries(url.searchParams);
    body.headers = Object.fromEntries(Object.entries(req.headers)
      .filter(([name]) => name.startsWith('x-') || name === 'content-type' || name === 'accept'));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      let raw;
      try {
        raw = await readBody(req);
      } catch {
        send(res, 413, { error: 'too_large' });
        return;
      }
      body.body = raw.toString('utf8');
      const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
      if (type === 'application/json') {
        try { body.json = JSON.parse(body.body); } catch { body.json_error = 'invalid JSON'; }
      } else if (type === 'application/x-www-form-urlencoded') {
        body.form = Object.fromEntries(new URLSearchParams(body.body));
      }
    }
  }
  if (req.method === 'HEAD') {
    res.writeHead(200, { 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(JSON.stringify(body)) });
    res.end();
    return;
  }
  send(res, 200, body);
}

// ---------------------------------------------------------------------------------------------
// Test control (no authentication; the server is loopback-only and for tests):
// POST /test/revoke-access-token (form body token=...) destroys exactly that access token in the
// provider's storage and nothing else. (The standard revocation endpoint, when given an access
// token, also revokes every other token of the grant, refresh tokens included.)
// POST /test/rotate-signing-key: see rotateSigningKey below.

async function readForm(req, limit = 16 * 1024) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function revokeAccessToken(res, form) {
  const value = form.get('token');
  if (!value) {
    send(res, 400, { error: 'invalid_request', error_description: 'missing token' });
    return;
  }
  const token = (await provider.AccessToken.find(value)) ?? (await provider.ClientCredentials.find(value));
  if (token) await token.destroy();
  send(res, 200, { revoked: Boolean(token) });
}

// POST /test/rotate-signing-key [alg=RS256|ES256] [retire_old=1]: a new key pair under a new kid
// becomes the first key of the keystore, so new ID tokens (and other JWTs of that alg) are signed
// with it, and the first key of /jwks. The previous keys stay published and usable for
// verification (ID tokens they signed still verify) unless retire_old=1, which removes every
// other key of that alg from the keystore and from /jwks.
const privateMembers = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv']);
const publicJwk = (jwk) => Object.fromEntries(Object.entries(jwk).filter(([k]) => !privateMembers.has(k)));

function rotateSigningKey(res, form) {
  const alg = form.get('alg') || 'RS256';
  if (!SIGNING_ALGS[alg]) {
    send(res, 400, { error: 'invalid_request', error_description: `alg must be one of ${Object.keys(SIGNING_ALGS).join(', ')}` });
    return;
  }
  const retireOld = ['1', 'true'].includes(form.get('retire_old') ?? '');
  const internals = providerInternals(provider);
  const { keystore } = internals;
  const previous = [...keystore];
  const previousKids = previous.filter((k) => k.alg === alg).map((k) => k.kid);
  const key = newSigningKey(alg);
  const kept = retireOld ? previous.filter((k) => k.alg !== alg) : previous;
  // The keystore picks the first matching key for signing (a stable sort by score).
  keystore.clear();
  for (const k of [key, ...kept]) keystore.add(k);
  const keptKids = new Set(kept.map((k) => k.kid));
  internals.jwks = { keys: [publicJwk(key), ...internals.jwks.keys.filter((k) => keptKids.has(k.kid))] };
  if (opts.verbose) log(`signing key rotated: ${alg} kid ${key.kid}${retireOld ? ` (retired ${previousKids.join(', ')})` : ''}`);
  send(res, 200, {
    kid: key.kid,
    alg,
    previous_kids: previousKids,
    retired_kids: retireOld ? previousKids : [],
    jwks_kids: internals.jwks.keys.map((k) => k.kid),
  });
}

const testEndpoints = {
  '/test/revoke-access-token': revokeAccessToken,
  '/test/rotate-signing-key': rotateSigningKey,
};

async function handleTest(req, res, url) {
  const endpoint = testEndpoints[url.pathname];
  if (!endpoint) {
    send(res, 404, { error: 'not_found' });
    return;
  }
  if (req.method !== 'POST') {
    send(res, 405, { error: 'method_not_allowed' }, { Allow: 'POST' });
    return;
  }
  let form;
  try {
    form = await readForm(req);
  } catch {
    send(res, 413, { error: 'invalid_request' });
    return;
  }
  await endpoint(res, form);
}

// ---------------------------------------------------------------------------------------------

const providerCallback = provider.callback();

server.on('request', (req, res) => {
  let url;
  try {
    url = new URL(req.url, issuer);
  } catch {
    send(res, 400, { error: 'invalid_request' });
    return;
  }
  if (opts.verbose) {
    res.on('finish', () => log(`${req.method} ${url.pathname} -> ${res.statusCode}`));
  }
  let handler = null;
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) handler = handleApi;
  else if (url.pathname.startsWith('/test/')) handler = handleTest;
  if (!handler) {
    providerCallback(req, res);
    return;
  }
  handler(req, res, url).catch((err) => {
    log(`error on ${url.pathname}: ${err?.stack ?? err}`);
    if (!res.headersSent) send(res, 500, { error: 'server_error' });
    else res.destroy();
  });
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  if (opts.verbose) log(`${signal}: stopping`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

if (opts.verbose) log(`listening; ${TEST_PASSWORD_NOTE}`);
process.stdout.write(`${JSON.stringify({ issuer, port })}\n`);
startup('ready (issuer written to stdout)');
