import { fireEvent, render, screen } from '@testing-library/react';
import { clearToken, saveToken } from '../../../src/auth/session';
import CoursePageView from '../../../src/packages/culture/course/index';
import { action, installFetch, type SeenRequest } from '../fake-fetch';
import Taro, { taroDouble } from '../taro-double';

const course = {
  id: 'crs-taichi',
  type: 'course',
  mode: 'online',
  title: '八段锦入门',
  category: 'fitness',
  categoryName: '健身',
  summary: '每天十分钟，舒筋活络。',
  teacher: '李老师',
  organiser: '湖岛街道',
  communityId: null,
  lessonCount: 2,
  totalSeconds: 600,
  enrolledCount: 12,
  completedCount: 3,
  published: true,
  version: 1,
};
const page = {
  course,
  lessons: [
    { id: 'l1', number: 1, title: '第一式', durationSeconds: 300, progress: null },
    { id: 'l2', number: 2, title: '第二式', durationSeconds: 300, progress: null },
  ],
  sessions: [],
  progress: null,
};
const actions = (seen: SeenRequest[]) =>
  seen.map((r) => (r.body as { action?: string } | undefined)?.action).filter(Boolean);

beforeEach(() => {
  taroDouble.routerParams = { id: 'crs-taichi' };
});

describe('the course page', () => {
  it('is shared with the course name and the culture picture; the link opens this course', async () => {
    saveToken('t');
    installFetch(action('culture', 'course', () => page));
    render(<CoursePageView />);
    await screen.findByRole('button', { name: '报名学习（免费）' });
    expect(taroDouble.fire('onShareAppMessage')).toEqual({
      title: '八段锦入门｜湖岛街道文化课堂',
      path: '/packages/culture/course/index?id=crs-taichi',
      imageUrl: '/assets/share/culture.png',
    });
    expect(taroDouble.fire('onShareTimeline')).toEqual({
      title: '八段锦入门｜湖岛街道文化课堂',
      query: 'id=crs-taichi',
      imageUrl: '/assets/share/culture.png',
    });
  });

  it('shows a signed-out visitor the outline, and enrolling asks to log in and come back', async () => {
    clearToken();
    const { seen } = installFetch(action('culture', 'course', () => page));
    render(<CoursePageView />);
    expect(await screen.findByText(/第 2 课 第二式/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '报名学习（免费）' })).toBeNull();
    expect(screen.queryByRole('button', { name: '我的课程' })).toBeNull();
    expect(Taro.reLaunch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '登录后报名学习（免费）' }));
    expect(Taro.reLaunch).toHaveBeenCalledWith({
      url: `/pages/login/index?back=${encodeURIComponent('/packages/culture/course/index?id=crs-taichi')}`,
    });
    expect(actions(seen)).toEqual(['course']);
  });
});
