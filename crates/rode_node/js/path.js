'use strict';
// node:path — the posix and win32 path objects. On Linux `require('path')` is the
// posix object. Everything here is hot (the module loader calls it on every
// require), so the code sticks to native string methods and short char-code loops.

const SLASH = 47;      // '/'
const BACKSLASH = 92;  // '\\'
const DOT = 46;        // '.'
const COLON = 58;      // ':'
const QUESTION = 63;   // '?'

let validators;
function lazyValidators() {
  if (validators === undefined) validators = require('internal/validators');
  return validators;
}
// Only called when `value` is not a string: throws Node's ERR_INVALID_ARG_TYPE.
function notString(value, name) {
  lazyValidators().validateString(value, name);
}

function isSep(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Names Windows treats as devices wherever they appear ("CON:", "NUL" …).
const RESERVED_DEVICES = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);

// Node looks at the text before the first colon (or, with no colon, everything but
// the last character — slice(0, -1)) and upper-cases it.
function startsWithReservedDevice(path, colon) {
  return RESERVED_DEVICES.has(path.slice(0, colon).toUpperCase());
}

// Collapses '.', '..' and empty segments of `path` (already split on `sep`).
// With `aboveRoot`, leading '..' segments are kept; without, they are dropped.
function collapse(parts, aboveRoot, sep) {
  const out = [];
  for (let i = 0; i < parts.length; i++) {
    const seg = parts[i];
    if (seg.length === 0 || seg === '.') continue;
    if (seg === '..') {
      const n = out.length;
      if (n > 0 && out[n - 1] !== '..') out.pop();
      else if (aboveRoot) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join(sep);
}

function collapsePosix(path, aboveRoot) {
  // Fast path: nothing to collapse ('//', '/.', a leading '.' or a trailing '/'
  // would need work; '/.' also catches harmless dot-files, which is fine).
  if (path.indexOf('//') === -1 && path.indexOf('/.') === -1 &&
      path.charCodeAt(0) !== DOT && path.charCodeAt(path.length - 1) !== SLASH) {
    return path.charCodeAt(0) === SLASH ? path.slice(1) : path;
  }
  return collapse(path.split('/'), aboveRoot, '/');
}

function collapseWin32(path, aboveRoot) {
  if (path.indexOf('/') !== -1) path = path.replaceAll('/', '\\');
  return collapse(path.split('\\'), aboveRoot, '\\');
}

// Last component of path[lo..]: after a call, compStart/compEnd delimit it (trailing
// separators excluded) and sepAt is the index of the separator in front of it, or
// -1 when the scan reached `lo` without meeting one.
let compStart = 0;
let compEnd = 0;
let sepAt = -1;

function scanLastPosix(path, lo) {
  let i = path.length - 1;
  while (i >= lo && path.charCodeAt(i) === SLASH) i--;
  compEnd = i + 1;
  if (i < lo) {
    compStart = compEnd;
    sepAt = -1;
    return;
  }
  const s = path.lastIndexOf('/', i);
  if (s >= lo) {
    compStart = s + 1;
    sepAt = s;
  } else {
    compStart = lo;
    sepAt = -1;
  }
}

function scanLastWin32(path, lo) {
  let i = path.length - 1;
  while (i >= lo && isSep(path.charCodeAt(i))) i--;
  compEnd = i + 1;
  if (i < lo) {
    compStart = compEnd;
    sepAt = -1;
    return;
  }
  while (i >= lo && !isSep(path.charCodeAt(i))) i--;
  compStart = i + 1;
  sepAt = i >= lo ? i : -1;
}

// Index of the extension dot in path[start..end), or -1 when the component has no
// extension: no dot, only a leading dot ('.bashrc'), or the component is '..'.
// `partStart` is where Node considers the component to begin for the '..' test.
function extDot(path, start, end, partStart) {
  if (end <= start) return -1;
  const dot = path.lastIndexOf('.', end - 1);
  if (dot <= start) return -1;
  if (dot === end - 1 && dot === partStart + 1 &&
      path.charCodeAt(start) === DOT) {
    // Two characters, both dots: '..'
    return -1;
  }
  return dot;
}

// basename() with a suffix to strip, for a path whose last component was scanned.
function basenameWithSuffix(path, suffix, lo) {
  if (compEnd === compStart) return path.slice(lo);
  const start = compStart;
  const compLen = compEnd - start;
  const sufLen = suffix.length;
  const n = sufLen < compLen ? sufLen : compLen;
  let k = 0;
  while (k < n && path.charCodeAt(compEnd - 1 - k) === suffix.charCodeAt(sufLen - 1 - k)) k++;
  if (k === sufLen) {
    // The component ends with the suffix; a component equal to it is kept whole.
    const end = compEnd - sufLen;
    return path.slice(start, end === start ? compEnd : end);
  }
  if (k === compLen) {
    // The whole component matched the end of a longer suffix: Node then keeps
    // everything up to the end of the string, trailing separators included.
    return path.slice(start);
  }
  return path.slice(start, compEnd);
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function _format(sep, pathObject) {
  lazyValidators().validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// ---------------------------------------------------------------------------
// win32

// Matches `\\server\share` at the start of a path whose first two characters are
// separators. Returns the index just past the share name, or -1. On success
// uncServer is the server name and uncShare the index where the share begins.
let uncServer = '';
let uncShare = 0;

function matchUnc(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isSep(path.charCodeAt(j))) j++;
  if (j === 2 || j === len) return -1;
  const serverEnd = j;
  while (j < len && isSep(path.charCodeAt(j))) j++;
  if (j === len) return -1;
  uncShare = j;
  while (j < len && !isSep(path.charCodeAt(j))) j++;
  uncServer = path.slice(2, serverEnd);
  return j;
}

// Root of a path as win32.resolve() sees it.
let rootEnd = 0;
let rootDevice = '';
let rootAbsolute = false;

function win32ResolveRoot(path) {
  const len = path.length;
  const c0 = path.charCodeAt(0);
  rootEnd = 0;
  rootDevice = '';
  rootAbsolute = false;
  if (len === 1) {
    if (isSep(c0)) {
      rootEnd = 1;
      rootAbsolute = true;
    }
    return;
  }
  if (isSep(c0)) {
    rootAbsolute = true;
    if (!isSep(path.charCodeAt(1))) {
      rootEnd = 1;
      return;
    }
    const end = matchUnc(path);
    if (end === -1) return;
    if (uncServer === '.' || uncServer === '?') {
      rootDevice = `\\\\${uncServer}`;
      rootEnd = 4;
    } else {
      rootDevice = `\\\\${uncServer}\\${path.slice(uncShare, end)}`;
      rootEnd = end;
    }
    return;
  }
  if (isDriveLetter(c0) && path.charCodeAt(1) === COLON) {
    rootDevice = path.slice(0, 2);
    rootEnd = 2;
    if (len > 2 && isSep(path.charCodeAt(2))) {
      rootAbsolute = true;
      rootEnd = 3;
    }
  }
}

function win32Resolve(...args) {
  let device = '';
  let tail = '';
  let absolute = false;

  for (let i = args.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = args[i];
      if (typeof path !== 'string') notString(path, `paths[${i}]`);
      if (path.length === 0) continue;
    } else if (device.length === 0) {
      path = process.cwd();
    } else {
      // A drive-relative path: use that drive's current directory when the
      // environment records one (`=C:`), else the process cwd if it is on the same
      // drive, else the drive's root.
      path = process.env[`=${device}`] || process.cwd();
      if (path === undefined ||
          (path.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
           path.charCodeAt(2) === BACKSLASH)) {
        path = `${device}\\`;
      }
    }

    win32ResolveRoot(path);
    if (rootDevice.length > 0) {
      if (device.length === 0) {
        device = rootDevice;
      } else if (rootDevice.toLowerCase() !== device.toLowerCase()) {
        // Another drive or share: this argument cannot contribute.
        continue;
      }
    }

    if (absolute) {
      if (device.length > 0) break;
    } else {
      tail = `${path.slice(rootEnd)}\\${tail}`;
      absolute = rootAbsolute;
      if (absolute && device.length > 0) break;
    }
  }

  tail = collapseWin32(tail, !absolute);
  if (absolute) return `${device}\\${tail}`;
  return `${device}${tail}` || '.';
}

function win32Normalize(path) {
  if (typeof path !== 'string') notString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const c0 = path.charCodeAt(0);
  if (len === 1) return c0 === SLASH ? '\\' : path;

  let start = 0;
  let device;
  let absolute = false;
  if (isSep(c0)) {
    absolute = true;
    if (isSep(path.charCodeAt(1))) {
      const end = matchUnc(path);
      if (end !== -1) {
        if (uncServer === '.' || uncServer === '?') {
          device = `\\\\${uncServer}`;
          start = 4;
        } else if (end === len) {
          // Nothing but `\\server\share`.
          return `\\\\${uncServer}\\${path.slice(uncShare)}\\`;
        } else {
          device = `\\\\${uncServer}\\${path.slice(uncShare, end)}`;
          start = end;
        }
      }
    } else {
      start = 1;
    }
  } else {
    const colon = path.indexOf(':');
    if (colon === 1 && isDriveLetter(c0)) {
      device = path.slice(0, 2);
      start = 2;
      if (len > 2 && isSep(path.charCodeAt(2))) {
        absolute = true;
        start = 3;
      }
    } else if (colon > 0 && startsWithReservedDevice(path, colon)) {
      device = path.slice(0, colon + 1);
      start = colon + 1;
    }
  }

  let tail = start < len ? collapseWin32(path.slice(start), !absolute) : '';
  if (tail.length === 0 && !absolute) tail = '.';
  if (tail.length > 0 && isSep(path.charCodeAt(len - 1))) tail += '\\';

  if (!absolute && device === undefined && path.indexOf(':') !== -1) {
    // A relative result must not read as a drive path or an alternate data stream
    // (CVE-2024-36139): prefix it with '.\'.
    if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) &&
        tail.charCodeAt(1) === COLON) {
      return `.\\${tail}`;
    }
    for (let c = path.indexOf(':'); c !== -1; c = path.indexOf(':', c + 1)) {
      if (c === len - 1 || isSep(path.charCodeAt(c + 1))) return `.\\${tail}`;
    }
  }
  if (startsWithReservedDevice(path, path.indexOf(':'))) {
    return `.\\${device === undefined ? '' : device}${tail}`;
  }
  if (device === undefined) return absolute ? `\\${tail}` : tail;
  return absolute ? `${device}\\${tail}` : `${device}${tail}`;
}

function win32IsAbsolute(path) {
  if (typeof path !== 'string') notString(path, 'path');
  const len = path.length;
  if (len === 0) return false;
  const c0 = path.charCodeAt(0);
  if (isSep(c0)) return true;
  return len > 2 && isDriveLetter(c0) && path.charCodeAt(1) === COLON &&
    isSep(path.charCodeAt(2));
}

function win32Join(...args) {
  let joined;
  let first;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg !== 'string') notString(arg, 'path');
    if (arg.length === 0) continue;
    if (joined === undefined) joined = first = arg;
    else joined += `\\${arg}`;
  }
  if (joined === undefined) return '.';

  // A first argument of exactly two separators and a name ('//server') is taken as
  // the start of a UNC path. Anything else must not turn into one by accident, so
  // a run of two or more leading separators is squeezed to one.
  let keepUnc = false;
  let leading = 0;
  if (isSep(first.charCodeAt(0))) {
    leading = 1;
    if (first.length > 1 && isSep(first.charCodeAt(1))) {
      leading = 2;
      if (first.length > 2) {
        if (isSep(first.charCodeAt(2))) leading = 3;
        else keepUnc = true;
      }
    }
  }
  if (!keepUnc) {
    while (leading < joined.length && isSep(joined.charCodeAt(leading))) leading++;
    if (leading >= 2) joined = `\\${joined.slice(leading)}`;
  }
  return win32Normalize(joined);
}

function repeatUp(n) {
  return '..\\'.repeat(n);
}

function win32Relative(from, to) {
  if (typeof from !== 'string') notString(from, 'from');
  if (typeof to !== 'string') notString(to, 'to');
  if (from === to) return '';

  const fromOrig = win32Resolve(from);
  const toOrig = win32Resolve(to);
  if (fromOrig === toOrig) return '';

  const fromLower = fromOrig.toLowerCase();
  const toLower = toOrig.toLowerCase();
  if (fromLower === toLower) return '';

  if (fromLower.length !== fromOrig.length || toLower.length !== toOrig.length) {
    // Lower-casing changed a length (some non-ASCII letters do), so offsets into
    // the lower-cased strings are useless: compare whole segments instead.
    const a = fromOrig.split('\\');
    const b = toOrig.split('\\');
    if (a[a.length - 1] === '') a.pop();
    if (b[b.length - 1] === '') b.pop();
    const n = a.length < b.length ? a.length : b.length;
    let i = 0;
    while (i < n && a[i].toLowerCase() === b[i].toLowerCase()) i++;
    if (i === 0) return toOrig;
    if (i === n) {
      if (b.length > n) return b.slice(i).join('\\');
      if (a.length > n) return `${repeatUp(a.length - 1 - i)}..`;
      return '';
    }
    return repeatUp(a.length - i) + b.slice(i).join('\\');
  }

  // Leading backslashes (UNC) and trailing ones (a UNC root keeps one) are left
  // out of the comparison.
  let fromStart = 0;
  while (fromStart < fromLower.length && fromLower.charCodeAt(fromStart) === BACKSLASH) fromStart++;
  let fromEnd = fromLower.length;
  while (fromEnd - 1 > fromStart && fromLower.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
  const fromLen = fromEnd - fromStart;

  let toStart = 0;
  while (toStart < toLower.length && toLower.charCodeAt(toStart) === BACKSLASH) toStart++;
  let toEnd = toLower.length;
  while (toEnd - 1 > toStart && toLower.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
  const toLen = toEnd - toStart;

  const n = fromLen < toLen ? fromLen : toLen;
  let common = -1; // offset of the last separator in the common prefix
  let i = 0;
  for (; i < n; i++) {
    const c = fromLower.charCodeAt(fromStart + i);
    if (c !== toLower.charCodeAt(toStart + i)) break;
    if (c === BACKSLASH) common = i;
  }

  if (i !== n) {
    // Different already before the first separator: different roots.
    if (common === -1) return toOrig;
  } else {
    if (toLen > n) {
      if (toLower.charCodeAt(toStart + i) === BACKSLASH) {
        // `from` is a directory above `to` ('C:\a' -> 'C:\a\b').
        return toOrig.slice(toStart + i + 1);
      }
      if (i === 2) {
        // `from` is a drive root ('C:\' -> 'C:\a').
        return toOrig.slice(toStart + i);
      }
    }
    if (fromLen > n) {
      if (fromLower.charCodeAt(fromStart + i) === BACKSLASH) {
        // `to` is a directory above `from`.
        common = i;
      } else if (i === 2) {
        // `to` is a drive root.
        common = 3;
      }
    }
    if (common === -1) common = 0;
  }

  let out = '';
  for (let k = fromStart + common + 1; k <= fromEnd; k++) {
    if (k === fromEnd || fromLower.charCodeAt(k) === BACKSLASH) {
      out += out.length === 0 ? '..' : '\\..';
    }
  }

  toStart += common;
  if (out.length > 0) return out + toOrig.slice(toStart, toEnd);
  if (toOrig.charCodeAt(toStart) === BACKSLASH) toStart++;
  return toOrig.slice(toStart, toEnd);
}

function win32ToNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = win32Resolve(path);
  if (resolved.length <= 2) return path;
  const c0 = resolved.charCodeAt(0);
  if (c0 === BACKSLASH) {
    if (resolved.charCodeAt(1) === BACKSLASH) {
      const c2 = resolved.charCodeAt(2);
      if (c2 !== QUESTION && c2 !== DOT) {
        // \\server\share\x -> \\?\UNC\server\share\x
        return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    }
  } else if (isDriveLetter(c0) && resolved.charCodeAt(1) === COLON &&
             resolved.charCodeAt(2) === BACKSLASH) {
    return `\\\\?\\${resolved}`;
  }
  return resolved;
}

function win32Dirname(path) {
  if (typeof path !== 'string') notString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const c0 = path.charCodeAt(0);
  if (len === 1) return isSep(c0) ? path : '.';

  let root = -1;   // end of the root, -1 when there is none
  if (isSep(c0)) {
    root = 1;
    if (isSep(path.charCodeAt(1))) {
      const end = matchUnc(path);
      if (end === len) return path;  // only `\\server\share`
      if (end !== -1) root = end + 1;
    }
  } else if (isDriveLetter(c0) && path.charCodeAt(1) === COLON) {
    root = len > 2 && isSep(path.charCodeAt(2)) ? 3 : 2;
  }

  scanLastWin32(path, root === -1 ? 0 : root);
  if (sepAt !== -1 && compEnd > compStart) return path.slice(0, sepAt);
  if (root === -1) return '.';
  return path.slice(0, root);
}

function win32DriveStart(path) {
  return path.length >= 2 && path.charCodeAt(1) === COLON &&
    isDriveLetter(path.charCodeAt(0)) ? 2 : 0;
}

function win32Basename(path, suffix) {
  if (suffix !== undefined && typeof suffix !== 'string') notString(suffix, 'suffix');
  if (typeof path !== 'string') notString(path, 'path');
  const lo = win32DriveStart(path);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    scanLastWin32(path, lo);
    return basenameWithSuffix(path, suffix, lo);
  }
  scanLastWin32(path, lo);
  return path.slice(compStart, compEnd);
}

function win32Extname(path) {
  if (typeof path !== 'string') notString(path, 'path');
  const lo = win32DriveStart(path);
  scanLastWin32(path, lo);
  const dot = extDot(path, compStart, compEnd, compStart);
  return dot === -1 ? '' : path.slice(dot, compEnd);
}

function win32Parse(path) {
  if (typeof path !== 'string') notString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = path.length;
  if (len === 0) return ret;
  const c0 = path.charCodeAt(0);
  if (len === 1) {
    if (isSep(c0)) ret.root = ret.dir = path;
    else ret.base = ret.name = path;
    return ret;
  }

  let root = 0;
  if (isSep(c0)) {
    root = 1;
    if (isSep(path.charCodeAt(1))) {
      const end = matchUnc(path);
      if (end !== -1) root = end === len ? end : end + 1;
    }
  } else if (isDriveLetter(c0) && path.charCodeAt(1) === COLON) {
    if (len === 2 || (len === 3 && isSep(path.charCodeAt(2)))) {
      ret.root = ret.dir = path;
      return ret;
    }
    root = isSep(path.charCodeAt(2)) ? 3 : 2;
  }
  if (root > 0) ret.root = path.slice(0, root);

  scanLastWin32(path, root);
  const partStart = sepAt === -1 ? root : compStart;
  if (compEnd > compStart) {
    const dot = extDot(path, compStart, compEnd, partStart);
    ret.base = path.slice(compStart, compEnd);
    if (dot === -1) {
      ret.name = ret.base;
    } else {
      ret.name = path.slice(compStart, dot);
      ret.ext = path.slice(dot, compEnd);
    }
  }
  ret.dir = partStart > 0 && partStart !== root ? path.slice(0, partStart - 1) : ret.root;
  return ret;
}

// ---------------------------------------------------------------------------
// posix

function posixResolve(...args) {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= 0 && !absolute; i--) {
    const path = args[i];
    if (typeof path !== 'string') notString(path, `paths[${i}]`);
    if (path.length === 0) continue;
    resolved = resolved.length === 0 ? path : `${path}/${resolved}`;
    absolute = path.charCodeAt(0) === SLASH;
  }
  if (!absolute) {
    const cwd = process.cwd();
    resolved = resolved.length === 0 ? cwd : `${cwd}/${resolved}`;
    absolute = cwd.charCodeAt(0) === SLASH;
  }
  resolved = collapsePosix(resolved, !absolute);
  if (absolute) return `/${resolved}`;
  return resolved.length > 0 ? resolved : '.';
}

function posixNormalize(path) {
  if (typeof path !== 'string') notString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  const trailing = path.charCodeAt(len - 1) === SLASH;
  let out = collapsePosix(path, !absolute);
  if (out.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) out += '/';
  return absolute ? `/${out}` : out;
}

function posixIsAbsolute(path) {
  if (typeof path !== 'string') notString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
}

function posixJoin(...args) {
  let joined = '';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg !== 'string') notString(arg, 'path');
    if (arg.length === 0) continue;
    joined = joined.length === 0 ? arg : `${joined}/${arg}`;
  }
  if (joined.length === 0) return '.';
  return posixNormalize(joined);
}

function posixRelative(from, to) {
  if (typeof from !== 'string') notString(from, 'from');
  if (typeof to !== 'string') notString(to, 'to');
  if (from === to) return '';
  from = posixResolve(from);
  to = posixResolve(to);
  if (from === to) return '';

  // Both are now absolute and normalized: '/' or '/a/b' (no trailing slash).
  const fromLen = from.length;
  const toLen = to.length;
  const n = fromLen < toLen ? fromLen : toLen;
  let common = 0; // index of the last '/' shared by both
  let i = 1;
  for (; i < n; i++) {
    const c = from.charCodeAt(i);
    if (c !== to.charCodeAt(i)) break;
    if (c === SLASH) common = i;
  }
  if (i === n) {
    if (toLen > n) {
      // `from` is '/' or a directory above `to`.
      if (to.charCodeAt(i) === SLASH) return to.slice(i + 1);
      if (n === 1) return to.slice(1);
    } else if (fromLen > n) {
      // `to` is '/' or a directory above `from`.
      if (from.charCodeAt(i) === SLASH) common = i;
      else if (n === 1) common = 1;
    }
  }

  let out = '';
  for (let k = common + 1; k <= fromLen; k++) {
    if (k === fromLen || from.charCodeAt(k) === SLASH) {
      out += out.length === 0 ? '..' : '/..';
    }
  }
  return out + to.slice(common);
}

function posixToNamespacedPath(path) {
  return path;
}

function posixDirname(path) {
  if (typeof path !== 'string') notString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  const hasRoot = path.charCodeAt(0) === SLASH;
  // The first character never ends the directory part.
  let i = len - 1;
  while (i >= 1 && path.charCodeAt(i) === SLASH) i--;
  const s = i >= 1 ? path.lastIndexOf('/', i) : -1;
  if (s < 1) return hasRoot ? '/' : '.';
  if (hasRoot && s === 1) return '//';
  return path.slice(0, s);
}

function posixBasename(path, suffix) {
  if (suffix !== undefined && typeof suffix !== 'string') notString(suffix, 'suffix');
  if (typeof path !== 'string') notString(path, 'path');
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    scanLastPosix(path, 0);
    return basenameWithSuffix(path, suffix, 0);
  }
  scanLastPosix(path, 0);
  return path.slice(compStart, compEnd);
}

function posixExtname(path) {
  if (typeof path !== 'string') notString(path, 'path');
  scanLastPosix(path, 0);
  const dot = extDot(path, compStart, compEnd, compStart);
  return dot === -1 ? '' : path.slice(dot, compEnd);
}

function posixParse(path) {
  if (typeof path !== 'string') notString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  const absolute = path.charCodeAt(0) === SLASH;
  if (absolute) ret.root = '/';
  scanLastPosix(path, absolute ? 1 : 0);
  // Node measures the '..' special case from 0 when no separator was found.
  const partStart = sepAt === -1 ? 0 : compStart;
  if (compEnd > compStart) {
    const dot = extDot(path, compStart, compEnd, partStart);
    ret.base = path.slice(compStart, compEnd);
    if (dot === -1) {
      ret.name = ret.base;
    } else {
      ret.name = path.slice(compStart, dot);
      ret.ext = path.slice(dot, compEnd);
    }
  }
  if (partStart > 0) ret.dir = path.slice(0, partStart - 1);
  else if (absolute) ret.dir = '/';
  return ret;
}

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

let globWarned = false;
function globMatches(path, pattern, windows) {
  if (!globWarned) {
    globWarned = true;
    if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
      process.emitWarning('glob is an experimental feature and might change at any time',
                          'ExperimentalWarning');
    }
  }
  const v = lazyValidators();
  v.validateString(path, 'path');
  v.validateString(pattern, 'pattern');
  return globMatch(path, pattern, windows);
}

const win32 = {
  resolve: win32Resolve,
  normalize: win32Normalize,
  isAbsolute: win32IsAbsolute,
  join: win32Join,
  relative: win32Relative,
  toNamespacedPath: win32ToNamespacedPath,
  dirname: win32Dirname,
  basename: win32Basename,
  extname: win32Extname,
  format: _format.bind(null, '\\'),
  parse: win32Parse,
  matchesGlob(path, pattern) {
    return globMatches(path, pattern, true);
  },
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

const posix = {
  resolve: posixResolve,
  normalize: posixNormalize,
  isAbsolute: posixIsAbsolute,
  join: posixJoin,
  relative: posixRelative,
  toNamespacedPath: posixToNamespacedPath,
  dirname: posixDirname,
  basename: posixBasename,
  extname: posixExtname,
  format: _format.bind(null, '/'),
  parse: posixParse,
  matchesGlob(path, pattern) {
    return globMatches(path, pattern, false);
  },
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// The methods carry Node's names ('resolve', not 'posixResolve').
for (const obj of [posix, win32]) {
  for (const key of Object.keys(obj)) {
    const fn = obj[key];
    if (typeof fn === 'function' && key !== 'format') {
      Object.defineProperty(fn, 'name', { value: key, configurable: true });
    }
  }
}

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

// Legacy alias (DEP0080, documentation-only).
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
