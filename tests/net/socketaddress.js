// net.SocketAddress: defaults, option checks and their errors, address parsing and printing
// (uv_inet_pton/uv_inet_ntop forms), toJSON, isSocketAddress and util.inspect output.
'use strict';
const net = require('net');
const util = require('util');

function t(f) {
  try {
    console.log(util.inspect(f()));
  } catch (e) {
    console.log('THROW', e.name, e.code, e.message);
  }
}

// Defaults and options.
t(() => new net.SocketAddress());
t(() => new net.SocketAddress({ family: 'ipv6' }));
t(() => new net.SocketAddress({ family: 'IPv6' }));
t(() => new net.SocketAddress({ family: { toLowerCase() { return 'ipv6'; } } }));
t(() => new net.SocketAddress({ address: '::1', family: 'ipv6', port: 80, flowlabel: 5 }));
t(() => new net.SocketAddress({ address: '::', family: 'ipv6', flowlabel: 1048575 }).flowlabel);
t(() => new net.SocketAddress({ address: '1.2.3.4', port: 65535 }).toJSON());
t(() => new net.SocketAddress({ address: '1.2.3.4', port: undefined }).port);
t(() => new net.SocketAddress({ address: undefined }).address);
t(() => new net.SocketAddress({ flowlabel: 7 }));

// Bad options.
t(() => new net.SocketAddress(null));
t(() => new net.SocketAddress('x'));
t(() => new net.SocketAddress({ address: 5 }));
t(() => new net.SocketAddress({ family: 'IPv4' })); // default address '::' for a non-'ipv4' spelling
t(() => new net.SocketAddress({ family: 'x' }));
t(() => new net.SocketAddress({ family: 5 }));
t(() => new net.SocketAddress({ family: null }));
t(() => new net.SocketAddress({ port: 70000 }));
t(() => new net.SocketAddress({ port: -1 }));
t(() => new net.SocketAddress({ port: 1.5 }));
t(() => new net.SocketAddress({ flowlabel: -1, family: 'ipv6' }));
t(() => new net.SocketAddress({ address: '::', family: 'ipv6', flowlabel: 1.5 }));
t(() => new net.SocketAddress({ address: '::', family: 'ipv6', flowlabel: '3' }));
t(() => new net.SocketAddress({ address: '::1' }));
t(() => new net.SocketAddress({ address: '1.2.3.4', family: 'ipv6' }));

// IPv4 text.
for (const a of ['1.2.3.4', '255.255.255.255', '0.0.0.0', '256.1.1.1', '1.2.3', '1.2.3.4.5',
  '01.2.3.4', '1.2.3.4 ', ' 1.2.3.4', '0x1.2.3.4', '1..3.4', '']) {
  t(() => [a, new net.SocketAddress({ address: a }).address]);
}

// IPv6 text, printed in its canonical form.
for (const a of ['::1.2.3.4', '::ffff:1.2.3.4', '::0.0.1.2', '1:0:0:2:0:0:0:3',
  '1:0:2:0:3:0:4:5', 'ABCD::EF', '::', '::1', '1::', '0:0:0:0:0:ffff:102:304',
  '::ffff:0:1.2.3.4', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:1.2.3.4', 'fe80::1%1',
  'fe80::1%eth0', '::ffff:0.0.0.0', '::0:0.0.0.1', '1:0:0:0:0:0:0:0', '0:0:0:0:0:0:0:1',
  '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8::', '1:2:3:4:5:6:7', ':1::',
  '1::2::3', ':::', '1:2:3:4:5:6:7:1.2.3.4', '::1.2.3', '12345::', 'g::', '1:', '::ffff:1.2.3.04']) {
  t(() => [a, new net.SocketAddress({ address: a, family: 'ipv6' }).address]);
}

// The object.
t(() => JSON.stringify(new net.SocketAddress()));
t(() => Object.keys(new net.SocketAddress()));
t(() => Object.getOwnPropertyNames(net.SocketAddress.prototype));
t(() => [net.SocketAddress.name, net.SocketAddress.length]);
t(() => [net.SocketAddress.isSocketAddress(new net.SocketAddress()),
  net.SocketAddress.isSocketAddress({}), net.SocketAddress.isSocketAddress(null)]);
t(() => new net.SocketAddress() instanceof net.SocketAddress);
t(() => String(new net.SocketAddress()));
t(() => net.SocketAddress === require('net').SocketAddress);

// util.inspect at various depths and options.
t(() => util.inspect(new net.SocketAddress(), { depth: -1 }));
t(() => util.inspect({ a: { b: new net.SocketAddress() } }, { depth: 1 }));
t(() => util.inspect([new net.SocketAddress()], { depth: 0 }));
t(() => util.inspect(new net.SocketAddress(), { compact: false }));
t(() => util.inspect(new net.SocketAddress(), { colors: true }));
t(() => util.format('%s|%j|%o', new net.SocketAddress(), new net.SocketAddress(),
  new net.SocketAddress({ address: '::1', family: 'ipv6' })));
