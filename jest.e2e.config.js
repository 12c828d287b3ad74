/**
 * `npm run test:e2e`: browser journeys in Debian's Chromium (playwright-core)
 * against a real runtime started by each suite on a free port, serving the H5 build.
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2020' } }];

module.exports = {
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
  testTimeout: 60_000,
};
