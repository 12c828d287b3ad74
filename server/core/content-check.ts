/**
 * The content-safety port: everything residents write that others read is
 * checked before anyone else sees it. Two adapters: WeChat's open API on
 * CloudBase (server/platform/content-check.ts: security.msgSecCheck v2 for
 * text, security.mediaCheckAsync for images, whose verdict is pushed later)
 * and local rules (server/domain/moderation/local-rules.ts: a word list, image type and size) so the
 * whole flow runs and is tested without WeChat. The domain sees only this.
 */

/** msgSecCheck scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export type ContentScene = 'profile' | 'comment' | 'forum' | 'social';

export interface TextToCheck {
  /** The writer; WeChat needs an openid that used the mini-program in the last 2 hours. */
  openid: string;
  scene: ContentScene;
  content: string;
}

export type TextVerdict =
  | { suggest: 'pass' }
  /** risky: refused outright; review: WeChat is unsure (we refuse too, see docs/privacy.md). */
  | { suggest: 'risky' | 'review'; label: string; word?: string };

export interface ImageToCheck {
  openid: string;
  scene: ContentScene;
  /** The path the record holds: /uploads/<name> locally, cloud://... in CloudBase. */
  path: string;
}

export type ImageVerdict =
  | { status: 'pass' }
  /** A verdict will arrive later (mediaCheckAsync pushes it), identified by this trace id. */
  | { status: 'pending'; traceId: string }
  | { status: 'risky'; label: string };

export interface ContentChecker {
  readonly name: string;
  checkText(input: TextToCheck): Promise<TextVerdict>;
  checkImage(input: ImageToCheck): Promise<ImageVerdict>;
}

/** WeChat's label codes (msgSecCheck / mediaCheckAsync v2) in words staff understand. */
export const LABEL_WORDS: Record<string, string> = {
  '100': '正常',
  '10001': '广告',
  '20001': '时政',
  '20002': '色情',
  '20003': '辱骂',
  '20006': '违法犯罪',
  '20008': '欺诈',
  '20012': '低俗',
  '20013': '版权',
  '21000': '其他',
  word: '含有不当词语',
  type: '不是可以显示的图片格式',
  size: '图片大小异常',
};

export function labelWords(label: string): string {
  return LABEL_WORDS[label] ?? `其他（${label}）`;
}
