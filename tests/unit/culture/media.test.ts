import fs from 'node:fs';
import path from 'node:path';
import { DEMO_VIDEOS, ONLINE_COURSES, buildCultureSeed, videoRef } from '../../../seed/culture';

const DIR = path.resolve(__dirname, '../../../media/videos');

/** The movie duration from the mp4 'moov/mvhd' box, in seconds. */
function mp4Seconds(file: Buffer): number {
  const moov = findBox(file, 0, file.length, 'moov');
  const mvhd = findBox(file, moov.start, moov.end, 'mvhd');
  const version = file[mvhd.start];
  const timescale = version === 1 ? file.readUInt32BE(mvhd.start + 20) : file.readUInt32BE(mvhd.start + 12);
  const duration = version === 1 ? Number(file.readBigUInt64BE(mvhd.start + 24)) : file.readUInt32BE(mvhd.start + 16);
  return duration / timescale;
}

function findBox(file: Buffer, from: number, to: number, type: string): { start: number; end: number } {
  for (let at = from; at + 8 <= to;) {
    const size = file.readUInt32BE(at);
    if (file.toString('latin1', at + 4, at + 8) === type) return { start: at + 8, end: at + size };
    if (size < 8) break;
    at += size;
  }
  throw new Error(`no ${type} box`);
}

describe('the demo lesson videos', () => {
  it('are real MP4 files, under 1 MB together', () => {
    let total = 0;
    for (const { file } of Object.values(DEMO_VIDEOS)) {
      const bytes = fs.readFileSync(path.join(DIR, file));
      expect(bytes.toString('latin1', 4, 8)).toBe('ftyp');
      total += bytes.length;
    }
    expect(total).toBeLessThan(1024 * 1024);
  });

  it('last as long as the lessons say, so 90% of a lesson is 90% of its video', () => {
    for (const { file, seconds } of Object.values(DEMO_VIDEOS)) {
      expect(Math.abs(mp4Seconds(fs.readFileSync(path.join(DIR, file))) - seconds)).toBeLessThan(0.2);
    }
  });

  it('are local URLs by default and CloudBase fileIDs when a storage folder is configured', () => {
    expect(videoRef('dance.mp4', {})).toEqual({ url: '/media/videos/dance.mp4', fileId: null });
    expect(
      videoRef('dance.mp4', { videoFileIdPrefix: 'cloud://prod-1a2b.7072-prod-1a2b-1300000000/culture/videos' }),
    ).toEqual({
      url: null,
      fileId: 'cloud://prod-1a2b.7072-prod-1a2b-1300000000/culture/videos/dance.mp4',
    });
  });
});

describe('the culture seed', () => {
  const seed = buildCultureSeed(new Date('2026-11-26T02:00:00Z'), {});

  it('has 15 online courses with 60 lessons across dance, pastry, calligraphy, choir and tai chi', () => {
    expect(ONLINE_COURSES).toHaveLength(15);
    expect(seed.lessons).toHaveLength(60);
    expect(new Set(ONLINE_COURSES.map((c) => c.category))).toEqual(
      new Set(['dance', 'pastry', 'calligraphy', 'choir', 'taichi']),
    );
    for (const lesson of seed.lessons)
      expect(lesson.title.length * lesson.text.length * lesson.durationSeconds).toBeGreaterThan(0);
  });

  it('marks everything it invents as demo data', () => {
    for (const doc of [...seed.courses, ...seed.lessons, ...seed.sessions, ...seed.enrolments, ...seed.users])
      expect(doc.demo).toBe(true);
  });

  it('has sessions at both culture service centres, one full and some nearly full', () => {
    const ahead = seed.sessions.filter((s) => s.startsAt > '2026-11-26T02:00:00Z');
    expect(ahead.some((s) => s.venue.startsWith('宜昌路社区综合文化服务中心'))).toBe(true);
    expect(ahead.some((s) => s.venue.startsWith('瑞安路社区综合文化服务中心'))).toBe(true);
    expect(ahead.filter((s) => s.counts.enrolled === s.capacity)).toHaveLength(1);
    expect(
      ahead.filter((s) => s.counts.enrolled < s.capacity && s.counts.enrolled >= s.capacity * 0.85).length,
    ).toBeGreaterThanOrEqual(2);
    expect(new Set(seed.sessions.map((s) => s.series))).toEqual(
      new Set([null, '荟文化悦生活', '文化进网格', '青年文化艺术节', '我们的节日']),
    );
  });
});
