'use strict';
// fetch() (WHATWG Fetch, as Node 20's undici behaves server-side) over node:http: http:
// and https: URLs through keep-alive http/https Agents, data: and blob: URLs in memory.

const { Request, requestState } = require('internal/fetch/request');
const { createResponse } = require('internal/fetch/response');
const { headersList, rawAppend } = require('internal/fetch/headers');
const { kBody, bodyStream, isUnusable } = require('internal/fetch/body');

const BAD_PORTS = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77,
  79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161,
  179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601,
  636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 5060, 5061, 6000, 6566, 6665, 6666,
  6667, 6668, 6669, 6697, 10080]);
const REDIRECT = new Set([301, 302, 303, 307, 308]);
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

let agent;
let tlsAgent;
function fetchAgent(https) {
  if (https) {
    tlsAgent ??= new (require('https').Agent)({ keepAlive: true, keepAliveMsecs: 4000 });
    return tlsAgent;
  }
  if (agent === undefined) {
    const { Agent } = require('http');
    agent = new Agent({ keepAlive: true, keepAliveMsecs: 4000 });
  }
  return agent;
}

function networkError(cause) {
  return new TypeError('fetch failed', { cause });
}

function abortReason(signal) {
  return signal.reason !== undefined ? signal.reason :
    new DOMException('This operation was aborted', 'AbortError');
}

function fetch(input, init = undefined) {
  let request;
  try {
    if (arguments.length < 1) {
      throw new TypeError("Failed to execute 'fetch' on 'Window': 1 argument required, but only 0 present.");
    }
    request = new Request(input, init);
  } catch (err) {
    return Promise.reject(err);
  }
  const state = requestState(request);
  const signal = request.parentSignal ?? null;
  if (signal !== null && signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve, reject) => {
    const ctx = {
      request, state, signal, resolve, reject, settled: false, req: null, body: null,
      urlList: [state.urlList[0]], method: state.method, bodyRec: request[kBody],
      headers: headersList(request.headers), redirects: 0, onAbort: null,
    };
    if (ctx.bodyRec !== null) {
      if (isUnusable(ctx.bodyRec)) {
        reject(new TypeError('Body is unusable: Body has already been read'));
        return;
      }
    }
    if (signal !== null) {
      ctx.onAbort = () => {
        const reason = abortReason(signal);
        if (!ctx.settled) {
          ctx.settled = true;
          reject(reason);
        }
        if (ctx.req !== null) ctx.req.destroy();
        if (ctx.body !== null && !ctx.body.destroyed) ctx.body.destroy(reason);
      };
      signal.addEventListener('abort', ctx.onAbort, { once: true });
    }
    mainFetch(ctx);
  });
}

function fail(ctx, err) {
  if (ctx.settled) return;
  ctx.settled = true;
  if (ctx.onAbort !== null) ctx.signal.removeEventListener('abort', ctx.onAbort);
  ctx.reject(err);
}

function succeed(ctx, response) {
  if (ctx.settled) return;
  ctx.settled = true;
  ctx.resolve(response);
}

function mainFetch(ctx) {
  const url = ctx.urlList[ctx.urlList.length - 1];
  if ((url.protocol === 'http:' || url.protocol === 'https:') && url.port !== '' &&
      BAD_PORTS.has(Number(url.port))) {
    fail(ctx, networkError(new Error('bad port')));
    return;
  }
  switch (url.protocol) {
    case 'http:':
      httpFetch(ctx, url);
      return;
    case 'https:':
      httpFetch(ctx, url);
      return;
    case 'data:':
      dataFetch(ctx, url);
      return;
    case 'blob:':
      blobFetch(ctx, url);
      return;
    case 'about:':
      fail(ctx, networkError(new Error('about scheme is not supported')));
      return;
    case 'file:':
      fail(ctx, networkError(new Error('not implemented... yet...')));
      return;
    default:
      fail(ctx, networkError(new Error('unknown scheme')));
  }
}

function bytesBody(bytes) {
  return { source: bytes, stream: null, node: null, length: bytes.length, used: false };
}

function dataFetch(ctx, url) {
  const href = url.href;
  const comma = href.indexOf(',', 5);
  if (comma === -1) {
    fail(ctx, networkError(new Error('failed to fetch the data URL')));
    return;
  }
  let mime = href.slice(5, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  let data = href.slice(comma + 1);
  const hash = data.indexOf('#');
  if (hash !== -1) data = data.slice(0, hash);
  let bytes = Buffer.from(decodeURIComponentBytes(data), 'latin1');
  const b64 = /;[\u0020]*base64$/i.exec(mime);
  if (b64 !== null) {
    mime = mime.slice(0, b64.index);
    const s = bytes.toString('latin1').replace(/[\t\n\f\r ]/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || (s.replace(/=+$/, '').length % 4 === 1)) {
      fail(ctx, networkError(new Error('failed to fetch the data URL')));
      return;
    }
    bytes = Buffer.from(s, 'base64');
  }
  if (mime.startsWith(';')) mime = `text/plain${mime}`;
  if (mime === '') mime = 'text/plain;charset=US-ASCII';
  const response = createResponse(200, 'OK', ctx.urlList,
    bytesBody(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length)));
  rawAppend(response.headers, 'content-type', serializeMime(mime));
  succeed(ctx, response);
}

// type/subtype and parameter names lower-cased, values kept.
function serializeMime(mime) {
  const parts = mime.split(';').map((p) => p.trim()).filter((p) => p !== '');
  let out = parts[0].toLowerCase();
  for (const p of parts.slice(1)) {
    const eq = p.indexOf('=');
    if (eq === -1) continue;
    out += `;${p.slice(0, eq).trim().toLowerCase()}=${p.slice(eq + 1).trim()}`;
  }
  return out;
}

function decodeURIComponentBytes(s) {
  return s.replace(/%([0-9A-Fa-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

function blobFetch(ctx, url) {
  if (ctx.method !== 'GET') {
    fail(ctx, networkError(new Error('invalid method')));
    return;
  }
  const { resolveObjectURL } = require('internal/buffer_blob');
  const blob = resolveObjectURL(url.href);
  if (blob === undefined) {
    fail(ctx, networkError(new Error('invalid method')));
    return;
  }
  blob.arrayBuffer().then((ab) => {
    const response = createResponse(200, 'OK', ctx.urlList, bytesBody(new Uint8Array(ab)));
    rawAppend(response.headers, 'content-length', `${ab.byteLength}`);
    rawAppend(response.headers, 'content-type', blob.type);
    succeed(ctx, response);
  }, (err) => fail(ctx, networkError(err)));
}

function httpFetch(ctx, url) {
  const https = url.protocol === 'https:';
  const http = require(https ? 'https' : 'http');
  const headers = { host: url.host, connection: 'keep-alive' };
  for (const [key, e] of ctx.headers) {
    if (e.cookies !== null) headers[key] = e.cookies.slice();
    else headers[key] = e.value;
  }
  const rec = ctx.bodyRec;
  if (rec !== null && rec.length !== null && headers['content-length'] === undefined) {
    headers['content-length'] = `${rec.length}`;
  } else if (rec === null && (ctx.method === 'POST' || ctx.method === 'PUT')) {
    headers['content-length'] = '0';
  }
  headers.accept ??= '*/*';
  headers['accept-language'] ??= '*';
  headers['sec-fetch-mode'] ??= 'cors';
  headers['user-agent'] ??= 'node';
  headers['accept-encoding'] ??= 'gzip, deflate';
  if (rec !== null && rec.length === null) headers['transfer-encoding'] = 'chunked';
  let req;
  try {
    req = http.request({
      agent: fetchAgent(https),
      method: ctx.method,
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port || (https ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      headers,
    });
  } catch (err) {
    fail(ctx, networkError(err));
    return;
  }
  ctx.req = req;
  req.on('error', (err) => {
    if (ctx.signal?.aborted) return;
    fail(ctx, networkError(err));
  });
  req.on('response', (res) => onResponse(ctx, url, req, res));
  if (rec === null) {
    req.end();
  } else if (rec.stream === null && rec.node === null) {
    req.end(Buffer.from(rec.source.buffer, rec.source.byteOffset, rec.source.length));
    rec.used = true;
  } else {
    writeStreamBody(ctx, req, bodyStream(rec));
  }
}

// Streams a request body (chunked) with backpressure.
async function writeStreamBody(ctx, req, stream) {
  let reader;
  try {
    reader = stream.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
      if (req.destroyed) return;
      if (!req.write(Buffer.from(value.buffer, value.byteOffset, value.byteLength))) {
        await new Promise((resolve) => {
          const done2 = () => { req.off('drain', done2); req.off('close', done2); resolve(); };
          req.on('drain', done2);
          req.on('close', done2);
        });
      }
    }
    req.end();
  } catch (err) {
    req.destroy();
    fail(ctx, networkError(err));
  }
}

function onResponse(ctx, url, req, res) {
  if (ctx.settled) {
    res.destroy();
    return;
  }
  const status = res.statusCode;
  const location = res.headers.location;
  const mode = ctx.state.redirect;
  if (REDIRECT.has(status) && location !== undefined && mode !== 'manual') {
    res.resume();
    if (mode === 'error') {
      fail(ctx, networkError(new Error('unexpected redirect')));
      return;
    }
    let next;
    try {
      next = new URL(location, url);
    } catch (err) {
      fail(ctx, networkError(err));
      return;
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      fail(ctx, networkError(new Error('URL scheme must be a HTTP(S) scheme')));
      return;
    }
    if (ctx.redirects >= 20) {
      fail(ctx, networkError(new Error('redirect count exceeded')));
      return;
    }
    ctx.redirects++;
    if (next.username !== '' || next.password !== '') {
      fail(ctx, networkError(new Error('cross origin not allowed for request mode "cors"')));
      return;
    }
    const rec = ctx.bodyRec;
    if (status !== 303 && rec !== null && rec.source === null) {
      fail(ctx, networkError(new Error('Cannot follow redirect with body being a readable stream')));
      return;
    }
    if (((status === 301 || status === 302) && ctx.method === 'POST') ||
        (status === 303 && ctx.method !== 'GET' && ctx.method !== 'HEAD')) {
      ctx.method = 'GET';
      ctx.bodyRec = null;
      const h = new Map(ctx.headers);
      for (const name of ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']) {
        h.delete(name);
      }
      ctx.headers = h;
    } else if (rec !== null) {
      ctx.bodyRec = { ...rec, used: false };
    }
    if (next.origin !== url.origin) {
      const h = new Map(ctx.headers);
      for (const name of ['authorization', 'proxy-authorization', 'cookie', 'host']) h.delete(name);
      ctx.headers = h;
    }
    ctx.urlList.push(next);
    mainFetch(ctx);
    return;
  }
  let node = res;
  const noBody = ctx.method === 'HEAD' || ctx.method === 'CONNECT' || NULL_BODY.has(status);
  const coding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (!noBody && coding !== '' && !REDIRECT.has(status)) {
    const zlib = require('zlib');
    const opts = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    let dec = null;
    if (coding === 'gzip' || coding === 'x-gzip') dec = zlib.createGunzip(opts);
    else if (coding === 'deflate') dec = zlib.createInflate(opts);
    else if (coding === 'br') {
      dec = zlib.createBrotliDecompress({
        flush: zlib.constants.BROTLI_OPERATION_FLUSH,
        finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
      });
    }
    if (dec !== null) {
      res.on('error', (err) => dec.destroy(err));
      res.pipe(dec);
      node = dec;
    }
  }
  ctx.body = node;
  node.on('error', () => {}); // surfaced through the body stream / consumer
  const bodyRec = noBody ? null : { source: null, stream: null, node, length: null, used: false };
  if (noBody) res.resume();
  const response = createResponse(status, res.statusMessage ?? '', ctx.urlList, bodyRec);
  const raw = res.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) rawAppend(response.headers, raw[i].toLowerCase(), raw[i + 1]);
  if (ctx.onAbort !== null) {
    const signal = ctx.signal;
    const onAbort = ctx.onAbort;
    node.once('close', () => signal.removeEventListener('abort', onAbort));
  }
  succeed(ctx, response);
}

Object.defineProperty(fetch, 'name', { value: 'fetch' });

module.exports = { fetch };
