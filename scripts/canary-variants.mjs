#!/usr/bin/env node
// The forms a leaked secret may take, for scripts/canary-sweep (SECURITY.md row LG).
//
// Reads the secret ledger ("KIND<TAB>VALUE" lines) on stdin and writes "KIND (FORM)<TAB>TEXT"
// lines on stdout: for each value of at least MIN characters (argument 1, default 16), the texts
// to look for in what the tests printed and wrote. A value leaks when any of them is found:
//   - its first MIN characters (a token cut short in a log line is still a leak, and the whole
//     value contains them), as they are and URL-encoded (form and percent style) and JSON-escaped;
//   - the value base64- and base64url-encoded (in a header or a JSON Web Token, say) at each of
//     the three alignments a value can have inside a longer encoded text: only the characters
//     that depend on the value alone, when there are at least MIN of them.
// A JSON Web Token's first characters are its header, the same in every token of a key: for a
// token, only its payload and signature count (the servers record those apart too), and a
// payload only whole: its first characters are the same claims in every token of a user.
import { createInterface } from 'node:readline';

const min = Number(process.argv[2] || 16);
const seen = new Set();
const out = [];

function emit(kind, text) {
  if (text.length < min || seen.has(text)) return;
  seen.add(text);
  out.push(`${kind}\t${text}`);
}

const jsonEscaped = (s) => JSON.stringify(s).slice(1, -1);

// The part of base64(value) that does not depend on what stands before or after it, when `offset`
// bytes (0, 1 or 2 modulo 3) precede it in the encoded text.
function stableBase64(bytes, offset, url) {
  const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
  const encoded = padded.toString(url ? 'base64url' : 'base64').replace(/=+$/, '');
  // Leading characters: the ones covering the filler bytes, and the one mixing filler and value.
  const skip = offset === 0 ? 0 : offset === 1 ? 2 : 3;
  // Trailing: a character that covers the value's last bits and whatever follows it.
  const tailBits = (padded.length * 8) % 6;
  const end = tailBits === 0 ? encoded.length : encoded.length - 1;
  return encoded.slice(skip, end);
}

function variants(kind, value) {
  const jwt = value.split('.');
  if (jwt.length === 3 && jwt.every((part) => /^[A-Za-z0-9_-]+$/.test(part)) && jwt[0].startsWith('eyJ')) {
    // The header is public; the payload and signature are separate ledger lines, checked there.
    return;
  }
  if (kind.endsWith('(payload)')) {
    // A token's claims begin alike in every token ({"sub":"demo",…): only the whole part counts.
    emit(kind, value);
    return;
  }
  const prefix = [...value].slice(0, min).join('');
  emit(kind, prefix);
  emit(`${kind} (URL-encoded)`, encodeURIComponent(prefix));
  emit(`${kind} (form-encoded)`, encodeURIComponent(prefix).replace(/%20/g, '+'));
  emit(`${kind} (JSON-escaped)`, jsonEscaped(prefix));
  emit(`${kind} (JSON-escaped)`, jsonEscaped(prefix).replace(/\//g, '\\/'));
  const bytes = Buffer.from(value, 'utf8');
  for (const url of [false, true]) {
    for (const offset of [0, 1, 2]) emit(`${kind} (${url ? 'base64url' : 'base64'})`, stableBase64(bytes, offset, url));
  }
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  const tab = line.indexOf('\t');
  if (tab <= 0) continue;
  const value = line.slice(tab + 1);
  if ([...value].length < min) continue;
  variants(line.slice(0, tab), value);
}
process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
