import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { saveToken } from '../../../src/auth/session';
import EditCoursePage from '../../../src/packages/culture/course-edit/index';
import EditLessonPage from '../../../src/packages/culture/lesson-edit/index';
import { action, failing, installFetch, type SeenRequest } from '../fake-fetch';
import { taroDouble } from '../taro-double';

const card = (over: Record<string, unknown> = {}) => ({
  id: 'crs-1',
  type: 'course',
  mode: 'online',
  title: '八段锦入门',
  category: 'taichi',
  categoryName: '太极',
  summary: '',
  teacher: '李老师',
  organiser: '宜昌路社区综合文化服务中心',
  communityId: 'c-yichang',
  lessonCount: 1,
  totalSeconds: 60,
  enrolledCount: 0,
  completedCount: 0,
  published: false,
  version: 3,
  ...over,
});

const coursePage = (over: Record<string, unknown> = {}) => ({
  course: card(over),
  lessons: [{ id: 'les-1', number: 1, title: '第一式', durationSeconds: 60, progress: null }],
  sessions: [],
  progress: null,
});

const lessonPage = (over: Record<string, unknown> = {}) => ({
  course: card(),
  lesson: {
    id: 'les-1',
    number: 1,
    title: '第一式',
    durationSeconds: 65,
    courseId: 'crs-1',
    text: '',
    video: { url: '/media/videos/a.mp4', fileId: null },
    version: 2,
    ...over,
  },
  progress: null,
  previousLessonId: null,
  nextLessonId: null,
});

const bodies = (seen: SeenRequest[], name: string) =>
  seen.filter((r) => (r.body as { action?: string })?.action === name).map((r) => r.body);

beforeEach(() => {
  saveToken('t');
});

/** The H5 picker's hidden file input: picks `file` as a person would. */
function chooseFile(file: File) {
  const input = document.body.querySelector('input[type="file"]') as HTMLInputElement | null;
  if (!input) throw new Error('no file picker opened');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

/** jsdom plays no media: a <video> given a source reports this duration, as a browser reads it from the file's metadata. */
function browserReadsDuration(seconds: number): () => void {
  const proto = HTMLMediaElement.prototype;
  const src = Object.getOwnPropertyDescriptor(proto, 'src')!;
  const duration = Object.getOwnPropertyDescriptor(proto, 'duration')!;
  (URL as unknown as { createObjectURL: unknown }).createObjectURL = jest.fn(() => 'blob:video');
  (URL as unknown as { revokeObjectURL: unknown }).revokeObjectURL = jest.fn();
  Object.defineProperty(proto, 'duration', { configurable: true, get: () => seconds });
  Object.defineProperty(proto, 'src', {
    configurable: true,
    set(this: HTMLMediaElement, value: string) {
      this.setAttribute('src', value);
      queueMicrotask(() => this.dispatchEvent(new Event('loadedmetadata')));
    },
  });
  return () => {
    Object.defineProperty(proto, 'src', src);
    Object.defineProperty(proto, 'duration', duration);
  };
}

/** Answers POST /api/uploads/videos (a raw file body, which the JSON fake cannot read); other requests go to the fake. Returns the bodies sent. */
function withVideoUploads(reply: () => Promise<{ status: number; json: unknown }>): unknown[] {
  const sent: unknown[] = [];
  const inner = (globalThis as { fetch: (url: string, init?: { body?: unknown }) => Promise<unknown> }).fetch;
  (globalThis as { fetch?: unknown }).fetch = async (url: string, init: { body?: unknown } = {}) => {
    if (url !== '/api/uploads/videos') return inner(url, init as never);
    sent.push(init.body);
    const { status, json } = await reply();
    return { status, ok: status < 400, text: async () => JSON.stringify(json) };
  };
  return sent;
}

describe('新建 / 修改课程', () => {
  it('creates an online course and opens it for adding lessons', async () => {
    const { seen } = installFetch(
      action('culture', 'createCourse', (input) => card({ id: 'crs-new', title: input.title })),
    );
    render(<EditCoursePage />);
    fireEvent.input(await screen.findByLabelText('课程名称'), { target: { value: '八段锦入门' } });
    fireEvent.click(screen.getByRole('radio', { name: '发布，居民能看到' }));
    fireEvent.click(screen.getByRole('button', { name: '建好课程' }));
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/culture/course-edit/index?id=crs-new&created=1' }),
    );
    expect(bodies(seen, 'createCourse')).toEqual([
      {
        action: 'createCourse',
        mode: 'online',
        title: '八段锦入门',
        category: 'taichi',
        summary: '',
        teacher: '',
        published: true,
      },
    ]);
  });

  it('asks for a title without calling the server', async () => {
    const { seen } = installFetch();
    render(<EditCoursePage />);
    fireEvent.click(await screen.findByRole('button', { name: '建好课程' }));
    expect((await screen.findByRole('alert')).textContent).toBe('请填写课程名称。');
    expect(seen.filter((r) => r.url !== '/api/functions/account')).toEqual([]);
  });

  it('has one primary action, 保存课程, in the bar at the bottom; adding a lesson looks secondary', async () => {
    taroDouble.routerParams = { id: 'crs-1' };
    installFetch(action('culture', 'course', () => coursePage()));
    render(<EditCoursePage />);
    await screen.findByTestId('course-lessons');
    // Chosen options (radios) are drawn filled too; only buttons are actions.
    const primaries = screen.getAllByRole('button').filter((b) => b.className.includes('btn--primary'));
    expect(primaries.map((b) => b.textContent)).toEqual(['保存课程']);
    expect(screen.getByTestId('action-bar').contains(primaries[0])).toBe(true);
    expect(screen.getByTestId('add-lesson').className).toContain('btn--secondary');
  });

  it('lists the lessons and, on a stale save, reloads and says so', async () => {
    taroDouble.routerParams = { id: 'crs-1' };
    let loads = 0;
    const { seen } = installFetch(
      action('culture', 'course', () =>
        ++loads === 1 ? coursePage() : coursePage({ title: '八段锦（新版）', version: 4 }),
      ),
      failing('culture', 'updateCourse', 'CONFLICT', '内容已被其他管理员修改，请刷新后再编辑', 409),
    );
    render(<EditCoursePage />);
    expect((await screen.findByTestId('course-lessons')).textContent).toContain('第 1 课 第一式');
    expect(screen.getByRole('button', { name: '添加一课' })).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText('课程名称') as HTMLInputElement).value).toBe('八段锦入门'));

    fireEvent.click(screen.getByRole('radio', { name: '发布，居民能看到' }));
    fireEvent.click(screen.getByRole('button', { name: '保存课程' }));
    expect((await screen.findByRole('alert')).textContent).toContain('已被他人修改，已为您刷新');
    expect(bodies(seen, 'updateCourse')).toEqual([
      { action: 'updateCourse', courseId: 'crs-1', version: 3, published: true },
    ]);
    await waitFor(() => expect((screen.getByLabelText('课程名称') as HTMLInputElement).value).toBe('八段锦（新版）'));
  });
});

describe('添加 / 修改课时', () => {
  it('adds a lesson with a CloudBase fileID and goes back to the course', async () => {
    taroDouble.routerParams = { courseId: 'crs-1' };
    const { seen } = installFetch(action('culture', 'createLesson', () => lessonPage().lesson));
    render(<EditLessonPage />);
    fireEvent.input(await screen.findByLabelText('课时标题'), { target: { value: '第二式' } });
    fireEvent.input(await screen.findByLabelText('视频时长'), { target: { value: '2:30' } });
    fireEvent.input(await screen.findByLabelText('视频地址'), {
      target: { value: 'cloud://env.bucket/culture/videos/b.mp4' },
    });
    fireEvent.click(screen.getByRole('button', { name: '添加这一课' }));
    await waitFor(() => expect(bodies(seen, 'createLesson')).toHaveLength(1));
    expect(bodies(seen, 'createLesson')[0]).toEqual({
      action: 'createLesson',
      courseId: 'crs-1',
      title: '第二式',
      durationSeconds: 150,
      text: '',
      video: { url: null, fileId: 'cloud://env.bucket/culture/videos/b.mp4' },
    });
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/culture/course-edit/index?id=crs-1' }),
    );
  });

  it('uploads a chosen video, fills in its duration (still editable) and saves the uploaded path', async () => {
    taroDouble.routerParams = { courseId: 'crs-1' };
    const { seen } = installFetch(action('culture', 'createLesson', () => lessonPage().lesson));
    let finishUpload: () => void = () => undefined;
    const uploads = withVideoUploads(
      () =>
        new Promise(
          (resolve) =>
            (finishUpload = () =>
              resolve({ status: 200, json: { ok: true, data: { url: '/uploads/videos/v.mp4', bytes: 3 } } })),
        ),
    );
    const restore = browserReadsDuration(151.2);
    try {
      render(<EditLessonPage />);
      fireEvent.input(await screen.findByLabelText('课时标题'), { target: { value: '第二式' } });
      fireEvent.click(screen.getByRole('button', { name: '上传视频' }));
      const file = new File(['mp4'], '第二式.mp4', { type: 'video/mp4' });
      chooseFile(file);
      // The duration comes from the file before the upload ends.
      await waitFor(() => expect((screen.getByLabelText('视频时长') as HTMLInputElement).value).toBe('2:31'));
      expect((screen.getByLabelText('视频地址') as HTMLInputElement).value).toBe('');
      await waitFor(() => expect(uploads).toHaveLength(1));
      expect(uploads[0]).toBe(file);
      finishUpload();
      expect((await screen.findByTestId('lesson-video-outcome')).textContent).toContain('时长 2:31 已自动填好');
      expect((screen.getByLabelText('视频地址') as HTMLInputElement).value).toBe('/uploads/videos/v.mp4');
      fireEvent.input(screen.getByLabelText('视频时长'), { target: { value: '2:30' } });
      fireEvent.click(screen.getByRole('button', { name: '添加这一课' }));
      await waitFor(() => expect(bodies(seen, 'createLesson')).toHaveLength(1));
      expect(bodies(seen, 'createLesson')[0]).toEqual(
        expect.objectContaining({ durationSeconds: 150, video: { url: '/uploads/videos/v.mp4', fileId: null } }),
      );
    } finally {
      restore();
    }
  });

  it('keeps the typed video when an upload is refused, and says why', async () => {
    taroDouble.routerParams = { courseId: 'crs-1' };
    installFetch();
    withVideoUploads(async () => ({
      status: 415,
      json: { ok: false, error: { code: 'INVALID_ARGUMENT', message: '这不是 MP4 视频，请换一个 MP4 文件' } },
    }));
    const restore = browserReadsDuration(60);
    try {
      render(<EditLessonPage />);
      fireEvent.input(await screen.findByLabelText('视频地址'), { target: { value: '/media/videos/a.mp4' } });
      fireEvent.click(screen.getByRole('button', { name: '换一段视频' }));
      chooseFile(new File(['?'], 'a.mp4', { type: 'video/mp4' }));
      expect((await screen.findByTestId('lesson-video-outcome')).textContent).toContain('这不是 MP4 视频');
      expect((screen.getByLabelText('视频地址') as HTMLInputElement).value).toBe('/media/videos/a.mp4');
    } finally {
      restore();
    }
  });

  it('edits a lesson with its version, and refreshes on a conflict', async () => {
    taroDouble.routerParams = { id: 'les-1' };
    let loads = 0;
    const { seen } = installFetch(
      action('culture', 'lesson', () =>
        ++loads === 1 ? lessonPage() : lessonPage({ title: '第一式（改）', version: 3 }),
      ),
      failing('culture', 'updateLesson', 'CONFLICT', '内容已被其他管理员修改，请刷新后再编辑', 409),
    );
    render(<EditLessonPage />);
    await waitFor(() => expect((screen.getByLabelText('视频时长') as HTMLInputElement).value).toBe('1:05'));
    fireEvent.input(await screen.findByLabelText('视频时长'), { target: { value: '1:10' } });
    fireEvent.click(screen.getByRole('button', { name: '保存课时' }));
    expect((await screen.findByRole('alert')).textContent).toContain('已被他人修改，已为您刷新');
    expect(bodies(seen, 'updateLesson')).toEqual([
      { action: 'updateLesson', lessonId: 'les-1', version: 2, durationSeconds: 70 },
    ]);
    await waitFor(() => expect((screen.getByLabelText('课时标题') as HTMLInputElement).value).toBe('第一式（改）'));
  });
});
