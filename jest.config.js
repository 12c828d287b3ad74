/**
 * `npm test`: unit and integration tests in node, component tests in jsdom.
 * Browser journeys live in jest.e2e.config.js (they need a build and Chromium).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020',
    },
  },
];

module.exports = {
  // Generous: CI shares two cores between jest workers, and a slow machine must not fail a correct test.
  testTimeout: 20_000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests'],
      testMatch: ['<rootDir>/tests/{unit,integration,store,runtime}/**/*.test.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
    },
    {
      displayName: 'component',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/tests'],
      testMatch: ['<rootDir>/tests/component/**/*.test.{ts,tsx}'],
      transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.m?js$': swc },
      // Taro's React components render as Stencil custom elements in jsdom; the Taro API is a test double.
      moduleNameMapper: {
        '^@tarojs/components$': '@tarojs/components/lib/react',
        '^@tarojs/taro$': '<rootDir>/tests/component/taro-double.ts',
        '\\.(css|scss|sass|less)$': '<rootDir>/tests/component/style-stub.js',
      },
      // .pnpm: @tarojs/components ships a nested ESM copy of tslib under lib/react/node_modules/.pnpm.
      transformIgnorePatterns: ['/node_modules/(?!(@tarojs|@stencil|tslib|swiper|ssr-window|dom7|\\.pnpm)/)'],
      globals: {
        ENABLE_INNER_HTML: true,
        ENABLE_ADJACENT_HTML: true,
        ENABLE_SIZE_APIS: true,
        ENABLE_TEMPLATE_CONTENT: true,
        ENABLE_MUTATION_OBSERVER: true,
        ENABLE_CLONE_NODE: true,
        ENABLE_CONTAINS: true,
        DEPRECATED_ADAPTER_COMPONENT: false,
      },
      setupFilesAfterEnv: ['<rootDir>/tests/component/setup.ts'],
    },
  ],
};
