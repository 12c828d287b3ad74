/**
 * WeChat subscription-message templates a family agrees to when booking
 * (booking update / visit tomorrow). Template ids belong to the mini-program's
 * account (公众平台 → 订阅消息); deployers set them at build time as
 * TARO_APP_SUBSCRIBE_TEMPLATES (comma list, the same ids the notify-sender
 * function has in SUBSCRIBE_TPL_*; docs/deploy.md). While it is empty no
 * consent dialog is shown, and the in-app 消息 inbox still gets every update.
 */
export function parseTemplateIds(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
}

// Replaced at build time by config/index.ts defineConstants (WeChat has no `process`).
export const BOOKING_TEMPLATE_IDS: readonly string[] = parseTemplateIds(process.env.TARO_APP_SUBSCRIBE_TEMPLATES);
