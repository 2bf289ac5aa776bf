'use strict';
// The default locale comes from LC_ALL / LC_MESSAGES / LANG ("C" means en-US) and the default
// time zone from TZ, as in node; checked in child processes with a controlled environment.
// Expected lines are node 20's output.
const assert = require('assert');
const { spawnSync } = require('child_process');

const program = `
const d = new Date(Date.UTC(2024, 6, 5, 14, 7, 9));
const o = Intl.DateTimeFormat().resolvedOptions();
console.log([d.toLocaleString(), d.toLocaleDateString(), d.toLocaleTimeString(),
  (1234.5).toLocaleString(), o.locale, o.timeZone, new Intl.NumberFormat().resolvedOptions().locale].join(' | '));
`;

function run(env) {
  const r = spawnSync(process.execPath, ['-e', program], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  return r.stdout;
}

assert.strictEqual(run({ LANG: 'C.UTF-8', TZ: 'UTC' }),
  '7/5/2024, 2:07:09 PM | 7/5/2024 | 2:07:09 PM | 1,234.5 | en-US | UTC | en-US\n');
assert.strictEqual(run({ LC_ALL: 'POSIX', TZ: 'Etc/UTC' }),
  '7/5/2024, 2:07:09 PM | 7/5/2024 | 2:07:09 PM | 1,234.5 | en-US | UTC | en-US\n');
assert.strictEqual(run({ LANG: 'en_GB.UTF-8', TZ: 'Europe/London' }),
  '05/07/2024, 15:07:09 | 05/07/2024 | 15:07:09 | 1,234.5 | en-GB | Europe/London | en-GB\n');
assert.strictEqual(run({ LANG: 'en_US.UTF-8', LC_ALL: 'fr_FR.UTF-8', TZ: 'Asia/Tokyo' }),
  '05/07/2024 23:07:09 | 05/07/2024 | 23:07:09 | 1\u202f234,5 | fr-FR | Asia/Tokyo | fr-FR\n');
assert.strictEqual(run({ LANG: 'de_DE.UTF-8', TZ: 'America/New_York' }).split(' | ').slice(2).join(' | '),
  '10:07:09 | 1.234,5 | de-DE | America/New_York | de-DE\n');
assert.strictEqual(run({ LANG: 'en_US.UTF-8', TZ: ':America/Los_Angeles' }),
  '7/5/2024, 7:07:09 AM | 7/5/2024 | 7:07:09 AM | 1,234.5 | en-US | America/Los_Angeles | en-US\n');

// A program that changes TZ sees the new default zone, as in node.
const r = spawnSync(process.execPath, ['-e', `
console.log(new Date(0).toLocaleString());
process.env.TZ = 'Asia/Tokyo';
console.log(new Date(0).toLocaleString(), Intl.DateTimeFormat().resolvedOptions().timeZone);
process.env.TZ = 'America/New_York';
console.log(new Date(0).toLocaleString());
`], { env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', TZ: 'UTC' }, encoding: 'utf8' });
assert.strictEqual(r.stdout, '1/1/1970, 12:00:00 AM\n1/1/1970, 9:00:00 AM Asia/Tokyo\n12/31/1969, 7:00:00 PM\n');
