'use strict';
// v8.deserialize() of damaged input: every truncation and thousands of seeded mutations of
// Node-written data must throw (or return) exactly as Node 20 does — never hang or crash.
// The outcomes are summarised as a hash, recorded from Node.
const assert = require('assert');
const v8 = require('v8');
const expected = require('./_expected');

const VERSION_ERROR = 'Unable to deserialize cloned data due to invalid or unsupported version.';
const DATA_ERROR = 'Unable to deserialize cloned data.';

// Exact messages for hand-made inputs.
for (const [h, message] of [
  ['', VERSION_ERROR], ['ff', VERSION_ERROR], ['00', VERSION_ERROR], ['ff0c5f', VERSION_ERROR],
  ['ff105f', VERSION_ERROR], ['ff015f', VERSION_ERROR], ['ff0f', DATA_ERROR], ['ff0f49', DATA_ERROR],
  ['ff0f6f', DATA_ERROR], ['ff0f99', DATA_ERROR], ['ff0f5e00', DATA_ERROR], ['ff0f5a01', DATA_ERROR],
  ['ff0f63036100', DATA_ERROR], ['ff0f4105', DATA_ERROR], ['ff0f6f7b01', DATA_ERROR],
  ['ff0f6f5f5f7b01', DATA_ERROR], ['ff0f5222016140', DATA_ERROR], ['ff0f5222016150', DATA_ERROR],
  ['ff0f5604000000', DATA_ERROR], ['ff0f4201005646000100', DATA_ERROR], ['ff0f7299', DATA_ERROR],
  ['ff0f5c0a05', 'ReadRawBytes() failed'], ['ff0f5c', 'ReadUint32() failed'],
]) {
  assert.throws(() => v8.deserialize(Buffer.from(h, 'hex')), { name: 'Error', message }, h);
}

// Accepted oddities: older versions 13 and 14, padding bytes, a BigInt with unused bytes.
assert.strictEqual(v8.deserialize(Buffer.from('ff0d5f', 'hex')), undefined);
assert.strictEqual(v8.deserialize(Buffer.from('ff0e0000545f', 'hex')), true);
assert.strictEqual(v8.deserialize(Buffer.from('ff0f5a0f00000000000000', 'hex')), 0n);
assert.strictEqual(v8.deserialize(Buffer.from('ff0f49021234', 'hex')), 1); // trailing bytes ignored

function fnv(hash, text) {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}

function outcome(bytes) {
  try {
    const v = v8.deserialize(bytes);
    return `ok ${typeof v}`;
  } catch (e) {
    assert.ok(e instanceof Error);
    // Engine-made errors (a bad RegExp pattern, a bad typed array length) word their
    // messages differently; only the class is compared for those.
    const own = e.constructor === Error || /BYTES_PER_ELEMENT/.test(e.message);
    return `${e.constructor.name}${own ? ': ' + e.message : ''}`;
  }
}

// Every strict prefix of valid data fails.
const counts = {};
for (const h of Object.values(expected)) {
  const full = Buffer.from(h, 'hex');
  for (let i = 0; i < full.length; i++) {
    const r = outcome(full.subarray(0, i));
    assert.notStrictEqual(r.slice(0, 2), 'ok', `prefix ${i} of ${h}`);
    counts[r] = (counts[r] || 0) + 1;
  }
}
assert.deepStrictEqual(counts, {
  [`Error: ${VERSION_ERROR}`]: 206,
  [`Error: ${DATA_ERROR}`]: 1492,
  'Error: ReadUint32() failed': 31,
  'Error: ReadRawBytes() failed': 64,
});

// Seeded mutations: byte changes, deletions, insertions and bit flips.
let seed = 7;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const hexes = Object.values(expected);
let hash = 2166136261;
let ok = 0;
for (let k = 0; k < 6000; k++) {
  const b = [...Buffer.from(hexes[Math.floor(rnd() * hexes.length)], 'hex')];
  const ops = 1 + Math.floor(rnd() * 3);
  for (let o = 0; o < ops; o++) {
    const j = 2 + Math.floor(rnd() * Math.max(1, b.length - 2));
    const t = rnd();
    if (t < 0.4) b[j] = Math.floor(rnd() * 256);
    else if (t < 0.6) b.splice(j, 1);
    else if (t < 0.8) b.splice(j, 0, Math.floor(rnd() * 256));
    else b[j] ^= 1 << Math.floor(rnd() * 8);
  }
  const r = outcome(Buffer.from(b));
  if (r.startsWith('ok')) ok++;
  hash = fnv(hash, `${Buffer.from(b).toString('hex')} ${r}\n`);
}
assert.deepStrictEqual({ ok, hash }, { ok: 1479, hash: 1341805867 });
