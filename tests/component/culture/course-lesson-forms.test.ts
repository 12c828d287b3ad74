import {
  changedCourseFields,
  courseInput,
  emptyCourseForm,
  formFromCourse,
} from '../../../src/packages/culture/course-edit/course-form';
import {
  changedLessonFields,
  durationText,
  formFromLesson,
  lessonInput,
  parseDuration,
} from '../../../src/packages/culture/lesson-edit/lesson-form';

describe('the course form', () => {
  it('trims the fields, turns 发布 into a boolean and asks for a title first', () => {
    expect(courseInput({ ...emptyCourseForm(), title: '  ' })).toEqual({ error: '请填写课程名称。' });
    expect(courseInput({ ...emptyCourseForm(), title: ' 八段锦入门 ', teacher: ' 李老师 ', published: 'yes' })).toEqual(
      {
        input: { title: '八段锦入门', category: 'taichi', summary: '', teacher: '李老师', published: true },
      },
    );
  });

  it('sends only what changed', () => {
    const course = {
      mode: 'online' as const,
      title: '八段锦',
      category: 'taichi' as const,
      summary: '简介',
      teacher: '李老师',
      published: false,
    };
    const before = courseInput(formFromCourse(course));
    const after = courseInput({ ...formFromCourse(course), published: 'yes' });
    if (!('input' in before) || !('input' in after)) throw new Error('form should be valid');
    expect(changedCourseFields(before.input, after.input)).toEqual({ published: true });
  });
});

describe('the lesson form', () => {
  it('reads the length as 分:秒 or whole minutes', () => {
    expect(parseDuration('12:30')).toBe(750);
    expect(parseDuration('0:05')).toBe(5);
    expect(parseDuration('12：30')).toBe(750);
    expect(parseDuration('3')).toBe(180);
    expect(parseDuration('12:75')).toBeNull();
    expect(parseDuration('半小时')).toBeNull();
    expect(durationText(750)).toBe('12:30');
    expect(durationText(5)).toBe('0:05');
  });

  it('puts a cloud:// fileID in fileId and a /media/ or https:// address in url', () => {
    const base = { title: ' 第一式 ', duration: '1:00', text: '', video: '' };
    expect(lessonInput({ ...base, video: 'cloud://env.bucket/culture/videos/a.mp4' })).toEqual({
      input: {
        title: '第一式',
        durationSeconds: 60,
        text: '',
        video: { url: null, fileId: 'cloud://env.bucket/culture/videos/a.mp4' },
      },
    });
    expect(lessonInput({ ...base, video: '/media/videos/baduanjin-1.mp4' })).toMatchObject({
      input: { video: { url: '/media/videos/baduanjin-1.mp4', fileId: null } },
    });
    expect(lessonInput({ ...base, video: '/uploads/videos/0b8e2c1a-1111-4222-8333-944455556666.mp4' })).toMatchObject({
      input: { video: { url: '/uploads/videos/0b8e2c1a-1111-4222-8333-944455556666.mp4', fileId: null } },
    });
    expect(lessonInput({ ...base, video: 'ftp://x/a.mp4' })).toEqual({ error: expect.stringContaining('cloud://') });
    expect(lessonInput({ ...base, video: ' ' })).toEqual({ error: expect.stringContaining('上传视频') });
    expect(lessonInput({ ...base, duration: '' })).toEqual({ error: expect.stringContaining('12:30') });
    expect(lessonInput({ ...base, title: '' })).toEqual({ error: '请填写课时标题。' });
  });

  it('round-trips a saved lesson and sends only what changed', () => {
    const lesson = {
      title: '第一式',
      durationSeconds: 65,
      text: '要领',
      video: { url: '/media/videos/a.mp4', fileId: null },
    };
    const form = formFromLesson(lesson);
    expect(form).toEqual({ title: '第一式', duration: '1:05', text: '要领', video: '/media/videos/a.mp4' });
    const before = lessonInput(form);
    const after = lessonInput({ ...form, video: 'cloud://e.b/v.mp4' });
    if (!('input' in before) || !('input' in after)) throw new Error('form should be valid');
    expect(changedLessonFields(before.input, after.input)).toEqual({
      video: { url: null, fileId: 'cloud://e.b/v.mp4' },
    });
  });
});
