// express-hello.js — HTTP case: the Express 4 hello app (express from tests/ecosystem/node_modules;
// run `npm ci` in tests/ecosystem first). GET / answers "Hello World".
// Listens on 127.0.0.1:$PORT (default 3000); http-cases.sh loads it with wrk.
import { createRequire } from 'node:module';
import process from 'node:process';

const require = createRequire(new URL('../../tests/ecosystem/package.json', import.meta.url));
const express = require('express');

const port = Number(process.env.PORT || 3000);
const app = express();

app.get('/', (req, res) => res.send('Hello World'));

app.listen(port, '127.0.0.1', () => {
  console.log(`express-hello listening 127.0.0.1:${port}`);
});
