// Refresh throughput of openid-client (npm, the OpenID-certified client of node), the peer of
// scripts/bench's measurement 3 (issue 8).
//   node tests/bench/refresh.mjs ISSUER FILE CONCURRENCY
// FILE holds one refresh token a line (tests/bench/authorize.mjs grants) of the public client
// oauthdesk-test. Discovery is done first and not timed, as OAuthDesk has its server metadata
// already. Then every token is refreshed once with refreshTokenGrant(), at most CONCURRENCY requests
// in flight; the server rotates them, and FILE is rewritten with the new ones (mode 0600) so the next
// run, of either client, refreshes the same grants.
// Prints "openid-client <refreshes> <seconds> <refreshes per second>".
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// openid-client is installed with the test server's packages (tests/server/package-lock.json).
const require = createRequire(new URL('../server/', import.meta.url));
const client = await import(pathToFileURL(require.resolve('openid-client')).href);

const [issuer, file, concurrencyArg] = process.argv.slice(2);
const concurrency = Number(concurrencyArg);
if (!issuer || !file || !Number.isInteger(concurrency) || concurrency < 1) {
  console.error('usage: node refresh.mjs ISSUER FILE CONCURRENCY');
  process.exit(2);
}
const tokens = readFileSync(file, 'utf8').split('\n').filter(Boolean);
// The test server is plain http on 127.0.0.1: openid-client refuses http unless told.
const config = await client.discovery(new URL(issuer), 'oauthdesk-test', undefined, client.None(), {
  execute: [client.allowInsecureRequests],
});

const renewed = new Array(tokens.length);
let next = 0;
let failed = 0;
const started = process.hrtime.bigint();
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (next < tokens.length) {
    const i = next++;
    try {
      const answer = await client.refreshTokenGrant(config, tokens[i]);
      renewed[i] = answer.refresh_token ?? tokens[i];
    } catch (error) {
      failed++;
      renewed[i] = tokens[i];
      if (failed === 1) console.error(`refresh.mjs: a refresh failed: ${error.code ?? ''} ${error.error ?? error.message}`);
    }
  }
}));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
writeFileSync(file, renewed.join('\n') + '\n', { mode: 0o600 });
if (failed) {
  console.error(`refresh.mjs: ${failed} of ${tokens.length} refreshes failed`);
  process.exit(1);
}
console.log(`openid-client ${tokens.length} ${seconds.toFixed(3)} ${(tokens.length / seconds).toFixed(1)}`);
