// Multicast on the loopback interface: joining 224.0.0.114 on 127.0.0.1 and receiving what
// another socket sends there (multicast TTL, loopback and interface set), source-specific
// membership (232.1.1.1 from 127.0.0.1), leaving groups, and the option errors.
'use strict';
const assert = require('assert');
const dgram = require('dgram');

const GROUP = '224.0.0.114';

function errno(fn, message, code) {
  assert.throws(fn, (e) => {
    assert.strictEqual(e.message, message);
    assert.strictEqual(e.code, code);
    assert.strictEqual(e.syscall, message.split(' ')[0]);
    assert.strictEqual(typeof e.errno, 'number');
    return true;
  });
}

// Option errors on a socket with no fd yet.
const fresh = dgram.createSocket('udp4');
errno(() => fresh.setMulticastInterface('127.0.0.1'), 'setMulticastInterface EBADF', 'EBADF');
errno(() => fresh.setMulticastTTL(1), 'setMulticastTTL EBADF', 'EBADF');
errno(() => fresh.setMulticastLoopback(true), 'setMulticastLoopback EBADF', 'EBADF');
errno(() => fresh.setMulticastTTL(256), 'setMulticastTTL EINVAL', 'EINVAL');
assert.throws(() => fresh.setMulticastTTL('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ttl" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => fresh.setMulticastInterface(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "interfaceAddress" argument must be of type string. Received type number (1)',
});
assert.throws(() => fresh.addMembership(), {
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  message: 'The "multicastAddress" argument must be specified',
});
errno(() => fresh.addMembership('not an address'), 'addMembership EINVAL', 'EINVAL');
assert.throws(() => fresh.addSourceSpecificMembership(1, GROUP), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "sourceAddress" argument must be of type string. Received type number (1)',
});
assert.throws(() => fresh.addSourceSpecificMembership('127.0.0.1', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "groupAddress" argument must be of type string. Received null',
});
assert.throws(() => fresh.address(), { message: 'getsockname EBADF' });
// Joining a group binds an unbound socket to the any-address (as libuv does); a later
// bind() then fails.
fresh.addMembership(GROUP, '127.0.0.1');
assert.strictEqual(fresh.address().address, '0.0.0.0');
assert.ok(fresh.address().port > 0);
fresh.on('error', (e) => {
  assert.strictEqual(e.message, 'bind EINVAL 0.0.0.0');
  fresh.close(groups);
});
fresh.bind(0);

function groups() {
  const receiver = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  const sender = dgram.createSocket('udp4');
  const got = [];
  receiver.on('message', (msg, rinfo) => {
    got.push(`${msg} from ${rinfo.address}:${rinfo.port === sender.address().port}`);
    if (got.length === 1) {
      receiver.dropMembership(GROUP, '127.0.0.1');
      errno(() => receiver.dropMembership(GROUP, '127.0.0.1'), 'dropMembership EADDRNOTAVAIL',
            'EADDRNOTAVAIL');
      receiver.addSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1');
      errno(() => receiver.addSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1'),
            'addSourceSpecificMembership EADDRNOTAVAIL', 'EADDRNOTAVAIL');
      errno(() => receiver.dropSourceSpecificMembership('127.0.0.2', '232.1.1.1', '127.0.0.1'),
            'dropSourceSpecificMembership EADDRNOTAVAIL', 'EADDRNOTAVAIL');
      errno(() => receiver.addSourceSpecificMembership('::1', '232.1.1.1'),
            'addSourceSpecificMembership EINVAL', 'EINVAL');
      sender.send('source-specific', receiver.address().port, '232.1.1.1');
    } else {
      receiver.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1', '127.0.0.1');
      assert.deepStrictEqual(got, ['group from 127.0.0.1:true', 'source-specific from 127.0.0.1:true']);
      receiver.close();
      sender.close(() => console.log('done'));
    }
  });
  receiver.bind(0, () => {
    receiver.addMembership(GROUP, '127.0.0.1');
    errno(() => receiver.addMembership(GROUP, 'bogus'), 'addMembership EINVAL', 'EINVAL');
    errno(() => receiver.addMembership('10.0.0.1', '127.0.0.1'), 'addMembership EINVAL', 'EINVAL');
    sender.bind(0, '127.0.0.1', () => {
      assert.strictEqual(sender.setMulticastTTL(1), 1);
      assert.strictEqual(sender.setMulticastLoopback(true), true);
      assert.strictEqual(sender.setMulticastInterface('127.0.0.1'), undefined);
      errno(() => sender.setMulticastInterface('bogus'), 'setMulticastInterface EINVAL', 'EINVAL');
      sender.send('group', receiver.address().port, GROUP);
    });
  });
}
