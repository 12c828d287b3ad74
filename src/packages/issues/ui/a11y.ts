/** ARIA spreads for Taro Views (their typings lack role and aria-*). */
export const heading2 = { role: 'heading', 'aria-level': 2 };
export const heading3 = { role: 'heading', 'aria-level': 3 };
export const list = { role: 'list' };
export const listitem = { role: 'listitem' };
