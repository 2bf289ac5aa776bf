'use strict';
// path.matchesGlob's engine: minimatch's semantics for the options Node passes. Kept apart
// from node:path so that the module loader's hot path doesn't load it.
// ---------------------------------------------------------------------------
// matchesGlob: minimatch's semantics for the options Node passes (nonegate,
// nocomment, windowsPathsNoEscape — every backslash in a pattern is a separator —,
// optimizationLevel 2, case-sensitive on Linux, no `dot`).

const GLOBSTAR = { globstar: true };
const EXPANSION_MAX = 100000;
// Stand-ins for braces that must stay literal during expansion.
const LIT_OPEN = '\uE000';
const LIT_CLOSE = '\uE001';

// The first balanced {…} of str as [open, close] (for unbalanced input, the
// leftmost pair that does close), or null.
function findBracePair(str) {
  const first = str.indexOf('{');
  if (first === -1 || str.indexOf('}', first + 1) === -1) return null;
  const opens = [];
  let left = -1;
  let right = -1;
  for (let i = first; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 123) {
      opens.push(i);
    } else if (c === 125 && opens.length > 0) {
      if (opens.length === 1) return [opens[0], i];
      const b = opens.pop();
      if (left === -1 || b < left) {
        left = b;
        right = i;
      }
    }
  }
  return left === -1 ? null : [left, right];
}

// Splits a brace body on the commas that are not inside nested braces.
function splitBraceBody(body) {
  if (!body) return [''];
  const pair = findBracePair(body);
  if (pair === null) return body.split(',');
  const pre = body.slice(0, pair[0]).split(',');
  pre[pre.length - 1] += body.slice(pair[0], pair[1] + 1);
  const post = body.slice(pair[1] + 1);
  if (post.length) {
    const rest = splitBraceBody(post);
    pre[pre.length - 1] += rest.shift();
    for (let i = 0; i < rest.length; i++) pre.push(rest[i]);
  }
  return pre;
}

function isNumericRange(body) {
  return /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(body);
}
function isAlphaRange(body) {
  return /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(body);
}
function rangeValue(str) {
  return isNaN(str) ? str.charCodeAt(0) : parseInt(str, 10);
}

function rangeItems(bounds, alpha) {
  const from = rangeValue(bounds[0]);
  const to = rangeValue(bounds[1]);
  const width = Math.max(bounds[0].length, bounds[1].length);
  let step = bounds.length === 3 ? Math.abs(rangeValue(bounds[2])) : 1;
  const down = to < from;
  if (down) step = -step;
  let padded = false;
  for (let i = 0; i < bounds.length; i++) {
    if (/^-?0\d/.test(bounds[i])) padded = true;
  }
  const out = [];
  for (let i = from; down ? i >= to : i <= to; i += step) {
    let item;
    if (alpha) {
      item = String.fromCharCode(i);
      if (item === '\\') item = '';
    } else {
      item = String(i);
      if (padded && width > item.length) {
        const zeros = '0'.repeat(width - item.length);
        item = i < 0 ? `-${zeros}${item.slice(1)}` : zeros + item;
      }
    }
    out.push(item);
  }
  return out;
}

function expandBraces(str, top) {
  const pair = findBracePair(str);
  if (pair === null) return [str];
  const pre = str.slice(0, pair[0]);
  const body = str.slice(pair[0] + 1, pair[1]);
  const postText = str.slice(pair[1] + 1);
  const post = postText.length ? expandBraces(postText, false) : [''];
  const out = [];
  if (pre.endsWith('$')) {
    // ${…} stays as written.
    for (let k = 0; k < post.length && k < EXPANSION_MAX; k++) out.push(`${pre}{${body}}${post[k]}`);
    return out;
  }
  const numeric = isNumericRange(body);
  const alpha = !numeric && isAlphaRange(body);
  const sequence = numeric || alpha;
  if (!sequence && body.indexOf(',') === -1) {
    if (/,(?!,).*\}/.test(postText)) {
      // `{x}` is literal, but a later `,…}` may still close an outer list.
      return expandBraces(`${pre}{${body}${LIT_CLOSE}${postText}`, true);
    }
    return [str];
  }
  let items;
  if (sequence) {
    items = rangeItems(body.split('..'), alpha);
  } else {
    let parts = splitBraceBody(body);
    if (parts.length === 1) {
      parts = expandBraces(parts[0], false).map((p) => `{${p}}`);
      if (parts.length === 1) return post.map((p) => pre + parts[0] + p);
    }
    items = [];
    for (let j = 0; j < parts.length; j++) {
      const e = expandBraces(parts[j], false);
      for (let k = 0; k < e.length; k++) items.push(e[k]);
    }
  }
  for (let j = 0; j < items.length; j++) {
    for (let k = 0; k < post.length && out.length < EXPANSION_MAX; k++) {
      const expansion = pre + items[j] + post[k];
      if (!top || sequence || expansion) out.push(expansion);
    }
  }
  return out;
}

function braceExpandAll(pattern) {
  if (pattern.startsWith('{}')) pattern = `${LIT_OPEN}${LIT_CLOSE}${pattern.slice(2)}`;
  return expandBraces(pattern, true).map(
    (s) => s.replaceAll(LIT_OPEN, '{').replaceAll(LIT_CLOSE, '}'));
}

function splitGlobPath(p, windows) {
  if (windows && /^\/\/[^/]+/.test(p)) return ['', ...p.split(/\/+/)];
  return p.split(/\/+/);
}

function isPlainPart(p) {
  return p && p !== '.' && p !== '..' && p !== '**';
}

// Drops '.' and empty inner parts and resolves `x/..`, as minimatch's second
// optimisation level does (on patterns, and on paths before matching).
function squeezeParts(parts, forPattern) {
  let changed = false;
  for (let i = 1; i < parts.length - 1; i++) {
    const p = parts[i];
    if (i === 1 && p === '' && parts[0] === '') continue;
    if (p === '.' || p === '') {
      changed = true;
      parts.splice(i, 1);
      i--;
    }
  }
  if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
    changed = true;
    parts.pop();
  }
  let dd = 0;
  while ((dd = parts.indexOf('..', dd + 1)) !== -1) {
    if (isPlainPart(parts[dd - 1])) {
      changed = true;
      const keepDot = forPattern && dd === 1 && parts[dd + 1] === '**';
      if (keepDot) parts.splice(dd - 1, 2, '.');
      else parts.splice(dd - 1, 2);
      if (forPattern && parts.length === 0) parts.push('');
      dd -= 2;
    }
  }
  return changed;
}

function optimizeFile(parts) {
  while (squeezeParts(parts, false));
  return parts.length === 0 ? [''] : parts;
}

function optimizePatterns(list) {
  let changed;
  do {
    changed = false;
    for (const parts of list) {
      let gs = -1;
      while ((gs = parts.indexOf('**', gs + 1)) !== -1) {
        let last = gs;
        while (parts[last + 1] === '**') last++;
        if (last > gs) parts.splice(gs + 1, last - gs);
        // **/../x/y/rest -> {../x/y/rest, **/x/y/rest}
        const p = parts[gs + 2];
        const p2 = parts[gs + 3];
        if (parts[gs + 1] !== '..' || !p || p === '.' || p === '..' ||
            !p2 || p2 === '.' || p2 === '..') {
          continue;
        }
        changed = true;
        parts.splice(gs, 1);
        const other = parts.slice(0);
        other[gs] = '**';
        list.push(other);
        gs--;
      }
      if (squeezeParts(parts, true)) changed = true;
    }
  } while (changed);

  // Merge patterns that differ only where one has '*' (or '**' against nothing).
  for (let i = 0; i < list.length - 1; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const merged = mergeParts(list[i], list[j]);
      if (merged) {
        list[i] = [];
        list[j] = merged;
        break;
      }
    }
  }
  return list.filter((parts) => parts.length > 0);
}

function mergeParts(a, b) {
  let ai = 0;
  let bi = 0;
  const out = [];
  let wide = '';
  while (ai < a.length && bi < b.length) {
    if (a[ai] === b[bi]) {
      out.push(wide === 'b' ? b[bi] : a[ai]);
      ai++;
      bi++;
    } else if (a[ai] === '**' && b[bi] === a[ai + 1]) {
      out.push(a[ai]);
      ai++;
    } else if (b[bi] === '**' && a[ai] === b[bi + 1]) {
      out.push(b[bi]);
      bi++;
    } else if (a[ai] === '*' && b[bi] && !b[bi].startsWith('.') && b[bi] !== '**') {
      if (wide === 'b') return false;
      wide = 'a';
      out.push(a[ai]);
      ai++;
      bi++;
    } else if (b[bi] === '*' && a[ai] && !a[ai].startsWith('.') && a[ai] !== '**') {
      if (wide === 'a') return false;
      wide = 'b';
      out.push(b[bi]);
      ai++;
      bi++;
    } else {
      return false;
    }
  }
  return a.length === b.length && out;
}

// ---- one path part: a tree of literal text and extglobs, turned into a RegExp

const POSIX_CLASSES = [
  ['[:alnum:]', '\\p{L}\\p{Nl}\\p{Nd}', true, false],
  ['[:alpha:]', '\\p{L}\\p{Nl}', true, false],
  ['[:ascii:]', '\\x00-\\x7f', false, false],
  ['[:blank:]', '\\p{Zs}\\t', true, false],
  ['[:cntrl:]', '\\p{Cc}', true, false],
  ['[:digit:]', '\\p{Nd}', true, false],
  ['[:graph:]', '\\p{Z}\\p{C}', true, true],
  ['[:lower:]', '\\p{Ll}', true, false],
  ['[:print:]', '\\p{C}', true, false],
  ['[:punct:]', '\\p{P}', true, false],
  ['[:space:]', '\\p{Z}\\t\\r\\n\\v\\f', true, false],
  ['[:upper:]', '\\p{Lu}', true, false],
  ['[:word:]', '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true, false],
  ['[:xdigit:]', 'A-Fa-f0-9', false, false],
];

function reEscape(s) {
  return s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
}
function classEscape(s) {
  return s.replace(/[[\]\\-]/g, '\\$&');
}

// A bracket expression at glob[pos]: [source, needs u flag, length, magic].
// Length 0 means "not a class": the '[' is literal.
function parseBracket(glob, pos) {
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let started = false;
  let unicode = false;
  let escaping = false;
  let negate = false;
  let end = pos;
  let rangeStart = '';
  outer: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === '!' || c === '^') && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === ']' && started && !escaping) {
      end = i + 1;
      break;
    }
    started = true;
    if (c === '\\' && !escaping) {
      escaping = true;
      i++;
      continue;
    }
    if (c === '[' && !escaping) {
      for (const [name, src, u, neg] of POSIX_CLASSES) {
        if (glob.startsWith(name, i)) {
          if (rangeStart) return ['$.', false, glob.length - pos, true];
          i += name.length;
          (neg ? negs : ranges).push(src);
          unicode = unicode || u;
          continue outer;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) ranges.push(`${classEscape(rangeStart)}-${classEscape(c)}`);
      else if (c === rangeStart) ranges.push(classEscape(c));
      rangeStart = '';
      i++;
      continue;
    }
    if (glob.startsWith('-]', i + 1)) {
      ranges.push(classEscape(c + '-'));
      i += 2;
      continue;
    }
    if (glob.startsWith('-', i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(classEscape(c));
    i++;
  }
  if (end < i) return ['', false, 0, false];
  if (!ranges.length && !negs.length) return ['$.', false, glob.length - pos, true];
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const one = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [reEscape(one), false, end - pos, false];
  }
  const inSet = `[${negate ? '^' : ''}${ranges.join('')}]`;
  const outSet = `[${negate ? '' : '^'}${negs.join('')}]`;
  const src = ranges.length && negs.length ? `(${inSet}|${outSet})` :
    ranges.length ? inSet : outSet;
  return [src, unicode, end - pos, true];
}

// The literal text a non-magic part stands for: `[x]` is x and a backslash escape
// is the escaped character. (minimatch applies this to the generated source.)
function unescapeGlob(s) {
  return s.replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2').replace(/\\([^/])/g, '$1');
}

const NO_DOT = '(?!\\.)';
const NO_TRAVERSAL = '(?!(?:^|/)\\.\\.?(?:$|/))';
const ANY_CHARS = '[^/]*?';
const SOME_CHARS = '[^/]+?';

// Plain glob text (no extglobs): [source, literal text, magic, u flag].
function globTextToRe(text, magic, noEmpty) {
  let re = '';
  let unicode = false;
  let inStar = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '*') {
      if (inStar) continue;
      inStar = true;
      re += noEmpty && /^[*]+$/.test(text) ? SOME_CHARS : ANY_CHARS;
      magic = true;
      continue;
    }
    inStar = false;
    if (c === '\\') {
      // Only reachable for a trailing backslash; patterns have none here.
      re += '\\\\';
      continue;
    }
    if (c === '[') {
      const [src, u, used, isMagic] = parseBracket(text, i);
      if (used) {
        re += src;
        unicode = unicode || u;
        i += used - 1;
        magic = magic || isMagic;
        continue;
      }
    }
    if (c === '?') {
      re += '[^/]';
      magic = true;
      continue;
    }
    re += reEscape(c);
  }
  return [re, unescapeGlob(text), !!magic, unicode];
}

const EXT_TYPES = '!?+*@';

class GlobNode {
  constructor(type, parent) {
    this.type = type;          // null for a sequence, else the extglob character
    this.parent = parent;
    this.root = parent ? parent.root : this;
    this.parts = [];           // strings and GlobNodes
    this.index = parent ? parent.parts.length : 0;
    this.magic = type ? true : undefined;
    this.unicode = false;
    this.emptyExt = false;
    this.text = undefined;
    if (type === '!' && !this.root.filled) this.root.negs.push(this);
  }

  add(part) {
    if (part !== '') this.parts.push(part);
  }

  toString() {
    if (this.text !== undefined) return this.text;
    const inner = this.parts.map(String);
    this.text = this.type ? `${this.type}(${inner.join('|')})` : inner.join('');
    return this.text;
  }

  isStart() {
    if (this.root === this) return true;
    if (!this.parent.isStart()) return false;
    if (this.index === 0) return true;
    for (let i = 0; i < this.index; i++) {
      const sib = this.parent.parts[i];
      if (!(sib instanceof GlobNode && sib.type === '!')) return false;
    }
    return true;
  }

  isEnd() {
    if (this.root === this) return true;
    if (this.parent.type === '!') return true;
    if (!this.parent.isEnd()) return false;
    if (!this.type) return this.parent.isEnd();
    return this.index === this.parent.parts.length - 1;
  }

  copyIn(part) {
    if (typeof part === 'string') this.add(part);
    else this.add(part.clone(this));
  }

  clone(parent) {
    const c = new GlobNode(this.type, parent);
    for (const p of this.parts) c.copyIn(p);
    return c;
  }
}

// Parses text from pos into node; returns the index after what was consumed.
function parseGlobNode(str, node, pos) {
  let escaping = false;
  let inClass = false;
  let classStart = -1;
  let classNeg = false;
  const classChar = (c, i) => {
    if (i === classStart + 1) {
      if (c === '^' || c === '!') classNeg = true;
    } else if (c === ']' && !(i === classStart + 2 && classNeg)) {
      inClass = false;
    }
  };
  if (node.type === null) {
    let i = pos;
    let acc = '';
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === '\\') {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inClass) {
        classChar(c, i);
        acc += c;
        continue;
      } else if (c === '[') {
        inClass = true;
        classStart = i;
        classNeg = false;
        acc += c;
        continue;
      }
      if (EXT_TYPES.includes(c) && str.charAt(i) === '(') {
        node.add(acc);
        acc = '';
        const ext = new GlobNode(c, node);
        i = parseGlobNode(str, ext, i);
        node.add(ext);
        continue;
      }
      acc += c;
    }
    node.add(acc);
    return i;
  }
  // Inside an extglob: alternatives separated by '|', up to the closing ')'.
  let i = pos + 1;
  let alt = new GlobNode(null, node);
  const alts = [];
  let acc = '';
  while (i < str.length) {
    const c = str.charAt(i++);
    if (escaping || c === '\\') {
      escaping = !escaping;
      acc += c;
      continue;
    }
    if (inClass) {
      classChar(c, i);
      acc += c;
      continue;
    } else if (c === '[') {
      inClass = true;
      classStart = i;
      classNeg = false;
      acc += c;
      continue;
    }
    if (EXT_TYPES.includes(c) && str.charAt(i) === '(') {
      alt.add(acc);
      acc = '';
      const ext = new GlobNode(c, alt);
      alt.add(ext);
      i = parseGlobNode(str, ext, i);
      continue;
    }
    if (c === '|') {
      alt.add(acc);
      acc = '';
      alts.push(alt);
      alt = new GlobNode(null, node);
      continue;
    }
    if (c === ')') {
      if (acc === '' && node.parts.length === 0) node.emptyExt = true;
      alt.add(acc);
      for (const a of alts) node.add(a);
      node.add(alt);
      return i;
    }
    acc += c;
  }
  // Never closed: the whole remainder is plain glob text.
  node.type = null;
  node.magic = undefined;
  node.parts = [str.substring(pos - 1)];
  return i;
}

// Copies what follows each !(…) into its alternatives, so the negative
// look-ahead covers the rest of the part.
function fillNegations(root) {
  if (root.filled) return;
  root.toString();
  root.filled = true;
  let neg;
  while ((neg = root.negs.pop())) {
    if (neg.type !== '!') continue;
    let child = neg;
    let up = child.parent;
    while (up) {
      for (let i = child.index + 1; !up.type && i < up.parts.length; i++) {
        for (const alt of neg.parts) alt.copyIn(up.parts[i]);
      }
      child = up;
      up = child.parent;
    }
  }
}

function altsToRe(node, allowDot) {
  const both = node.isStart() && node.isEnd();
  const out = [];
  for (const p of node.parts) {
    const [re, , , u] = nodeToRe(p, allowDot);
    node.unicode = node.unicode || u;
    if (!both || re) out.push(re);
  }
  return out.join('|');
}

// [source, literal text, magic, u flag]
function nodeToRe(node, allowDot) {
  if (node.root === node) fillNegations(node);
  if (!node.type) {
    const noEmpty = node.isStart() && node.isEnd() &&
      !node.parts.some((p) => typeof p !== 'string');
    let src = '';
    for (const p of node.parts) {
      const [re, , magic, u] = typeof p === 'string' ?
        globTextToRe(p, node.magic, noEmpty) : nodeToRe(p, allowDot);
      node.magic = node.magic || magic;
      node.unicode = node.unicode || u;
      src += re;
    }
    let start = '';
    if (node.isStart() && typeof node.parts[0] === 'string' &&
        !(node.parts.length === 1 && (node.parts[0] === '.' || node.parts[0] === '..'))) {
      const c0 = src.charAt(0);
      const special = (c) => c === '[' || c === '.';
      const noTraversal = (src.startsWith('\\.') && special(src.charAt(2))) ||
        (src.startsWith('\\.\\.') && special(src.charAt(4)));
      if (noTraversal) start = NO_TRAVERSAL;
      else if (!allowDot && special(c0)) start = NO_DOT;
    }
    let end = '';
    if (node.isEnd() && node.root.filled && node.parent && node.parent.type === '!') {
      end = '(?:$|\\/)';
    }
    node.magic = !!node.magic;
    return [start + src + end, unescapeGlob(src), node.magic, node.unicode];
  }

  const repeated = node.type === '*' || node.type === '+';
  const open = node.type === '!' ? '(?:(?!(?:' : '(?:';
  let body = altsToRe(node, allowDot);
  if (node.isStart() && node.isEnd() && !body && node.type !== '!') {
    const s = node.toString();
    node.parts = [s];
    node.type = null;
    node.magic = undefined;
    return [s, unescapeGlob(s), false, false];
  }
  let bodyDot = !repeated || allowDot ? '' : altsToRe(node, true);
  if (bodyDot === body) bodyDot = '';
  if (bodyDot) body = `(?:${body})(?:${bodyDot})*?`;
  let src;
  if (node.type === '!' && node.emptyExt) {
    src = (node.isStart() ? NO_DOT : '') + SOME_CHARS;
  } else {
    let close;
    if (node.type === '!') {
      close = `))${node.isStart() && !allowDot ? NO_DOT : ''}${ANY_CHARS})`;
    } else if (node.type === '@') {
      close = ')';
    } else if (node.type === '?') {
      close = ')?';
    } else if (node.type === '+' && bodyDot) {
      close = ')';
    } else if (node.type === '*' && bodyDot) {
      close = ')?';
    } else {
      close = `)${node.type}`;
    }
    src = open + body + close;
  }
  node.magic = !!node.magic;
  return [src, unescapeGlob(body), node.magic, node.unicode];
}

// One part of a pattern: GLOBSTAR, a literal string, or a RegExp.
function compilePart(part) {
  if (part === '**') return GLOBSTAR;
  if (part === '') return '';
  const root = new GlobNode(null, undefined);
  root.negs = [];
  root.filled = false;
  parseGlobNode(part, root, 0);
  const [re, body, magic, unicode] = nodeToRe(root, undefined);
  if (!magic && !root.magic) return body;
  // Like minimatch, an invalid expression (possible with the u flag) throws.
  return new RegExp(`^${re}$`, unicode ? 'u' : '');
}

function compileGlob(pattern, windows) {
  const expanded = [...new Set(braceExpandAll(pattern))];
  const rawParts = expanded.map((s) => splitGlobPath(s, windows));
  const partLists = optimizePatterns(rawParts);
  const set = partLists.map((parts) => parts.map(compilePart));
  if (windows) {
    for (let i = 0; i < set.length; i++) {
      const p = set[i];
      if (p[0] === '' && p[1] === '' && partLists[i][2] === '?' &&
          typeof p[3] === 'string' && /^[a-z]:$/i.test(p[3])) {
        p[2] = '?';
      }
    }
  }
  return set;
}

function isDriveSpec(s) {
  return typeof s === 'string' && /^[a-z]:$/i.test(s);
}

function matchParts(file, pattern, windows) {
  if (windows) {
    const fileDrive = isDriveSpec(file[0]);
    const fileUnc = !fileDrive && file[0] === '' && file[1] === '' && file[2] === '?' &&
      isDriveSpec(file[3]);
    const patDrive = isDriveSpec(pattern[0]);
    const patUnc = !patDrive && pattern[0] === '' && pattern[1] === '' &&
      pattern[2] === '?' && isDriveSpec(pattern[3]);
    const fdi = fileUnc ? 3 : fileDrive ? 0 : undefined;
    const pdi = patUnc ? 3 : patDrive ? 0 : undefined;
    if (fdi !== undefined && pdi !== undefined &&
        file[fdi].toLowerCase() === pattern[pdi].toLowerCase()) {
      pattern[pdi] = file[fdi];
      if (pdi > fdi) pattern = pattern.slice(pdi);
      else if (fdi > pdi) file = file.slice(fdi);
    }
  }
  file = optimizeFile(file);
  return matchFrom(file, pattern);
}

function isHidden(part) {
  return part === '.' || part === '..' || part.charAt(0) === '.';
}

function matchFrom(file, pattern) {
  const fl = file.length;
  const pl = pattern.length;
  let fi = 0;
  let pi = 0;
  for (; fi < fl && pi < pl; fi++, pi++) {
    const p = pattern[pi];
    const f = file[fi];
    if (p === GLOBSTAR) {
      if (pi + 1 === pl) {
        // Trailing **: matches the rest unless it contains a dot part.
        for (; fi < fl; fi++) {
          if (isHidden(file[fi])) return false;
        }
        return true;
      }
      for (let fr = fi; fr < fl; fr++) {
        if (matchFrom(file.slice(fr), pattern.slice(pi + 1))) return true;
        if (isHidden(file[fr])) break;
      }
      return false;
    }
    if (typeof p === 'string' ? f !== p : !p.test(f)) return false;
  }
  if (fi === fl && pi === pl) return true;
  if (fi === fl) return false;
  return fi === fl - 1 && file[fi] === '';
}

const globCache = new Map();

function globMatch(path, pattern, windows) {
  pattern = pattern.replaceAll('\\', '/');
  if (pattern === '') return path === '';
  const key = (windows ? 'w' : 'p') + pattern;
  let set = globCache.get(key);
  if (set === undefined) {
    set = compileGlob(pattern, windows);
    if (globCache.size > 200) globCache.clear();
    globCache.set(key, set);
  }
  if (windows) path = path.replaceAll('\\', '/');
  const file = splitGlobPath(path, windows);
  for (let i = 0; i < set.length; i++) {
    // matchParts may rewrite a drive letter in place: give it a copy.
    if (matchParts(file.slice(), set[i].slice(), windows)) return true;
  }
  return false;
}

module.exports = { globMatch };
