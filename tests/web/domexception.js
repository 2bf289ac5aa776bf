'use strict';
// DOMException (WebIDL) as Node has it.
const assert = require('assert');
const util = require('util');

{
  const e = new DOMException('msg', 'AbortError');
  assert.strictEqual(e.name, 'AbortError');
  assert.strictEqual(e.message, 'msg');
  assert.strictEqual(e.code, 20);
  assert.ok(e instanceof DOMException);
  assert.ok(e instanceof Error);
  assert.strictEqual(Object.getPrototypeOf(DOMException.prototype), Error.prototype);
  assert.strictEqual(String(e), 'AbortError: msg');
  assert.strictEqual(Object.prototype.toString.call(e), '[object DOMException]');
  assert.deepStrictEqual(Object.keys(e), []);
  assert.strictEqual(typeof e.stack, 'string');
  assert.match(e.stack, /^AbortError: msg\n {4}at /);
  const desc = Object.getOwnPropertyDescriptor(e, 'stack');
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(util.types.isNativeError(e), false);
}

// Defaults
{
  const e = new DOMException();
  assert.strictEqual(e.name, 'Error');
  assert.strictEqual(e.message, '');
  assert.strictEqual(e.code, 0);
  assert.strictEqual(new DOMException('m').name, 'Error');
  assert.strictEqual(new DOMException('x', null).name, 'null');
  assert.strictEqual(new DOMException('x', undefined).name, 'Error');
  assert.strictEqual(new DOMException(42, 7).message, '42');
  assert.strictEqual(new DOMException(42, 7).name, '7');
}

// An options object: name and cause.
{
  const e = new DOMException('x', { name: 'NotFoundError', cause: 'why' });
  assert.strictEqual(e.name, 'NotFoundError');
  assert.strictEqual(e.code, 8);
  assert.strictEqual(e.cause, 'why');
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(e, 'cause'),
                         { value: 'why', writable: true, enumerable: false, configurable: true });
  assert.strictEqual('cause' in new DOMException('x', { name: 'X' }), false);
  assert.strictEqual(new DOMException('x', {}).name, 'undefined');
}

// The legacy code table.
{
  const table = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4,
    InvalidCharacterError: 5, NoModificationAllowedError: 7, NotFoundError: 8,
    NotSupportedError: 9, InUseAttributeError: 10, InvalidStateError: 11, SyntaxError: 12,
    InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
    URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24,
    DataCloneError: 25,
    // Names without a legacy code:
    DOMStringSizeError: 0, NoDataAllowedError: 0, ValidationError: 0, EncodingError: 0,
    NotReadableError: 0, OperationError: 0, Custom: 0,
  };
  for (const [name, code] of Object.entries(table)) {
    assert.strictEqual(new DOMException('', name).code, code, name);
  }
  const constants = {
    INDEX_SIZE_ERR: 1, DOMSTRING_SIZE_ERR: 2, HIERARCHY_REQUEST_ERR: 3, WRONG_DOCUMENT_ERR: 4,
    INVALID_CHARACTER_ERR: 5, NO_DATA_ALLOWED_ERR: 6, NO_MODIFICATION_ALLOWED_ERR: 7,
    NOT_FOUND_ERR: 8, NOT_SUPPORTED_ERR: 9, INUSE_ATTRIBUTE_ERR: 10, INVALID_STATE_ERR: 11,
    SYNTAX_ERR: 12, INVALID_MODIFICATION_ERR: 13, NAMESPACE_ERR: 14, INVALID_ACCESS_ERR: 15,
    VALIDATION_ERR: 16, TYPE_MISMATCH_ERR: 17, SECURITY_ERR: 18, NETWORK_ERR: 19,
    ABORT_ERR: 20, URL_MISMATCH_ERR: 21, QUOTA_EXCEEDED_ERR: 22, TIMEOUT_ERR: 23,
    INVALID_NODE_TYPE_ERR: 24, DATA_CLONE_ERR: 25,
  };
  for (const [name, value] of Object.entries(constants)) {
    for (const target of [DOMException, DOMException.prototype]) {
      assert.deepStrictEqual(Object.getOwnPropertyDescriptor(target, name),
                             { value, writable: false, enumerable: true, configurable: false }, name);
    }
  }
  assert.strictEqual(new DOMException('').ABORT_ERR, 20);
}

// Shape of the class
{
  assert.strictEqual(DOMException.length, 0);
  for (const name of ['name', 'message', 'code']) {
    const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, name);
    assert.strictEqual(typeof desc.get, 'function');
    assert.strictEqual(desc.set, undefined);
    assert.strictEqual(desc.enumerable, true);
    assert.strictEqual(desc.configurable, true);
    assert.throws(() => desc.get.call({}), {
      name: 'TypeError',
      code: 'ERR_INVALID_THIS',
      message: 'Value of "this" must be of DOMException',
    });
    assert.throws(() => desc.get.call(new Error()), { code: 'ERR_INVALID_THIS' });
  }
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag),
                         { value: 'DOMException', writable: false, enumerable: false, configurable: true });
  assert.throws(() => DOMException('x'), TypeError);
  class MyException extends DOMException {}
  const m = new MyException('m', 'SyntaxError');
  assert.strictEqual(m.code, 12);
  assert.ok(m instanceof DOMException);
}

// util.inspect prints it as an error with the name in brackets (for names ending in Error).
{
  const lines = (v) => util.inspect(v).split('\n');
  assert.strictEqual(lines(new DOMException('m', 'AbortError'))[0], 'DOMException [AbortError]: m');
  assert.strictEqual(lines(new DOMException('m'))[0], 'DOMException [Error]: m');
  assert.strictEqual(lines(new DOMException('', 'AbortError'))[0], 'DOMException [AbortError]');
  assert.strictEqual(lines(new DOMException('m', 'NotFound'))[0], 'NotFound: m');
  assert.match(lines(new DOMException('m', 'AbortError'))[1], /^ {4}at /);
  const withCause = util.inspect(new DOMException('m', { name: 'DataCloneError', cause: 1 }));
  assert.match(withCause, /^DOMException \[DataCloneError\]: m\n/);
  assert.match(withCause, /\{\n {2}\[cause\]: 1\n\}$/);
}

console.log('ok');
