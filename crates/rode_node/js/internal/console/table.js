'use strict';
// console.table: turns tabular data into Node 20's box-drawing table.
//
// renderTable(data, properties, inspectValue) returns the whole table as one string.
// `inspectValue(v)` formats one cell (the caller picks the inspect options); keys of
// objects and arrays in the '(index)' column are printed as they are, not inspected.

const { getStringWidth } = require('internal/util/inspect');
const { isMap, isSet, isMapIterator, isSetIterator } = require('internal/util/types');

const kIndexKey = '(index)';
const kIterKey = '(iteration index)';
const kKeyKey = 'Key';
const kValuesKey = 'Values';

let previewEntries;
function preview(iterator, pair) {
  previewEntries ??= internalBinding('util').previewEntries;
  return previewEntries(iterator, pair);
}

// Cells are left-aligned and padded with spaces to the widest cell of their column;
// widths are display widths (East Asian wide characters count 2, escapes 0).
function renderRow(row, widths) {
  let out = '│ ';
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(widths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += ' │ ';
  }
  return `${out} │`;
}

// `head`: column titles; `columns`: one (possibly sparse) array of cells per title.
function drawTable(head, columns) {
  const widths = head.map((title) => getStringWidth(title));
  let rowCount = 0;
  for (const column of columns) if (column.length > rowCount) rowCount = column.length;
  const rows = [];
  for (let j = 0; j < rowCount; j++) rows.push(new Array(head.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < rowCount; j++) {
      const cell = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = cell;
      const width = getStringWidth(cell);
      if (width > widths[i]) widths[i] = width;
    }
  }
  const rules = widths.map((w) => '─'.repeat(w + 2));
  let out = `┌${rules.join('┬')}┐\n${renderRow(head, widths)}\n├${rules.join('┼')}┤\n`;
  for (const row of rows) out += `${renderRow(row, widths)}\n`;
  return `${out}└${rules.join('┴')}┘`;
}

function indexColumn(length, inspectValue) {
  const column = new Array(length);
  for (let i = 0; i < length; i++) column[i] = inspectValue(i);
  return column;
}

function renderTable(data, properties, inspectValue) {
  const mapIter = isMapIterator(data);
  let isKeyValue = false;
  if (mapIter) {
    const res = preview(data, true);
    data = res[0];
    isKeyValue = res[1];
  }

  // Maps, and iterators over a map's entries: index, key and value columns.
  if (isKeyValue || isMap(data)) {
    const keys = [];
    const values = [];
    if (mapIter) {
      for (let i = 0; i + 1 < data.length; i += 2) {
        keys.push(inspectValue(data[i]));
        values.push(inspectValue(data[i + 1]));
      }
    } else {
      for (const { 0: k, 1: v } of data) {
        keys.push(inspectValue(k));
        values.push(inspectValue(v));
      }
    }
    return drawTable([kIterKey, kKeyKey, kValuesKey],
      [indexColumn(keys.length, inspectValue), keys, values]);
  }

  // Sets and other iterators: index and value columns.
  const setIter = isSetIterator(data);
  if (setIter) data = preview(data, false);
  if (setIter || mapIter || isSet(data)) {
    const values = [];
    for (const v of data) values.push(inspectValue(v));
    return drawTable([kIterKey, kValuesKey], [indexColumn(values.length, inspectValue), values]);
  }

  // Objects and arrays: a row per own enumerable key, a column per key of the rows
  // (or per entry of `properties`), then 'Values' for rows that are primitives.
  const columnsByKey = { __proto__: null };
  let hasPrimitives = false;
  const primitiveColumn = [];
  const rowKeys = Object.keys(data);
  for (let i = 0; i < rowKeys.length; i++) {
    const item = data[rowKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveColumn[i] = inspectValue(item);
      continue;
    }
    const keys = properties || Object.keys(item);
    for (const key of keys) {
      const column = columnsByKey[key] ??= [];
      if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
        column[i] = '';
      } else {
        column[i] = inspectValue(item[key]);
      }
    }
  }
  const head = Object.keys(columnsByKey);
  const columns = Object.values(columnsByKey);
  if (hasPrimitives) {
    head.push(kValuesKey);
    columns.push(primitiveColumn);
  }
  head.unshift(kIndexKey);
  columns.unshift(rowKeys);
  return drawTable(head, columns);
}

module.exports = { renderTable };
