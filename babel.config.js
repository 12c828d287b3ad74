// Used by `taro build` only; jest compiles with @swc/jest (see jest.config.js).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
