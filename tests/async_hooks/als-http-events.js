// AsyncLocalStorage with sockets and emitters: a server's handlers run in the context the
// server was made in, a client's callbacks in the request's; EventEmitter listeners run in
// the emitter's caller context; the store survives await inside handlers.
'use strict';
const assert = require('assert');
const http = require('http');
const EventEmitter = require('events');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const log = [];
const ee = new EventEmitter();
als.run('listener-ctx', () => ee.on('x', () => log.push(['ee', als.getStore()])));
als.run('emit-ctx', () => ee.emit('x'));

let server;
als.run('server-ctx', () => {
  server = http.createServer(async (req, res) => {
    log.push(['handler', als.getStore()]);
    await als.run('req', async () => {
      await new Promise((r) => setTimeout(r, 1));
      log.push(['in run after await', als.getStore()]);
    });
    log.push(['after run', als.getStore()]);
    res.end('ok');
  });
  server.listen(0, '127.0.0.1', () => {
    log.push(['listening', als.getStore()]);
    als.run('client-ctx', () => {
      http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, (res) => {
        log.push(['response', als.getStore()]);
        res.resume();
        res.on('end', () => {
          log.push(['end', als.getStore()]);
          server.close();
        });
      });
    });
  });
});

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    ['ee', 'emit-ctx'],
    ['listening', 'server-ctx'],
    ['handler', 'server-ctx'],
    ['in run after await', 'req'],
    ['after run', 'server-ctx'],
    ['response', 'client-ctx'],
    ['end', 'client-ctx'],
  ]);
});
