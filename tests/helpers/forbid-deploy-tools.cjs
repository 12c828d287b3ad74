// Preloaded into the dry run by tests/unit/deploy.test.ts: loading any real-deploy tool fails the run.
const Module = require('node:module');
const original = Module._resolveFilename;
const FORBIDDEN = /^(@cloudbase\/cli|@cloudbase\/manager-node|miniprogram-ci)(\/|$)/;
Module._resolveFilename = function (request, ...rest) {
  if (FORBIDDEN.test(request)) throw new Error(`the dry run must not load ${request}`);
  return original.call(this, request, ...rest);
};
