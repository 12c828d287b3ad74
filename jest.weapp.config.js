/**
 * `npm run test:weapp`: the production mini-program bundle (dist/weapp, built by
 * `npm run build:weapp` first) compiled with WeChat's wcc/wcsc and run in
 * miniprogram-simulate, against a local runtime each suite starts.
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' } }];

module.exports = {
  displayName: 'weapp',
  // miniprogram-simulate renders into a DOM (j-component on exparser).
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/tests/weapp'],
  testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
  // Only our TypeScript is transformed: the built bundle runs as WeChat would run it.
  transform: { '^.+\\.ts$': swc },
  transformIgnorePatterns: ['/node_modules/', '/dist/'],
  globalSetup: '<rootDir>/tests/weapp/global-setup.ts',
  testTimeout: 60_000,
};
