'use strict';
// node:cluster — a primary process forks workers (child_process.fork with an IPC channel)
// that share its listening sockets. Which side this process is on is fixed when the module
// first loads, by NODE_UNIQUE_ID (set by cluster.fork), as in Node.

module.exports = process.env.NODE_UNIQUE_ID !== undefined ?
  require('internal/cluster/child') : require('internal/cluster/primary');
