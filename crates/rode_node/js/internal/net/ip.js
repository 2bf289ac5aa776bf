'use strict';

// IP address syntax checks for node:net (isIP/isIPv4/isIPv6) and the rest of core.
// IPv4 is dotted decimal without leading zeros; IPv6 is RFC 4291 text form, with an
// optional trailing dotted IPv4 and an optional zone id (`fe80::1%eth0`).

const v4Part = /^(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const hexPart = /^[0-9a-fA-F]{1,4}$/;
const zoneRe = /^[0-9a-zA-Z\-.:]+$/;

function isIPv4(s) {
  if (typeof s !== 'string' || s.length > 15 || s.length < 7) return false;
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  for (let i = 0; i < 4; i++) if (!v4Part.test(parts[i])) return false;
  return true;
}

function isIPv6(s) {
  if (typeof s !== 'string' || s.length < 2) return false;
  const pct = s.indexOf('%');
  if (pct !== -1) {
    if (!zoneRe.test(s.slice(pct + 1))) return false;
    s = s.slice(0, pct);
  }
  let groups = 8;
  const lastColon = s.lastIndexOf(':');
  if (lastColon === -1) return false;
  const tail = s.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIPv4(tail)) return false;
    s = s.slice(0, lastColon + 1) + '0:0';
  }
  const dbl = s.indexOf('::');
  if (dbl !== -1) {
    if (s.indexOf('::', dbl + 1) !== -1) return false;
    const head = s.slice(0, dbl);
    const rest = s.slice(dbl + 2);
    const a = head === '' ? [] : head.split(':');
    const b = rest === '' ? [] : rest.split(':');
    if (a.length + b.length > groups - 1) return false;
    for (const p of a) if (!hexPart.test(p)) return false;
    for (const p of b) if (!hexPart.test(p)) return false;
    return true;
  }
  const parts = s.split(':');
  if (parts.length !== groups) return false;
  for (const p of parts) if (!hexPart.test(p)) return false;
  return true;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
