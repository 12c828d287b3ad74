import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

/**
 * Hand-written Taro config (taro init needs the network). One file for both
 * targets; `taro build` without --watch is a production build.
 */
export default defineConfig<'webpack5'>(async () => {
  // TARO_OUTPUT_ROOT lets the runtime and parallel test runs build into a folder of their own.
  const outputRoot = process.env.TARO_OUTPUT_ROOT || `dist/${process.env.TARO_ENV}`;
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'dangqun-ejia',
    date: '2025-11-26',
    // 375 so that px in SCSS reads as CSS px on a typical phone.
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    // aria-role / aria-label in WeChat's templates (config/weapp-aria/index.js).
    plugins: [path.join(__dirname, 'weapp-aria/index.js')],
    defineConstants: {
      // Defined explicitly: an undefined process.env.X would throw in WeChat, where `process` does not exist.
      'process.env.TARO_APP_CLOUD_ENV': JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
      'process.env.TARO_APP_API_BASE': JSON.stringify(process.env.TARO_APP_API_BASE ?? ''),
      // Subscription-message template ids as KEY=id pairs (ISSUE_ACCEPTED=…,BOOKING_UPDATE=…): the taps that ask consent (src/platform/subscribe.ts, docs/deploy.md).
      'process.env.TARO_APP_SUBSCRIBE_TEMPLATES': JSON.stringify(process.env.TARO_APP_SUBSCRIBE_TEMPLATES ?? ''),
    },
    // WeChat only: the sitemap (app.json sitemapLocation) and the share pictures (src/platform/share.ts) ship as plain files.
    copy: {
      patterns:
        process.env.TARO_ENV === 'weapp'
          ? [
              { from: 'src/sitemap.json', to: `${outputRoot}/sitemap.json` },
              { from: 'src/assets/share/', to: `${outputRoot}/assets/share/` },
            ]
          : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
      },
      optimizeMainPackage: { enable: true },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        // px stays px in the browser: Taro's rem script would blow text up to 2x on desktop screens.
        // 'px' is handled by postcss-pxtransform although the config type only lists rpx/vw/rem.
        pxtransform: { enable: true, config: { targetUnit: 'px' as 'rem' } },
        autoprefixer: { enable: true, config: {} },
      },
    },
  };
  return config;
});
