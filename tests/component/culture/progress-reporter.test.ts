import {
  afterReport,
  clampSeconds,
  initialReporter,
  REPORT_EVERY_MS,
  shouldReport,
} from '../../../src/packages/culture/lib/progress-reporter';

const LENGTH = 300;

describe('when the lesson player reports progress', () => {
  it('reports every 15 s while playing, not on every time update', () => {
    let state = initialReporter(false, 0);
    expect(shouldReport(state, 'tick', 4, LENGTH, 4_000)).toBe(false);
    expect(shouldReport(state, 'tick', 15, LENGTH, REPORT_EVERY_MS)).toBe(true);
    state = afterReport(state, 15, LENGTH, REPORT_EVERY_MS);
    expect(shouldReport(state, 'tick', 20, LENGTH, REPORT_EVERY_MS + 5_000)).toBe(false);
    expect(shouldReport(state, 'tick', 30, LENGTH, 2 * REPORT_EVERY_MS)).toBe(true);
  });

  it('reports at once on pause, end and page hide', () => {
    const state = afterReport(initialReporter(false, 0), 15, LENGTH, 15_000);
    for (const reason of ['pause', 'ended', 'hide'] as const)
      expect(shouldReport(state, reason, 17, LENGTH, 16_000)).toBe(true);
  });

  it('does not repeat a position already sent (pause then hide at the same spot)', () => {
    const state = afterReport(initialReporter(false, 0), 42, LENGTH, 1_000);
    expect(shouldReport(state, 'hide', 42.2, LENGTH, 60_000)).toBe(false);
  });

  it('does not report a page left before anything played', () => {
    expect(shouldReport(initialReporter(false, 0), 'hide', 0, LENGTH, 5_000)).toBe(false);
  });

  it('reports as soon as 90% is crossed, once, so completion shows without waiting', () => {
    let state = afterReport(initialReporter(false, 0), 260, LENGTH, 10_000);
    expect(shouldReport(state, 'tick', 271, LENGTH, 11_000)).toBe(true);
    state = afterReport(state, 271, LENGTH, 11_000);
    expect(shouldReport(state, 'tick', 280, LENGTH, 12_000)).toBe(false);
  });

  it('does not rush the 90% report for a lesson already complete', () => {
    const state = initialReporter(true, 0);
    expect(shouldReport(state, 'tick', 280, LENGTH, 1_000)).toBe(false);
  });

  it('sends positions within the lesson (the server refuses more than its length)', () => {
    expect(clampSeconds(5.37, 5)).toBe(5);
    expect(clampSeconds(2.345, 5)).toBe(2.3);
    expect(clampSeconds(-1, 5)).toBe(0);
    expect(clampSeconds(Number.NaN, 5)).toBe(0);
  });
});
