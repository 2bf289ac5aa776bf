'use strict';
// readline.emitKeypressEvents: how byte sequences decode into (str, key) keypresses,
// whole or split across chunks, with the escape timeout; compared with Node's
// (keypress.out).
const readline = require('readline');
const { PassThrough } = require('stream');

const seqs = [
  'a', 'A', 'z', 'Z', '0', '9', ' ', '\r', '\n', '\t', '\x7f', '\b', '\x00', '\x01', '\x03', '\x1a',
  '\x1c', '\x1f', '\x1e', '.', '~', 'é', '日', '😀',
  '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[E', '\x1b[F', '\x1b[H', '\x1bOA', '\x1bOH', '\x1bOF',
  '\x1b[1;2A', '\x1b[1;3B', '\x1b[1;5C', '\x1b[1;6D', '\x1b[1;7H', '\x1b[1;8F', '\x1b[5A',
  '\x1b[1~', '\x1b[2~', '\x1b[3~', '\x1b[4~', '\x1b[5~', '\x1b[6~', '\x1b[7~', '\x1b[8~',
  '\x1b[3;5~', '\x1b[3;2~', '\x1b[2^', '\x1b[3^', '\x1b[5^', '\x1b[6^', '\x1b[7^', '\x1b[8^',
  '\x1b[2$', '\x1b[3$', '\x1b[5$', '\x1b[6$', '\x1b[7$', '\x1b[8$',
  '\x1b[a', '\x1b[b', '\x1b[c', '\x1b[d', '\x1b[e', '\x1bOa', '\x1bOb', '\x1bOc', '\x1bOd', '\x1bOe',
  '\x1bOP', '\x1bOQ', '\x1bOR', '\x1bOS', '\x1bO2P', '\x1b[P', '\x1b[Q', '\x1b[R', '\x1b[S',
  '\x1b[11~', '\x1b[12~', '\x1b[13~', '\x1b[14~', '\x1b[15~', '\x1b[17~', '\x1b[18~', '\x1b[19~',
  '\x1b[20~', '\x1b[21~', '\x1b[23~', '\x1b[24~', '\x1b[24;5~', '\x1b[[A', '\x1b[[B', '\x1b[[C',
  '\x1b[[D', '\x1b[[E', '\x1b[[5~', '\x1b[[6~', '\x1b[200~', '\x1b[201~', '\x1b[Z', '\x1b[x',
  '\x1b[999~', '\x1b[99;99X',
  '\x1ba', '\x1bA', '\x1b1', '\x1b\r', '\x1b\n', '\x1b\t', '\x1b\x7f', '\x1b ', '\x1b.', '\x1b\x01',
  '\x1b\x1b', '\x1b\x1b[A', '\x1b\x1bOB',
];

function decode(chunks, timeoutMs = 5) {
  return new Promise((resolve) => {
    const s = new PassThrough();
    readline.emitKeypressEvents(s, { escapeCodeTimeout: timeoutMs });
    // Called again: no second decoder.
    readline.emitKeypressEvents(s);
    const keys = [];
    s.on('keypress', (str, key) => keys.push([str === undefined ? '<undefined>' : str, key]));
    for (const c of chunks) s.write(c);
    setTimeout(() => resolve(keys), timeoutMs + 15);
  });
}

(async () => {
  for (const seq of seqs) {
    const keys = await decode([seq]);
    console.log(JSON.stringify(seq), JSON.stringify(keys));
  }
  console.log('# one chunk');
  console.log(JSON.stringify(await decode(['ab\x1b[Ac\r\n\x1bOPé😀'])));
  console.log('# split sequences');
  console.log(JSON.stringify(await decode(['\x1b', '[', '1', ';', '5', 'C', '\x1b[', '3~'])));
  console.log(JSON.stringify(await decode([Buffer.from('😀').subarray(0, 2), Buffer.from('😀').subarray(2)])));
  console.log('# lone escape, then text after the timeout');
  const s = new PassThrough();
  readline.emitKeypressEvents(s, { escapeCodeTimeout: 20 });
  const keys = [];
  s.on('keypress', (str, key) => keys.push(key.name ?? key.sequence));
  s.write('\x1b');
  setTimeout(() => {
    s.write('x');
    setTimeout(() => console.log(JSON.stringify(keys)), 20);
  }, 60);
})();
