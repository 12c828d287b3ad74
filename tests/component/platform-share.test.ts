import { appMessage, shareTitle, timelineMessage } from '../../src/platform/share';

const card = {
  title: '八段锦入门｜湖岛街道文化课堂',
  page: '/packages/culture/course/index',
  query: { id: 'c 1&x' },
  imageUrl: '/assets/share/culture.png',
};

describe('share cards', () => {
  it('a chat share opens the same page with the same query', () => {
    expect(appMessage(card)).toEqual({
      title: '八段锦入门｜湖岛街道文化课堂',
      path: '/packages/culture/course/index?id=c%201%26x',
      imageUrl: '/assets/share/culture.png',
    });
    expect(appMessage({ ...card, query: undefined }).path).toBe('/packages/culture/course/index');
  });

  it('a timeline share carries only the query (WeChat opens the current page)', () => {
    expect(timelineMessage(card)).toEqual({
      title: '八段锦入门｜湖岛街道文化课堂',
      query: 'id=c%201%26x',
      imageUrl: '/assets/share/culture.png',
    });
  });

  it('keeps titles to two lines of a chat card, cutting with an ellipsis', () => {
    const long = '我们的节日·端午包粽子暨邻里文化节开幕式（6月19日（周五）09:30）';
    expect(Array.from(shareTitle(long))).toHaveLength(30);
    expect(shareTitle(long).endsWith('…')).toBe(true);
    expect(shareTitle('  八段锦 \n 入门 ')).toBe('八段锦 入门');
  });
});
