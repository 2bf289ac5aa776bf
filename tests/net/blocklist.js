// net.BlockList: addAddress/addRange/addSubnet/check for IPv4 and IPv6, rules (newest
// first), IPv4 against IPv4-mapped IPv6 rules and the reverse, argument errors, util.inspect.
'use strict';
const net = require('net');
const util = require('util');

function t(label, f) {
  try {
    console.log(label, util.inspect(f()));
  } catch (e) {
    console.log(label, 'THROW', e.name, e.code, e.message);
  }
}

const b = new net.BlockList();
t('empty', () => b);
b.addAddress('1.2.3.4');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addSubnet('192.168.0.0', 16);
b.addAddress(new net.SocketAddress({ address: '::1', family: 'ipv6' }));
t('rules', () => b.rules);
t('fresh array', () => b.rules === b.rules);
t('inspect', () => b);
t('v4', () => ['1.2.3.4', '1.2.3.5', '10.0.0.0', '10.0.0.1', '10.0.0.5', '10.0.0.10', '10.0.0.11',
  '11.0.0.5', '10.0.1.5', '9.0.0.5', '192.168.255.1', '192.169.0.0'].map((a) => b.check(a)));
t('v6', () => ['8592:757c:efae:4e45:f::', '8592:757c:efae:4e46::', '::1'].map((a) => b.check(a, 'ipv6')));
t('mapped', () => ['::ffff:1.2.3.4', '::ffff:10.0.0.5', '::ffff:192.168.1.1', '::1.2.3.4']
  .map((a) => b.check(a, 'ipv6')));
t('socketaddress', () => b.check(new net.SocketAddress({ address: '10.0.0.3', port: 99 })));
t('family spelling', () => [b.check('1.2.3.4', 'IPv4'), b.check('1.2.3.4', 'x'), b.check('::1')]);
t('not an address', () => b.check('bogus'));

// Argument errors.
t('check(1)', () => b.check(1));
t('check family 1', () => b.check('1.2.3.4', 1));
t('addAddress bogus', () => b.addAddress('bogus'));
t('addAddress 1', () => b.addAddress(1));
t('addAddress family x', () => new net.BlockList().addAddress('1.1.1.1', 'x'));
t('addRange reversed', () => b.addRange('10.0.0.10', '10.0.0.1'));
t('addRange mixed text', () => b.addRange('10.0.0.1', '::1'));
t('addRange 1', () => new net.BlockList().addRange(1, 2));
t('addRange end 2', () => new net.BlockList().addRange('1.1.1.1', 2));
t('addSubnet 33', () => b.addSubnet('1.2.3.4', 33));
t('addSubnet "8"', () => b.addSubnet('1.2.3.4', '8'));
t('addSubnet none', () => b.addSubnet('1.2.3.4'));
t('addSubnet 129', () => b.addSubnet('::', 129, 'ipv6'));
t('addSubnet -1', () => b.addSubnet('::', -1, 'ipv6'));
t('addSubnet 1.5', () => b.addSubnet('1.2.3.4', 1.5));
t('addSubnet network 1', () => b.addSubnet(1, 2));
t('addSubnet by SocketAddress', () => {
  const l = new net.BlockList();
  l.addSubnet(new net.SocketAddress({ address: '::', family: 'ipv6' }), 100, 'ipv4');
  return l.rules;
});
t('rules unchanged', () => b.rules.length);

// Subnet edges and mixed families.
function list(fn) {
  const l = new net.BlockList();
  fn(l);
  return l;
}
let l = list((x) => x.addSubnet('1.2.3.4', 32));
t('v4/32', () => [l.check('1.2.3.4'), l.check('5.6.7.8'), l.check('::ffff:1.2.3.4', 'ipv6'),
  l.check('::ffff:1.2.3.5', 'ipv6')]);
l = list((x) => x.addSubnet('1.2.3.4', 0));
t('v4/0', () => [l.check('5.6.7.8'), l.check('::ffff:9.9.9.9', 'ipv6'), l.check('::9', 'ipv6')]);
l = list((x) => x.addSubnet('1.2.3.0', 24));
t('v4/24', () => [l.check('1.2.3.99'), l.check('1.2.4.1'), l.check('::ffff:1.2.3.5', 'ipv6'),
  l.check('::ffff:1.2.4.5', 'ipv6')]);
l = list((x) => x.addSubnet('1.2.3.4', 24));
t('network kept as given', () => [l.rules, l.check('1.2.3.200')]);
l = list((x) => x.addSubnet('1.2.3.4', 31));
t('v4/31', () => [l.check('1.2.3.5'), l.check('1.2.3.6')]);
l = list((x) => x.addSubnet('0.0.0.0', 1));
t('v4/1', () => [l.check('127.0.0.1'), l.check('128.0.0.1')]);
l = list((x) => x.addSubnet('10.0.0.0', 8));
t('v4/8', () => [l.check('10.200.3.4'), l.check('11.0.0.0'), l.check('::ffff:10.1.1.1', 'ipv6'),
  l.check('::10.1.1.1', 'ipv6')]);
l = list((x) => x.addSubnet('::ffff:1.2.3.0', 120, 'ipv6'));
t('mapped/120', () => [l.check('1.2.3.99'), l.check('1.2.4.1')]);
l = list((x) => x.addSubnet('::ffff:1.2.3.4', 128, 'ipv6'));
t('mapped/128', () => [l.check('1.2.3.4'), l.check('1.2.3.5')]);
l = list((x) => x.addSubnet('::ffff:10.0.0.0', 104, 'ipv6'));
t('mapped/104', () => [l.check('10.9.9.9'), l.check('11.0.0.0')]);
l = list((x) => x.addSubnet('::ffff:0:0', 96, 'ipv6'));
t('mapped/96', () => [l.check('1.2.3.4'), l.check('::ffff:1.2.3.4', 'ipv6'), l.check('::5', 'ipv6')]);
l = list((x) => x.addSubnet('1:2::', 128, 'ipv6'));
t('v6/128', () => [l.check('1:2::', 'ipv6'), l.check('1:2::1', 'ipv6')]);
l = list((x) => x.addSubnet('1:2::', 0, 'ipv6'));
t('v6/0', () => [l.check('9::', 'ipv6'), l.check('9.9.9.9')]);
l = list((x) => x.addSubnet('8000::', 1, 'ipv6'));
t('v6/1', () => [l.check('ffff::', 'ipv6'), l.check('7fff::', 'ipv6')]);
l = list((x) => {
  x.addSubnet('0.0.0.0', 0);
  x.addSubnet('::', 0, 'ipv6');
});
t('both /0', () => [l.rules, l.check('9.9.9.9'), l.check('::5', 'ipv6')]);

// Ranges.
l = list((x) => x.addRange('::1', '::ffff', 'ipv6'));
t('v6 range', () => [l.check('::5', 'ipv6'), l.check('1::', 'ipv6'), l.check('0.0.0.5')]);
l = list((x) => {
  x.addRange('::ffff:1.1.1.1', '::ffff:1.1.1.9', 'ipv6');
  x.addAddress('::ffff:5.5.5.5', 'ipv6');
});
t('mapped range', () => [l.rules, l.check('1.1.1.5'), l.check('5.5.5.5'), l.check('::ffff:1.1.1.5', 'ipv6')]);
l = list((x) => x.addRange('1.1.1.1', '1.1.1.1'));
t('one-address range', () => [l.check('1.1.1.1'), l.check('1.1.1.2')]);
const s4 = new net.SocketAddress({ address: '1.1.1.1' });
const s6 = new net.SocketAddress({ address: '::ffff:1.1.1.9', family: 'ipv6' });
const s6b = new net.SocketAddress({ address: '2::', family: 'ipv6' });
l = list((x) => x.addRange(s4, s6));
t('range v4 to mapped', () => [l.rules, l.check('1.1.1.5'), l.check('::ffff:1.1.1.5', 'ipv6'), l.check('1.1.2.5')]);
l = list((x) => x.addRange(s4, s6b));
t('range not comparable', () => [l.rules, l.check('1.1.1.5'), l.check('::5', 'ipv6')]);
t('range reversed mapped', () => new net.BlockList().addRange(s6, s4));

// Addresses: IPv4 and its mapped form match each other; the zone id is dropped.
l = list((x) => {
  x.addAddress('::ffff:1.2.3.4', 'ipv6');
  x.addAddress('1.1.1.1');
  x.addAddress('fe80::1%2', 'ipv6');
});
t('addresses', () => [l.check('1.2.3.4'), l.check('::ffff:1.1.1.1', 'ipv6'), l.check('::1.1.1.1', 'ipv6'),
  l.check('fe80::1', 'ipv6'), l.rules]);

// The object.
t('own names', () => Object.getOwnPropertyNames(net.BlockList.prototype));
t('keys', () => Object.keys(b));
t('json', () => JSON.stringify(b));
t('depth 0', () => util.inspect(b, { depth: 0 }));
t('nested', () => util.inspect({ x: b }, { depth: 0 }));
t('depth -1', () => util.inspect(new net.BlockList(), { depth: -1 }));
t('compact false', () => util.inspect(list((x) => x.addAddress('1.1.1.1')), { compact: false }));
t('colors', () => util.inspect(list((x) => x.addAddress('1.1.1.1')), { colors: true }));
t('format', () => util.format('%s|%o', list((x) => x.addAddress('1.1.1.1')), new net.BlockList()));
