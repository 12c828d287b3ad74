/** How many cards a list shows at first, and how many more each tap on 显示更多 adds: a phone renders a page, not hundreds. */
export const PAGE_SIZE = 30;
