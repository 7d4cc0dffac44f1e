// Browser tests run under web-test-runner's mocha, which provides describe/it/beforeEach/...
// as globals. tsconfig limits automatic `types` to node, so the mocha globals are pulled in
// here, once, for every file of the project (unit tests import from node:test explicitly).
/// <reference types="mocha" />
