'use strict';
// v8.Serializer / Deserializer and their Default* subclasses, byte for byte against Node 20.
const assert = require('assert');
const v8 = require('v8');

const hex = (b) => Buffer.from(b).toString('hex');

// Raw writers and readers.
{
  const s = new v8.Serializer();
  s.writeHeader();
  s.writeUint32(300);
  s.writeUint64(1, 2);
  s.writeDouble(1.5);
  s.writeRawBytes(Buffer.from('ab'));
  assert.strictEqual(s.writeValue({ a: 1 }), true);
  const out = s.releaseBuffer();
  assert.ok(Buffer.isBuffer(out));
  assert.strictEqual(hex(out), 'ff0fac028280808010000000000000f83f61626f220161' + '49027b01');
  assert.strictEqual(s.releaseBuffer().length, 0);

  const d = new v8.Deserializer(out);
  assert.strictEqual(d.buffer, out);
  assert.strictEqual(d.readHeader(), true);
  assert.strictEqual(d.getWireFormatVersion(), 15);
  assert.strictEqual(d.readUint32(), 300);
  assert.deepStrictEqual(d.readUint64(), [1, 2]);
  assert.strictEqual(d.readDouble(), 1.5);
  const raw = d.readRawBytes(2);
  assert.ok(Buffer.isBuffer(raw));
  assert.strictEqual(raw.toString(), 'ab');
  assert.strictEqual(raw.buffer, out.buffer); // a view of the input, not a copy
  assert.deepStrictEqual(d.readValue(), { a: 1 });
  assert.throws(() => d.readUint32(), { name: 'Error', message: 'ReadUint32() failed' });
  assert.throws(() => d.readUint64(), { name: 'Error', message: 'ReadUint64() failed' });
  assert.throws(() => d.readDouble(), { name: 'Error', message: 'ReadDouble() failed' });
  assert.throws(() => d.readRawBytes(1), { name: 'Error', message: 'ReadRawBytes() failed' });
  assert.throws(() => d.readValue(), { name: 'Error', message: 'Unable to deserialize cloned data.' });
}

// Varint edge cases are read the way V8 reads them.
{
  const reads = (h, method, n) => {
    const d = new v8.Deserializer(Buffer.from(h, 'hex'));
    const r = [];
    try {
      for (let i = 0; i < n; i++) r.push(d[method]());
    } catch (e) {
      r.push(e.message);
    }
    return r;
  };
  assert.deepStrictEqual(reads('ffffffffff0102030405', 'readUint32', 4), [4294967295, 1, 2, 3]);
  assert.deepStrictEqual(reads('8080808080808001ff', 'readUint32', 4), [0, 16384, 'ReadUint32() failed']);
  assert.deepStrictEqual(reads('ffffffff7f', 'readUint32', 2), [4294967295, 'ReadUint32() failed']);
  assert.deepStrictEqual(reads('ffffffffffffffffff7f05', 'readUint64', 3),
                         [[4294967295, 4294967295], [0, 5], 'ReadUint64() failed']);
  assert.deepStrictEqual(reads('80808080808080808080800105', 'readUint64', 3), [[0, 0], [0, 128], [0, 5]]);
}

// Without the Default* subclasses typed arrays use V8's own layout: the whole buffer, then
// a view record.
{
  const s = new v8.Serializer();
  s.writeHeader();
  s.writeValue([new Uint16Array([1, 2]).subarray(1), new DataView(new ArrayBuffer(3), 1), 'a', '\u1234']);
  const out = s.releaseBuffer();
  assert.strictEqual(hex(out), 'ff0f410442040100020056570202004203000000563f01020022016163023412240004');
  const d = new v8.Deserializer(out);
  d.readHeader();
  const [u16, dv, a, c] = d.readValue();
  assert.ok(u16 instanceof Uint16Array);
  assert.strictEqual(u16.byteOffset, 2);
  assert.deepStrictEqual([...u16], [2]);
  assert.strictEqual(u16.buffer.byteLength, 4);
  assert.ok(dv instanceof DataView);
  assert.strictEqual(dv.byteOffset, 1);
  assert.strictEqual(dv.byteLength, 2);
  assert.strictEqual(a, 'a');
  assert.strictEqual(c, '\u1234');
}

// transferArrayBuffer: the buffer is written as an id and supplied on the other side.
{
  const ab = new Uint8Array([5, 6]).buffer;
  const s = new v8.Serializer();
  s.writeHeader();
  s.transferArrayBuffer(7, ab);
  s.writeValue({ ab });
  const out = s.releaseBuffer();
  assert.strictEqual(hex(out), 'ff0f6f220261627407' + '7b01');
  const d = new v8.Deserializer(out);
  d.readHeader();
  const other = new ArrayBuffer(1);
  d.transferArrayBuffer(7, other);
  assert.strictEqual(d.readValue().ab, other);
  const d2 = new v8.Deserializer(out);
  d2.readHeader();
  assert.throws(() => d2.readValue(), { message: 'Unable to deserialize cloned data.' });
  assert.throws(() => s.transferArrayBuffer(1, {}),
                { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'arrayBuffer must be an ArrayBuffer' });
  assert.throws(() => d.transferArrayBuffer(1, {}), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'arrayBuffer must be an ArrayBuffer or SharedArrayBuffer',
  });
}

// Host objects: a subclass decides how they are written and read.
{
  class HostSer extends v8.Serializer {
    _writeHostObject(obj) {
      this.writeUint32(obj.length);
      this.writeRawBytes(obj);
    }
  }
  class HostDes extends v8.Deserializer {
    _readHostObject() {
      const n = this.readUint32();
      return { bytes: [...this.readRawBytes(n)] };
    }
  }
  const s = new HostSer();
  s._setTreatArrayBufferViewsAsHostObjects(true);
  s.writeHeader();
  s.writeValue([new Uint8Array([9, 8]), 1]);
  const out = s.releaseBuffer();
  assert.strictEqual(hex(out), 'ff0f41025c02090849022400' + '02');
  const d = new HostDes(out);
  d.readHeader();
  assert.deepStrictEqual(d.readValue(), [{ bytes: [9, 8] }, 1]);
}

// Values that cannot be cloned; the error class comes from _getDataCloneError.
{
  assert.throws(() => v8.serialize(() => {}), { name: 'Error', message: '() => {} could not be cloned.' });
  assert.throws(() => v8.serialize(Symbol('x')), { name: 'Error', message: 'Symbol(x) could not be cloned.' });
  assert.throws(() => v8.serialize({ f: Symbol.iterator }),
                { message: 'Symbol(Symbol.iterator) could not be cloned.' });
  assert.throws(() => v8.serialize(new WeakMap()), { message: '#<WeakMap> could not be cloned.' });
  assert.throws(() => v8.serialize({ s: Object(Symbol()) }), { message: '[object Symbol] could not be cloned.' });
  assert.throws(() => v8.serialize(new SharedArrayBuffer(2)),
                { message: '#<SharedArrayBuffer> could not be cloned.' });
  assert.throws(() => v8.serialize({ get a() { throw new TypeError('g'); } }), { name: 'TypeError', message: 'g' });
  assert.strictEqual(hex(v8.serialize(new ArrayBuffer(2, { maxByteLength: 8 }))), 'ff0f7e02080000');
  assert.strictEqual(hex(v8.serialize([Math, new (class extends Map {})([[1, 1]])])),
                     'ff0f41026f7b003b490249023a02240002');
  {
    const s = new v8.Serializer();
    s._getSharedArrayBufferId = () => 5;
    s.writeValue(new SharedArrayBuffer(1));
    assert.strictEqual(hex(s.releaseBuffer()), '7505');
  }
  assert.throws(() => v8.serialize(new WeakSet()), { message: '#<WeakSet> could not be cloned.' });
  assert.throws(() => v8.serialize(Promise.resolve()), { message: '#<Promise> could not be cloned.' });
  assert.throws(() => v8.serialize([new Proxy({}, {})]), { message: '#<Object> could not be cloned.' });
  assert.throws(() => v8.serialize((function() { return arguments; })()),
                { message: '#<Object> could not be cloned.' });
  class S extends v8.Serializer {}
  const calls = [];
  S.prototype._getDataCloneError = function(message) {
    calls.push([this instanceof S, message]);
    return new RangeError(`custom: ${message}`);
  };
  assert.throws(() => new S().writeValue(new WeakMap()),
                { name: 'RangeError', message: 'custom: #<WeakMap> could not be cloned.' });
  assert.deepStrictEqual(calls, [[true, '#<WeakMap> could not be cloned.']]);
  // A plain Serializer has no _writeHostObject.
  const s = new v8.Serializer();
  s._setTreatArrayBufferViewsAsHostObjects(true);
  assert.throws(() => s.writeValue(new Uint8Array(1)), Error);
}

// Argument checks.
{
  const typeErr = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
  for (const bad of [undefined, 'x', 1, {}, new ArrayBuffer(1)]) {
    assert.throws(() => new v8.Deserializer(bad), typeErr('buffer must be a TypedArray or a DataView'));
    assert.throws(() => v8.deserialize(bad), typeErr('buffer must be a TypedArray or a DataView'));
  }
  assert.throws(() => new v8.Serializer().writeRawBytes('x'),
                typeErr('source must be a TypedArray or a DataView'));
  // Deserializer accepts any view.
  assert.strictEqual(v8.deserialize(new DataView(new Uint8Array([0xff, 0x0f, 0x54]).buffer)), true);
  assert.strictEqual(v8.deserialize(new Uint16Array(new Uint8Array([0xff, 0x0f, 0x54, 0]).buffer)), true);
}

// DefaultSerializer writes views as [index, byteLength, bytes]; Buffer has index 10.
{
  assert.strictEqual(hex(v8.serialize(Buffer.from([1]))), 'ff0f5c0a0101');
  assert.strictEqual(hex(v8.serialize(new BigUint64Array(1))), 'ff0f5c0c080000000000000000');
  assert.ok(new v8.DefaultSerializer() instanceof v8.Serializer);
  assert.ok(new v8.DefaultDeserializer(Buffer.alloc(0)) instanceof v8.Deserializer);
  assert.throws(() => v8.deserialize(Buffer.from('ff0f5c0d0101', 'hex')), TypeError);
  assert.deepStrictEqual(v8.deserialize(Buffer.from('ff0f5c00020102', 'hex')), new Int8Array([1, 2]));
}
