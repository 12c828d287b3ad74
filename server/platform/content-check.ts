import type { ContentChecker, ContentScene, ImageVerdict, TextVerdict } from '../core/content-check';

/**
 * The CloudBase adapter of the content-safety port: WeChat's open API through
 * wx-server-sdk (`cloud.openapi.security.*`), which needs both calls listed in
 * the function's config.json `permissions.openapi` (scripts/build-functions.ts).
 * - text: security.msgSecCheck, version 2, with the writer's openid and a
 *   scene; `result.suggest` is pass / review / risky.
 * - images: security.mediaCheckAsync, version 2, with a URL WeChat can fetch
 *   (a temporary URL of the cloud file); it answers with a trace id and pushes
 *   the verdict later to the `content-check` function (docs/deploy.md).
 * The open API object is injected, so this is tested against a double.
 */
export interface SecurityOpenApi {
  msgSecCheck(input: { openid: string; scene: number; version: 2; content: string }): Promise<{
    errCode?: number;
    errMsg?: string;
    result?: { suggest?: string; label?: number | string };
    detail?: Array<{
      strategy?: string;
      errcode?: number;
      suggest?: string;
      label?: number | string;
      keyword?: string;
    }>;
  }>;
  mediaCheckAsync(input: {
    mediaUrl: string;
    mediaType: 2;
    version: 2;
    openid: string;
    scene: number;
  }): Promise<{ errCode?: number; errMsg?: string; traceId?: string }>;
}

const SCENES: Record<ContentScene, number> = { profile: 1, comment: 2, forum: 3, social: 4 };

export interface CloudbaseCheckerOptions {
  security: () => SecurityOpenApi;
  /** A URL WeChat can download the stored file from (cloud file ids become temporary https URLs). */
  urlOf: (path: string) => Promise<string>;
}

export class ContentCheckUnavailable extends Error {
  constructor(what: string, detail: string) {
    super(`${what} failed: ${detail}`);
    this.name = 'ContentCheckUnavailable';
  }
}

export function cloudbaseChecker(options: CloudbaseCheckerOptions): ContentChecker {
  return {
    name: 'wechat-security',
    async checkText({ openid, scene, content }): Promise<TextVerdict> {
      const res = await options.security().msgSecCheck({ openid, scene: SCENES[scene], version: 2, content });
      // A failed check must not let text through unchecked: the caller gets INTERNAL and nothing is saved.
      if (res.errCode !== undefined && res.errCode !== 0)
        throw new ContentCheckUnavailable('msgSecCheck', `${res.errCode} ${res.errMsg ?? ''}`);
      const suggest = res.result?.suggest ?? 'pass';
      if (suggest === 'pass') return { suggest: 'pass' };
      const hit = res.detail?.find((d) => d.keyword);
      return {
        suggest: suggest === 'review' ? 'review' : 'risky',
        label: String(res.result?.label ?? '21000'),
        ...(hit?.keyword ? { word: hit.keyword } : {}),
      };
    },
    async checkImage({ openid, scene, path }): Promise<ImageVerdict> {
      const mediaUrl = await options.urlOf(path);
      const res = await options
        .security()
        .mediaCheckAsync({ mediaUrl, mediaType: 2, version: 2, openid, scene: SCENES[scene] });
      if ((res.errCode !== undefined && res.errCode !== 0) || !res.traceId)
        throw new ContentCheckUnavailable('mediaCheckAsync', `${res.errCode ?? ''} ${res.errMsg ?? 'no trace id'}`);
      return { status: 'pending', traceId: res.traceId };
    },
  };
}
