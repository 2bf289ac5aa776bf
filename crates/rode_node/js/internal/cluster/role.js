'use strict';
// Which side of a cluster this process is on, read by net's listen without loading
// `cluster`: `child` is the worker-side module once this process runs as a cluster worker.

module.exports = { child: null };
