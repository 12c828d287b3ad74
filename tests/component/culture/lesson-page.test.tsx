import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import LessonPage from '../../../src/packages/culture/lesson/index';
import { action, installFetch, type SeenRequest } from '../fake-fetch';
import Taro, { taroDouble } from '../taro-double';

/** The double lacks the page-hide hook and the video context: add them for this page. */
const hideListeners = new Set<() => void>();
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('../taro-double');
  const { useEffect, useRef } = jest.requireActual('react');
  return {
    __esModule: true,
    ...actual,
    useDidHide(callback: () => void) {
      const ref = useRef(callback);
      ref.current = callback;
      useEffect(() => {
        const listener = () => ref.current();
        hideListeners.add(listener);
        return () => hideListeners.delete(listener);
      }, []);
    },
  };
});

const video = { play: jest.fn(), pause: jest.fn() };
(Taro as unknown as { createVideoContext: (id: string) => unknown }).createVideoContext = jest.fn(() => video);

const lessonReply = (progress: Record<string, unknown> = {}) => ({
  course: { id: 'crs-1', title: '八段锦' },
  lesson: {
    id: 'crs-1-l1',
    number: 1,
    title: '第一、二段',
    durationSeconds: 300,
    text: '两手托天理三焦。',
    video: { url: '/media/videos/taichi.mp4', fileId: null },
    courseId: 'crs-1',
    version: 1,
  },
  progress: { lessonId: 'crs-1-l1', watchedSeconds: 0, positionSeconds: 0, completed: false, percent: 0, ...progress },
  previousLessonId: null,
  nextLessonId: 'crs-1-l2',
});

function saved(seconds: number) {
  const completed = seconds >= 270;
  return {
    lesson: {
      lessonId: 'crs-1-l1',
      watchedSeconds: seconds,
      positionSeconds: seconds,
      completed,
      percent: completed ? 100 : Math.floor((seconds / 300) * 100),
    },
    course: {
      state: 'enrolled',
      completedLessons: completed ? 1 : 0,
      lessonCount: 4,
      percent: completed ? 25 : 0,
      allDone: false,
    },
    justCompleted: false,
  };
}

const reports = (seen: SeenRequest[]) =>
  seen
    .filter((r) => (r.body as { action?: string })?.action === 'saveProgress')
    .map((r) => (r.body as { seconds: number }).seconds);

function playerEvent(name: string, detail: unknown = {}) {
  const el = document.querySelector('taro-video-core')!;
  act(() => {
    el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
  });
}

beforeEach(() => {
  saveToken('t');
  taroDouble.routerParams = { id: 'crs-1-l1' };
  hideListeners.clear();
  jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
  // jsdom has no media playback; the player's own load() would only log "not implemented".
  jest.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => undefined);
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('the lesson player', () => {
  it('starts at the saved position', async () => {
    installFetch(action('culture', 'lesson', () => lessonReply({ watchedSeconds: 120, positionSeconds: 95 })));
    render(<LessonPage />);
    await screen.findByRole('button', { name: '继续播放' });
    expect(document.querySelector('taro-video-core')!.getAttribute('initial-time')).toBe('95');
  });

  it('reports on pause and at the 90% mark, not on every time update, and shows completion', async () => {
    const { seen } = installFetch(
      action('culture', 'lesson', () => lessonReply()),
      action('culture', 'saveProgress', (input) => saved(input.seconds as number)),
    );
    render(<LessonPage />);
    await screen.findByRole('button', { name: '播放' });

    playerEvent('play');
    playerEvent('timeupdate', { currentTime: 3, duration: 300 });
    playerEvent('timeupdate', { currentTime: 10, duration: 300 });
    expect(reports(seen)).toEqual([]);

    playerEvent('pause');
    await waitFor(() => expect(reports(seen)).toEqual([10]));

    playerEvent('play');
    playerEvent('timeupdate', { currentTime: 271, duration: 300 });
    await waitFor(() => expect(reports(seen)).toEqual([10, 271]));
    expect((await screen.findByTestId('lesson-complete')).textContent).toContain('本课已学完');
    expect(screen.getByRole('progressbar', { name: '本课学习进度' }).getAttribute('aria-valuenow')).toBe('100');
  });

  it('saves where the resident stopped when the page is hidden', async () => {
    const { seen } = installFetch(
      action('culture', 'lesson', () => lessonReply()),
      action('culture', 'saveProgress', (input) => saved(input.seconds as number)),
    );
    render(<LessonPage />);
    await screen.findByRole('button', { name: '播放' });
    playerEvent('timeupdate', { currentTime: 42, duration: 300 });
    act(() => hideListeners.forEach((fn) => fn()));
    await waitFor(() => expect(reports(seen)).toEqual([42]));
  });

  it('plays and pauses the video from the big button', async () => {
    installFetch(action('culture', 'lesson', () => lessonReply()));
    render(<LessonPage />);
    fireEvent.click(await screen.findByRole('button', { name: '播放' }));
    expect(video.play).toHaveBeenCalled();
    playerEvent('play');
    fireEvent.click(await screen.findByRole('button', { name: '暂停' }));
    expect(video.pause).toHaveBeenCalled();
  });
});
