'use strict';
// console.table through new Console(): colours, inspectOptions overriding the table's own
// settings, and the check of `properties`. Output is written with JSON.stringify so the
// escape codes are visible. Expected output in table-options.out comes from Node 20.
const { Console } = require('console');

function tableOf(options, data, properties) {
  let out = '';
  const stream = { write(chunk) { out += chunk; return true; } };
  const c = new Console({ stdout: stream, stderr: stream, ignoreErrors: false, ...options });
  if (properties === undefined) c.table(data);
  else c.table(data, properties);
  return out;
}

const data = [{ name: 'a', n: 1, nested: { deep: { deeper: true } } }, { name: 'b', n: 2 }];
process.stdout.write(JSON.stringify(tableOf({ colorMode: true }, data)) + '\n');
process.stdout.write(tableOf({ colorMode: false }, data));
process.stdout.write(tableOf({ colorMode: false, inspectOptions: { depth: 5 } }, data));
process.stdout.write(tableOf({ colorMode: false, inspectOptions: { maxArrayLength: 1 } }, [{ arr: [1, 2, 3] }]));
process.stdout.write(JSON.stringify(tableOf({ colorMode: true }, new Map([['k', 'v']]))) + '\n');
process.stdout.write(JSON.stringify(tableOf({ colorMode: true }, 'primitive')) + '\n');
process.stdout.write(tableOf({ groupIndentation: 4 }, [1]));

// Grouping indents every line of the table.
const lines = [];
const grouped = new Console({ stdout: { write(s) { lines.push(s); return true; } }, colorMode: false, ignoreErrors: false });
grouped.group('group');
grouped.table([{ a: 1 }]);
grouped.groupEnd();
process.stdout.write(lines.join(''));

for (const bad of ['a', 5, {}, null]) {
  try {
    tableOf({}, [{ a: 1 }], bad);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
// `properties` is checked even for primitive data.
try {
  tableOf({}, 'x', 'bad');
} catch (e) {
  console.log(e.code);
}
