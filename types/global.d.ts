/// <reference types="@tarojs/taro" />

declare module '*.png' {
  const src: string;
  export default src;
}
declare module '*.scss';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Replaced at build time by Taro: which platform this bundle is for. */
    TARO_ENV?: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony';
    /** CloudBase environment id for Taro.cloud.init; empty means the default environment. */
    TARO_APP_CLOUD_ENV?: string;
    /** Prefix for the local HTTP API in H5 builds; empty means same origin. */
    TARO_APP_API_BASE?: string;
    /** Subscription-message template ids (comma list) asked for when booking; empty: no consent dialog. */
    TARO_APP_SUBSCRIBE_TEMPLATES?: string;
  }
}
