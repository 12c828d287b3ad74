import { useShareAppMessage, useShareTimeline } from '@tarojs/taro';

/**
 * The only module that answers WeChat's share menu (转发 to a chat, 分享到朋友圈).
 * A page calls useShare once; its page config must also set
 * `enableShareAppMessage: true` (and `enableShareTimeline: true` where it
 * offers the timeline), or WeChat greys the menu out. In H5 nothing calls
 * these hooks: a no-op there.
 */
export interface ShareCard {
  /** What the chat card says: the thing itself, so the person receiving it knows what they are opening. */
  title: string;
  /** The page, without a query (e.g. /packages/culture/course/index). */
  page: string;
  /** Only what the receiver needs to open the same thing: never the sender's own ids (an elder, a booking). */
  query?: Record<string, string>;
  /** A 5:4 picture; SHARE_PICTURES has one per job. */
  imageUrl: string;
}

/** Drawn by scripts/make-images.ts, copied into the weapp by config/index.ts. */
export const SHARE_PICTURES = {
  culture: '/assets/share/culture.png',
  eldercare: '/assets/share/eldercare.png',
} as const;

/** Long titles are cut by WeChat mid-word; keep them to two lines of a chat card. */
const TITLE_MAX = 30;

export function shareTitle(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length <= TITLE_MAX ? chars.join('') : `${chars.slice(0, TITLE_MAX - 1).join('')}…`;
}

function queryString(query: Record<string, string> = {}): string {
  return Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
}

/** What WeChat gets for a chat share: path with query, so the link opens the same page. */
export function appMessage(card: ShareCard): { title: string; path: string; imageUrl: string } {
  const query = queryString(card.query);
  return { title: shareTitle(card.title), path: query ? `${card.page}?${query}` : card.page, imageUrl: card.imageUrl };
}

/** The timeline opens the current page itself; it takes only the query. */
export function timelineMessage(card: ShareCard): { title: string; query: string; imageUrl: string } {
  return { title: shareTitle(card.title), query: queryString(card.query), imageUrl: card.imageUrl };
}

/**
 * Answers the share menu with `card`; while the page is still loading
 * (card null), with `fallback`, which names the page in general.
 */
export function useShare(card: ShareCard | null, fallback: ShareCard): void {
  useShareAppMessage(() => appMessage(card ?? fallback));
  useShareTimeline(() => timelineMessage(card ?? fallback));
}
