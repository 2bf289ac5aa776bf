#!/usr/bin/env rode
// A small CLI tool: counts lines, words and bytes of stdin (like `wc`), then lists the most
// frequent words. Usage: rode examples/wordcount.js [top-n] < file
const top = Number(process.argv[2] ?? 5);
let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { text += chunk; });
process.stdin.on('end', () => {
  const words = text.split(/\s+/).filter(Boolean);
  const counts = new Map();
  for (const w of words) {
    const k = w.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '');
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const lines = text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  console.log(`${lines} lines, ${words.length} words, ${new TextEncoder().encode(text).length} bytes`);
  console.table([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top)
    .map(([word, count]) => ({ word, count })));
});
