'use strict';
// console.table column widths use display width: East Asian wide characters take two
// columns, combining marks and zero-width characters none.
// Expected output in table-unicode.out comes from Node 20.

console.table([{ name: '日本語', v: 'abc' }, { name: 'ｈｅｌｌｏ', v: '😀😀' }, { name: 'e\u0301', v: 'x' }]);
console.table({ '日本': { '列': 1 }, 'longer key here': { '列': 22222222222 } });
console.table(['한국어', 'Ελληνικά', 'Кириллица', 'עברית', 'zero\u200bwidth']);
console.table([{ ['wide 列 header']: '全角', other: 'ok' }]);
console.table([{ s: 'x'.repeat(40) }, { s: '' }]);
