// JSON modules need `with { type: 'json' }`; a JS module imported as JSON is refused.
import assert from 'node:assert';
import data from './fixtures/attr.json' with { type: 'json' };

assert.deepStrictEqual(data, { json: true });
await assert.rejects(import('./fixtures/attr.json'), { name: 'TypeError', code: /^ERR_IMPORT_(ATTRIBUTE|ASSERTION)_TYPE_MISSING$|^ERR_IMPORT_ATTRIBUTE_MISSING$/ });
await assert.rejects(import('./fixtures/type-module/mod.js', { with: { type: 'json' } }),
  { name: 'TypeError', code: /^ERR_IMPORT_(ATTRIBUTE_TYPE_INCOMPATIBLE|ASSERTION_TYPE_FAILED)$/ });
console.log('ok');
