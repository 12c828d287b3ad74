/**
 * WeChat subscription-message templates a family agrees to when booking
 * (booking confirmed / new time proposed / visit tomorrow). Template ids
 * belong to the mini-program's account (公众平台 → 订阅消息) and are filled in
 * when the notify-sender function is deployed; while the list is empty no
 * consent dialog is shown, and the in-app 消息 inbox still gets every update.
 */
export const BOOKING_TEMPLATE_IDS: readonly string[] = [];
