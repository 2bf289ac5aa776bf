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

// matchesGlob's engine lives in internal/path_glob (loaded on first use).
function globMatch(path, pattern, windows) {
  return require('internal/path_glob').globMatch(path, pattern, windows);
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
