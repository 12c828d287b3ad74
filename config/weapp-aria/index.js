/**
 * Taro plugin: WeChat's accessibility attributes in the weapp templates.
 *
 * WXML components take `aria-role`, `aria-label` and other `aria-*` attributes
 * and WeChat's screen reader reads them, but Taro 4.2's weapp templates
 * (base.wxml) declare none, so the React props are dropped. This adds them to
 * the platform's component declarations, the way @tarojs/plugin-inject's
 * `components` option does (same hook), without that package's second copy of
 * Taro's build tool chain (it pins @tarojs/helper 4.1 with its own swc and esbuild):
 * - build time: the attributes join each component's template; the ARIA `role`
 *   prop the components already pass for H5 is written as WXML's `aria-role`;
 * - run time (runtime.js, bundled into the app): the same declarations, so the
 *   runtime's short attribute aliases match the template's.
 * H5 is left alone: it renders real role/aria-* attributes already.
 */
const path = require('node:path');
const { components, attributes } = require('./attributes.json');

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      if (platform.platform !== 'weapp' || !platform.template) return;
      const patch = {};
      for (const name of components) patch[name] = Object.fromEntries(attributes.map((a) => [a, '']));
      platform.template.mergeComponents(ctx, patch);

      const replacePropName = platform.template.replacePropName.bind(platform.template);
      platform.template.replacePropName = (name, value, componentName, componentAlias) =>
        name === 'role' ? 'aria-role' : replacePropName(name, value, componentName, componentAlias);

      const runtime = path.join(__dirname, 'runtime.js');
      platform.runtimePath = [].concat(platform.runtimePath || [], runtime);
    },
  });
};
