// JWT verification throughput of jose (npm), for scripts/bench (issue 8, measurement 4).
//   node tests/bench/jwt.mjs generate DIR   writes fresh keys and tokens (never committed):
//        <alg>.jwk.json (public JWK) and <alg>.jws (16 compact JWS, one a line) for RS256 (2048-bit
//        RSA) and ES256 (P-256)
//   node tests/bench/jwt.mjs verify DIR SECONDS
//        times compactVerify on those tokens with the key imported once (importJWK), about SECONDS
//        per algorithm; prints "<alg> <verifications> <seconds> <verifications per second>", the
//        same lines as tests/bench/bench_jwt.cpp.
// Run from tests/server (or with NODE_PATH) so that jose resolves from tests/server/node_modules.
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// jose is the test server's dependency: resolve it from there, wherever this script is run from.
const serverDir = new URL('../server/', import.meta.url);
const require = createRequire(new URL('package.json', serverDir));
const jose = await import(pathToFileURL(require.resolve('jose')).href);

const algs = { RS256: { modulusLength: 2048 }, ES256: {} };
const [mode, dir, secondsArg] = process.argv.slice(2);

if (mode === 'generate') {
  for (const [alg, options] of Object.entries(algs)) {
    const { publicKey, privateKey } = await jose.generateKeyPair(alg, { ...options, extractable: true });
    const jwk = { ...(await jose.exportJWK(publicKey)), kid: `bench-${alg}`, alg, use: 'sig' };
    const tokens = [];
    for (let i = 0; i < 16; i++) {
      const now = Math.floor(Date.now() / 1000);
      tokens.push(await new jose.SignJWT({ sub: `user-${i}`, nonce: `n-${i}-${Math.random()}` })
        .setProtectedHeader({ alg, kid: jwk.kid, typ: 'JWT' })
        .setIssuer('https://issuer.invalid').setAudience('bench-client')
        .setIssuedAt(now).setExpirationTime(now + 3600)
        .sign(privateKey));
    }
    writeFileSync(join(dir, `${alg}.jwk.json`), JSON.stringify(jwk));
    writeFileSync(join(dir, `${alg}.jws`), tokens.join('\n') + '\n');
  }
} else if (mode === 'verify') {
  const seconds = Number(secondsArg);
  for (const alg of Object.keys(algs)) {
    const key = await jose.importJWK(JSON.parse(readFileSync(join(dir, `${alg}.jwk.json`), 'utf8')), alg);
    const tokens = readFileSync(join(dir, `${alg}.jws`), 'utf8').trim().split('\n');
    for (const t of tokens) await jose.compactVerify(t, key, { algorithms: [alg] }); // all valid, and warm
    let count = 0;
    const start = process.hrtime.bigint();
    const limit = BigInt(Math.round(seconds * 1e9));
    let elapsed = 0n;
    while (elapsed < limit) {
      for (const t of tokens) { // one round of all tokens between clock reads
        await jose.compactVerify(t, key, { algorithms: [alg] });
        count++;
      }
      elapsed = process.hrtime.bigint() - start;
    }
    const s = Number(elapsed) / 1e9;
    console.log(`${alg} ${count} ${s.toFixed(3)} ${(count / s).toFixed(1)}`);
  }
} else {
  console.error('usage: node jwt.mjs generate DIR | verify DIR SECONDS');
  process.exit(2);
}
