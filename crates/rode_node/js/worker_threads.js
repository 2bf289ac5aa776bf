'use strict';
// node:worker_threads. Each Worker is an OS thread with its own rode runtime and loop
// (src/worker.rs); messages cross threads through internal/messaging.

const state = require('internal/worker/state');
const {
  MessageChannel,
  MessagePort,
  BroadcastChannel,
  receiveMessageOnPort,
  markAsUntransferable,
} = require('internal/messaging');
const { Worker, SHARE_ENV } = require('internal/worker/worker');

function lazyErrors() {
  return require('internal/errors').codes;
}

function moveMessagePortToContext() {
  const { ERR_NOT_IMPLEMENTED } = lazyErrors();
  throw new ERR_NOT_IMPLEMENTED('worker_threads.moveMessagePortToContext()');
}

function postMessageToThread() {
  const { ERR_NOT_IMPLEMENTED } = lazyErrors();
  return Promise.reject(new ERR_NOT_IMPLEMENTED('worker_threads.postMessageToThread()'));
}

function setEnvironmentData(key, value) {
  if (value === undefined) state.environmentData.delete(key);
  else state.environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return state.environmentData.get(key);
}

module.exports = {
  isMainThread: state.isMainThread,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: state.resourceLimits,
  postMessageToThread,
  threadId: state.threadId,
  SHARE_ENV,
  Worker,
  parentPort: state.parentPort,
  workerData: state.workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
