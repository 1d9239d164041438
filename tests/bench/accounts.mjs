// Writes an accounts file of N generated accounts in OAuthDesk's own format (core/accounts:
// Account::toJson, AccountStore::writeFile), for scripts/bench's start-up measurement (issue 8).
//   node tests/bench/accounts.mjs N FILE
// Every account is signed in with an expiry a month away, so that a start-up which read each
// account's refresh token from the keychain, or refreshed at once, would show in the measurement.
// The servers are under .invalid (RFC 6761): nothing is ever contacted.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';

const [countArg, file] = process.argv.slice(2);
const count = Number(countArg);
if (!Number.isInteger(count) || count < 0 || !file) {
  console.error('usage: node accounts.mjs N FILE');
  process.exit(2);
}
const expiresAt = Math.floor(Date.now() / 1000) + 30 * 24 * 3600;
const accounts = [];
for (let i = 0; i < count; i++) {
  const issuer = `https://idp${i % 50}.example.invalid`;
  accounts.push({
    id: randomUUID(),
    name: `Bench account ${i}`,
    client_id: `bench-client-${i}`,
    scope: 'openid profile offline_access',
    grant_type: 'authorization_code',
    server: {
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      revocation_endpoint: `${issuer}/revoke`,
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/jwks`,
    },
    session_hint: {
      signed_in: true,
      expires_at: expiresAt,
      granted_scope: 'openid profile offline_access',
      subject: `user-${i}`,
      identity: `user${i}@example.invalid`,
    },
  });
}
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify({ version: 1, accounts }, null, 4) + '\n', { mode: 0o600 });
