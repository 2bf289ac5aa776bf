'use strict';
// util.parseArgs: option kinds, short groups, values, defaults, multiple, positionals,
// '--', tokens, allowNegative, strict-mode errors and configuration errors.
// Expected results come from Node 20.
const assert = require('assert');
const { parseArgs } = require('util');

const cases = [
  { config: { args: [] }, expect: { values: [], positionals: [] } },
  {
    config: { args: [ '--foo' ], options: { foo: { type: 'boolean' } } },
    expect: { values: [ [ 'foo', true ] ], positionals: [] }
  },
  {
    config: { args: [ '-f' ], options: { foo: { type: 'boolean', short: 'f' } } },
    expect: { values: [ [ 'foo', true ] ], positionals: [] }
  },
  {
    config: { args: [ '--name', 'value' ], options: { name: { type: 'string' } } },
    expect: { values: [ [ 'name', 'value' ] ], positionals: [] }
  },
  {
    config: { args: [ '--name=value' ], options: { name: { type: 'string' } } },
    expect: { values: [ [ 'name', 'value' ] ], positionals: [] }
  },
  {
    config: { args: [ '--name=' ], options: { name: { type: 'string' } } },
    expect: { values: [ [ 'name', '' ] ], positionals: [] }
  },
  {
    config: { args: [ '--name=a=b' ], options: { name: { type: 'string' } } },
    expect: { values: [ [ 'name', 'a=b' ] ], positionals: [] }
  },
  {
    config: { args: [ '-n', 'value' ], options: { name: { type: 'string', short: 'n' } } },
    expect: { values: [ [ 'name', 'value' ] ], positionals: [] }
  },
  {
    config: { args: [ '-nvalue' ], options: { name: { type: 'string', short: 'n' } } },
    expect: { values: [ [ 'name', 'value' ] ], positionals: [] }
  },
  {
    config: {
      args: [ '-abc' ],
      options: {
        a: { type: 'boolean', short: 'a' },
        b: { type: 'boolean', short: 'b' },
        c: { type: 'boolean', short: 'c' }
      }
    },
    expect: { values: [ [ 'a', true ], [ 'b', true ], [ 'c', true ] ], positionals: [] }
  },
  {
    config: {
      args: [ '-abf', 'file' ],
      options: {
        a: { type: 'boolean', short: 'a' },
        b: { type: 'boolean', short: 'b' },
        file: { type: 'string', short: 'f' }
      },
      tokens: true
    },
    expect: {
      values: [ [ 'a', true ], [ 'b', true ], [ 'file', 'file' ] ],
      positionals: [],
      tokens: [
        {
          kind: 'option',
          name: 'a',
          rawName: '-a',
          index: 0,
          value: undefined,
          inlineValue: undefined
        },
        {
          kind: 'option',
          name: 'b',
          rawName: '-b',
          index: 0,
          value: undefined,
          inlineValue: undefined
        },
        {
          kind: 'option',
          name: 'file',
          rawName: '-f',
          index: 0,
          value: 'file',
          inlineValue: false
        }
      ]
    }
  },
  {
    config: {
      args: [ '-afFILE', 'pos' ],
      options: { a: { type: 'boolean', short: 'a' }, file: { type: 'string', short: 'f' } },
      allowPositionals: true,
      tokens: true
    },
    expect: {
      values: [ [ 'a', true ], [ 'file', 'FILE' ] ],
      positionals: [ 'pos' ],
      tokens: [
        {
          kind: 'option',
          name: 'a',
          rawName: '-a',
          index: 0,
          value: undefined,
          inlineValue: undefined
        },
        {
          kind: 'option',
          name: 'file',
          rawName: '-f',
          index: 0,
          value: 'FILE',
          inlineValue: true
        },
        { kind: 'positional', index: 1, value: 'pos' }
      ]
    }
  },
  {
    config: {
      args: [ '--list', 'a', '--list', 'b', '-l', 'c' ],
      options: { list: { type: 'string', short: 'l', multiple: true } }
    },
    expect: {
      values: [ [ 'list', [ 'a', 'b', 'c' ] ] ],
      positionals: []
    }
  },
  {
    config: {
      args: [ '-v', '-v', '-vv' ],
      options: { verbose: { type: 'boolean', short: 'v', multiple: true } }
    },
    expect: {
      values: [ [ 'verbose', [ true, true, true, true ] ] ],
      positionals: []
    }
  },
  {
    config: {
      args: [],
      options: {
        s: { type: 'string', default: 'dflt' },
        b: { type: 'boolean', default: false },
        m: { type: 'string', multiple: true, default: [ 'x', 'y' ] }
      }
    },
    expect: {
      values: [ [ 's', 'dflt' ], [ 'b', false ], [ 'm', [ 'x', 'y' ] ] ],
      positionals: []
    }
  },
  {
    config: {
      args: [ '--s', 'given' ],
      options: {
        s: { type: 'string', default: 'dflt' },
        m: { type: 'boolean', multiple: true, default: [ true ] }
      }
    },
    expect: {
      values: [ [ 's', 'given' ], [ 'm', [ true ] ] ],
      positionals: []
    }
  },
  {
    config: { args: [ 'one', 'two' ], allowPositionals: true },
    expect: { values: [], positionals: [ 'one', 'two' ] }
  },
  {
    config: { args: [ 'one' ], strict: false },
    expect: { values: [], positionals: [ 'one' ] }
  },
  {
    config: { args: [ 'one' ] },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
      message: "Unexpected argument 'one'. This command does not take positional arguments"
    }
  },
  {
    config: { args: [ 'one' ], strict: false, allowPositionals: false },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
      message: "Unexpected argument 'one'. This command does not take positional arguments"
    }
  },
  {
    config: {
      args: [ '--', '--foo', '-f', 'x' ],
      options: { foo: { type: 'boolean' } },
      allowPositionals: true,
      tokens: true
    },
    expect: {
      values: [],
      positionals: [ '--foo', '-f', 'x' ],
      tokens: [
        { kind: 'option-terminator', index: 0 },
        { kind: 'positional', index: 1, value: '--foo' },
        { kind: 'positional', index: 2, value: '-f' },
        { kind: 'positional', index: 3, value: 'x' }
      ]
    }
  },
  {
    config: { args: [ 'a', '--', 'b' ], allowPositionals: true, tokens: true },
    expect: {
      values: [],
      positionals: [ 'a', 'b' ],
      tokens: [
        { kind: 'positional', index: 0, value: 'a' },
        { kind: 'option-terminator', index: 1 },
        { kind: 'positional', index: 2, value: 'b' }
      ]
    }
  },
  {
    config: { args: [ '-' ], allowPositionals: true, tokens: true },
    expect: {
      values: [],
      positionals: [ '-' ],
      tokens: [ { kind: 'positional', index: 0, value: '-' } ]
    }
  },
  {
    config: { args: [ '--unknown' ] },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
      message: "Unknown option '--unknown'"
    }
  },
  {
    config: { args: [ '--unknown' ], allowPositionals: true },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
      message: `Unknown option '--unknown'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--unknown"`
    }
  },
  {
    config: { args: [ '-u' ] },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
      message: "Unknown option '-u'"
    }
  },
  {
    config: { args: [ '-xy' ] },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
      message: "Unknown option '-x'"
    }
  },
  {
    config: { args: [ '--unknown', 'v', '-u', '--str=1' ], strict: false, tokens: true },
    expect: {
      values: [ [ 'unknown', true ], [ 'u', true ], [ 'str', '1' ] ],
      positionals: [ 'v' ],
      tokens: [
        {
          kind: 'option',
          name: 'unknown',
          rawName: '--unknown',
          index: 0,
          value: undefined,
          inlineValue: undefined
        },
        { kind: 'positional', index: 1, value: 'v' },
        {
          kind: 'option',
          name: 'u',
          rawName: '-u',
          index: 2,
          value: undefined,
          inlineValue: undefined
        },
        {
          kind: 'option',
          name: 'str',
          rawName: '--str',
          index: 3,
          value: '1',
          inlineValue: true
        }
      ]
    }
  },
  {
    config: { args: [ '--foo=bar' ], options: { foo: { type: 'boolean' } } },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      message: "Option '--foo' does not take an argument"
    }
  },
  {
    config: { args: [ '--foo=bar' ], options: { foo: { type: 'boolean', short: 'f' } } },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      message: "Option '-f, --foo' does not take an argument"
    }
  },
  {
    config: { args: [ '--name' ], options: { name: { type: 'string' } } },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      message: "Option '--name <value>' argument missing"
    }
  },
  {
    config: { args: [ '-n' ], options: { name: { type: 'string', short: 'n' } } },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      message: "Option '-n, --name <value>' argument missing"
    }
  },
  {
    config: {
      args: [ '--name', '--other' ],
      options: { name: { type: 'string' }, other: { type: 'boolean' } }
    },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      message: "Option '--name' argument is ambiguous.\n" +
        "Did you forget to specify the option argument for '--name'?\n" +
        "To specify an option argument starting with a dash use '--name=-XYZ'."
    }
  },
  {
    config: {
      args: [ '-n', '-o' ],
      options: { name: { type: 'string', short: 'n' }, o: { type: 'boolean', short: 'o' } }
    },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      message: "Option '-n' argument is ambiguous.\n" +
        "Did you forget to specify the option argument for '-n'?\n" +
        "To specify an option argument starting with a dash use '--name=-XYZ' or '-n-XYZ'."
    }
  },
  {
    config: { args: [ '--name', '-' ], options: { name: { type: 'string' } } },
    expect: { values: [ [ 'name', '-' ] ], positionals: [] }
  },
  {
    config: { args: [ '--name=-x' ], options: { name: { type: 'string' } } },
    expect: { values: [ [ 'name', '-x' ] ], positionals: [] }
  },
  {
    config: { args: [ '--name', '--other' ], options: { name: { type: 'string' } }, strict: false },
    expect: { values: [ [ 'name', '--other' ] ], positionals: [] }
  },
  {
    config: {
      args: [ '--no-color' ],
      options: { color: { type: 'boolean' } },
      allowNegative: true
    },
    expect: { values: [ [ 'color', false ] ], positionals: [] }
  },
  {
    config: {
      args: [ '--color', '--no-color' ],
      options: { color: { type: 'boolean' } },
      allowNegative: true,
      tokens: true
    },
    expect: {
      values: [ [ 'color', false ] ],
      positionals: [],
      tokens: [
        {
          kind: 'option',
          name: 'color',
          rawName: '--color',
          index: 0,
          value: undefined,
          inlineValue: undefined
        },
        {
          kind: 'option',
          name: 'color',
          rawName: '--no-color',
          index: 1,
          value: undefined,
          inlineValue: undefined
        }
      ]
    }
  },
  {
    config: { args: [ '--no-color' ], options: { color: { type: 'boolean' } } },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
      message: "Unknown option '--no-color'"
    }
  },
  {
    config: { args: [ '--no-name' ], options: { name: { type: 'string' } }, allowNegative: true },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
      message: "Unknown option '--no-name'"
    }
  },
  {
    config: {
      args: [ '--no-name=x' ],
      options: { name: { type: 'boolean' } },
      allowNegative: true
    },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
      message: "Option '--name' does not take an argument"
    }
  },
  {
    config: {
      args: [ '--no-v', '--v' ],
      options: { v: { type: 'boolean', multiple: true } },
      allowNegative: true
    },
    expect: {
      values: [ [ 'v', [ false, true ] ] ],
      positionals: []
    }
  },
  {
    config: { args: [ '--no-thing' ], strict: false, allowNegative: true },
    expect: { values: [ [ 'thing', false ] ], positionals: [] }
  },
  {
    config: { args: [ '--__proto__', '--constructor' ], strict: false },
    expect: { values: [ [ 'constructor', true ] ], positionals: [] }
  },
  {
    config: { args: [ '--toString' ], options: { foo: { type: 'boolean' } } },
    error: {
      name: 'TypeError',
      code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
      message: "Unknown option '--toString'"
    }
  },
  {
    config: { args: [ '---' ], strict: false, tokens: true },
    expect: {
      values: [ [ '-', true ] ],
      positionals: [],
      tokens: [
        {
          kind: 'option',
          name: '-',
          rawName: '---',
          index: 0,
          value: undefined,
          inlineValue: undefined
        }
      ]
    }
  },
  {
    config: { args: [ '--=x' ], strict: false, tokens: true },
    expect: {
      values: [ [ '=x', true ] ],
      positionals: [],
      tokens: [
        {
          kind: 'option',
          name: '=x',
          rawName: '--=x',
          index: 0,
          value: undefined,
          inlineValue: undefined
        }
      ]
    }
  },
  {
    config: { args: [ '--=x=y' ], strict: false, tokens: true },
    expect: {
      values: [ [ '', 'x=y' ] ],
      positionals: [],
      tokens: [
        {
          kind: 'option',
          name: '',
          rawName: '--',
          index: 0,
          value: 'x=y',
          inlineValue: true
        }
      ]
    }
  },
  {
    config: {
      args: [ '-f', 'x' ],
      options: { foo: { type: 'boolean', short: 'f' } },
      strict: false,
      tokens: true
    },
    expect: {
      values: [ [ 'foo', true ] ],
      positionals: [ 'x' ],
      tokens: [
        {
          kind: 'option',
          name: 'foo',
          rawName: '-f',
          index: 0,
          value: undefined,
          inlineValue: undefined
        },
        { kind: 'positional', index: 1, value: 'x' }
      ]
    }
  },
  {
    config: { args: 'not an array' },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "args" argument must be an instance of Array. Received type string ('not an array')`
    }
  },
  {
    config: { args: [], strict: 'yes' },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "strict" argument must be of type boolean. Received type string ('yes')`
    }
  },
  {
    config: { args: [], allowPositionals: 1 },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "allowPositionals" argument must be of type boolean. Received type number (1)'
    }
  },
  { config: { args: [], tokens: null }, expect: { values: [], positionals: [] } },
  {
    config: { args: [], allowNegative: 'no' },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "allowNegative" argument must be of type boolean. Received type string ('no')`
    }
  },
  {
    config: { args: [], options: [] },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options" argument must be of type object. Received an instance of Array'
    }
  },
  {
    config: { args: [], options: 'x' },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "options" argument must be of type object. Received type string ('x')`
    }
  },
  {
    config: { args: [], options: { foo: true } },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.foo" property must be of type object. Received type boolean (true)'
    }
  },
  {
    config: { args: [], options: { foo: {} } },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "options.foo.type" property must be ('string|boolean'). Received undefined`
    }
  },
  {
    config: { args: [], options: { foo: { type: 'number' } } },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "options.foo.type" property must be ('string|boolean'). Received type string ('number')`
    }
  },
  {
    config: { args: [], options: { foo: { type: 'string', short: 'ff' } } },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_VALUE',
      message: "The property 'options.foo.short' must be a single character. Received 'ff'"
    }
  },
  {
    config: { args: [], options: { foo: { type: 'string', short: '' } } },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_VALUE',
      message: "The property 'options.foo.short' must be a single character. Received ''"
    }
  },
  {
    config: { args: [], options: { foo: { type: 'string', short: 1 } } },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.foo.short" property must be of type string. Received type number (1)'
    }
  },
  {
    config: { args: [], options: { foo: { type: 'string', multiple: 'yes' } } },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "options.foo.multiple" property must be of type boolean. Received type string ('yes')`
    }
  },
  {
    config: { args: [], options: { foo: { type: 'string', default: 1 } } },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.foo.default" property must be of type string. Received type number (1)'
    }
  },
  {
    config: { args: [], options: { foo: { type: 'string', multiple: true, default: 'x' } } },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "options.foo.default" property must be an instance of Array. Received type string ('x')`
    }
  },
  {
    config: {
      args: [],
      options: { foo: { type: 'string', multiple: true, default: [ 'x', 2 ] } }
    },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.foo.default[1]" property must be of type string. Received type number (2)'
    }
  },
  {
    config: { args: [], options: { foo: { type: 'boolean', default: 'true' } } },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "options.foo.default" property must be of type boolean. Received type string ('true')`
    }
  },
  {
    config: {
      args: [],
      options: { foo: { type: 'boolean', multiple: true, default: [ true, 0 ] } }
    },
    error: {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.foo.default[1]" property must be of type boolean. Received type number (0)'
    }
  }
];

for (const { config, expect, error } of cases) {
  const label = JSON.stringify(config);
  if (error) {
    assert.throws(() => parseArgs(config), error, label);
    continue;
  }
  const result = parseArgs(config);
  assert.strictEqual(Object.getPrototypeOf(result.values), null, label);
  assert.deepStrictEqual(Object.entries(result.values), expect.values, label);
  assert.deepStrictEqual(result.positionals, expect.positionals, label);
  if (expect.tokens) assert.deepStrictEqual(result.tokens, expect.tokens, label);
  else assert.ok(!('tokens' in result), label);
  assert.deepStrictEqual(Object.keys(result), expect.tokens ? ['values', 'positionals', 'tokens'] : ['values', 'positionals'], label);
}

// Defaults come after parsed values in key order, and are the same objects.
{
  const dflt = ['d'];
  const { values } = parseArgs({ args: ['--b'], options: { a: { type: 'string', multiple: true, default: dflt }, b: { type: 'boolean' } } });
  assert.deepStrictEqual(Object.keys(values), ['b', 'a']);
  assert.strictEqual(values.a, dflt);
}

// Without args, parseArgs reads process.argv after the script name.
{
  const saved = process.argv;
  process.argv = [saved[0], saved[1], '--flag', 'pos'];
  try {
    const { values, positionals } = parseArgs({ options: { flag: { type: 'boolean' } }, allowPositionals: true });
    assert.deepStrictEqual({ ...values }, { flag: true });
    assert.deepStrictEqual(positionals, ['pos']);
  } finally {
    process.argv = saved;
  }
  assert.deepStrictEqual(parseArgs({ args: [] }).positionals, []);
}

// The config object and the options' own properties only (no inherited settings).
{
  const inherited = Object.create({ type: 'string' });
  inherited.type = 'boolean';
  const { values } = parseArgs({ args: ['--x'], options: { x: inherited } });
  assert.strictEqual(values.x, true);
  const proto = Object.create({ args: ['--nope'] });
  assert.deepStrictEqual(parseArgs(Object.assign(proto, { args: [] })).positionals, []);
}

console.log('parseArgs ok');
