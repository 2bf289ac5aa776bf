'use strict';
// dns.resolve*, reverse, Resolver (callback and promise forms), getServers/setServers
// against a small authoritative server (fixtures/dns_server.py, UDP with TCP fallback):
// every record type node returns, TTLs, truncated answers retried over TCP, and c-ares'
// errors (ENOTFOUND, ENODATA, ESERVFAIL, EREFUSED, ETIMEOUT, EBADRESP, EINVAL) with Node's
// messages and fields. Output compared with resolve.out (made by node).
const { spawn } = require('child_process');
const dns = require('dns');
const path = require('path');
const util = require('util');

const srv = spawn('python3', [path.join(__dirname, 'fixtures', 'dns_server.py')],
  { stdio: ['pipe', 'pipe', 'inherit'] });
let banner = '';
srv.stdout.on('data', function onData(d) {
  banner += d;
  if (!banner.endsWith('\n')) return;
  srv.stdout.removeListener('data', onData);
  run(Number(banner.split(' ')[1]));
});

const clean = (s) => s.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT').replace(/\n\s+at .*/g, '');

async function run(port) {
  const r = new dns.promises.Resolver({ timeout: 300, tries: 1 });
  r.setServers([`127.0.0.1:${port}`]);
  console.log(clean(util.inspect(r.getServers())), r.constructor.name);
  const calls = [
    ['resolve4', 'www.test.rode'], ['resolve4', 'www.test.rode', { ttl: true }],
    ['resolve6', 'www.test.rode', { ttl: true }], ['resolveCname', 'alias.test.rode'],
    ['resolveMx', 'test.rode'], ['resolveNs', 'test.rode'], ['resolveTxt', 'test.rode'],
    ['resolveSoa', 'test.rode'], ['resolveCaa', 'test.rode'], ['resolveSrv', '_sip._tcp.test.rode'],
    ['resolveNaptr', 'naptr.test.rode'], ['resolvePtr', '9.0.0.127.in-addr.arpa'],
    ['reverse', '127.0.0.9'], ['reverse', '::9'], ['resolveAny', 'test.rode'],
    ['resolve', 'www.test.rode', 'AAAA'], ['resolve', 'test.rode', 'MX'],
    ['resolveTxt', 'big.test.rode'], ['resolve4', 'nope.test.rode'], ['resolve4', 'test.rode'],
    ['resolve4', 'servfail.test.rode'], ['resolve4', 'refused.test.rode'],
    ['resolve4', 'slow.test.rode'], ['resolve4', 'garbage.test.rode'], ['reverse', 'bad'],
  ];
  for (const [m, ...a] of calls) {
    try {
      const v = await r[m](...a);
      console.log(m, a[0], util.inspect(v, { depth: 5, breakLength: 200 }).replace(/x{200}/g, 'x*200'));
    } catch (e) {
      console.log(m, a[0], 'rejects', clean(util.inspect(e, { breakLength: 200 })));
    }
  }
  for (const f of [
    () => dns.resolve4(5, () => {}),
    () => dns.resolve('x', 'BOGUS', () => {}),
    () => dns.resolve4('x'),
    () => r.setServers(['not an ip']),
    () => r.setServers('1.2.3.4'),
    () => dns.reverse('bad', () => {}),
  ]) {
    try {
      f();
      console.log('no throw');
    } catch (e) {
      console.log('throws', e.name, e.code, e.message);
    }
  }
  // The module-level functions use the default resolver (shared with dns/promises).
  dns.setServers([`127.0.0.1:${port}`, '::1', '[::1]:5353', '10.1.2.3:53']);
  console.log(clean(util.inspect(dns.getServers())), clean(util.inspect(dns.promises.getServers())));
  dns.setServers([`127.0.0.1:${port}`]);
  dns.resolve4('www.test.rode', (err, a) => {
    console.log('callback', err, a);
    dns.resolveMx('nope.test.rode', async (err) => {
      console.log('callback', err.code, err.syscall, err.hostname, err.errno, err.message);
      console.log('promises', await dns.promises.resolveSrv('_sip._tcp.test.rode'));
      // cancel(): pending queries end with ECANCELLED.
      const c = new dns.Resolver({ timeout: 2000, tries: 1 });
      c.setServers([`127.0.0.1:${port}`]);
      c.resolve4('slow.test.rode', (e) => {
        console.log('cancelled', e.code, e.message);
        srv.stdin.end();
      });
      c.cancel();
    });
  });
}
