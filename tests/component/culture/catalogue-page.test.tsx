import { fireEvent, render, screen, within } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import CataloguePage from '../../../src/packages/culture/catalogue/index';
import { action, installFetch } from '../fake-fetch';

beforeEach(() => saveToken('t'));

const course = (id: string, title: string) => ({
  id,
  type: 'course',
  title,
  category: 'taichi',
  categoryName: '太极',
  teacher: '郑国强',
  lessonCount: 4,
  totalSeconds: 19,
  enrolledCount: 3,
});
const session = (id: string, title: string) => ({
  id,
  type: 'session',
  kind: 'class',
  series: null,
  title,
  category: 'taichi',
  categoryName: '太极',
  when: '12月2日（周三）07:30-08:30',
  venue: '宜昌路社区',
  signup: 'open',
  signupLabel: '报名中',
  placesLeft: 18,
  full: false,
  waitingCount: 0,
  capacity: 30,
});

function world() {
  return installFetch(
    action('culture', 'catalogue', () => ({
      categories: [
        { id: 'taichi', name: '太极', count: 3 },
        { id: 'dance', name: '舞蹈', count: 2 },
      ],
      items: [course('crs-a', '八段锦'), course('crs-b', '二十四式太极拳'), session('ses-a', '太极拳晨练班')],
    })),
    action('culture', 'mine', () => ({
      courses: [{ course: { id: 'crs-b' }, progress: {} }],
      sessions: [{ session: { id: 'ses-a' }, mine: { state: 'enrolled' }, upcoming: true }],
    })),
  );
}

describe('文化课堂 catalogue', () => {
  it('marks what I signed up for with 已报名', async () => {
    world();
    render(<CataloguePage />);
    await screen.findByTestId('course-crs-a');
    expect(await within(screen.getByTestId('course-crs-b')).findByText('已报名')).toBeTruthy();
    expect(within(screen.getByTestId('session-ses-a')).getByText('已报名')).toBeTruthy();
    expect(within(screen.getByTestId('course-crs-a')).queryByText('已报名')).toBeNull();
  });

  it('keeps the categories folded until asked, so the courses come first', async () => {
    const { seen } = world();
    render(<CataloguePage />);
    await screen.findByTestId('course-crs-a');
    expect(screen.queryByRole('radio', { name: '舞蹈（2）' })).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: '按类别筛选' }));
    fireEvent.click(screen.getByRole('radio', { name: '舞蹈（2）' }));
    expect(seen.filter((r) => (r.body as { action?: string })?.action === 'catalogue').pop()?.body).toMatchObject({
      category: 'dance',
    });
    expect(screen.getByRole('switch', { name: '按类别筛选' }).textContent).toContain('舞蹈（2）');
  });

  it('gives every card a cover in its category, hidden from screen readers (the words say it)', async () => {
    world();
    render(<CataloguePage />);
    const card = await screen.findByTestId('course-crs-a');
    const cover = within(card).getByTestId('cu-cover');
    expect(cover.getAttribute('aria-hidden')).toBe('true');
    expect(cover.textContent).toContain('太');
    expect(within(screen.getByTestId('session-ses-a')).getByTestId('cu-cover')).toBeTruthy();
  });
});
