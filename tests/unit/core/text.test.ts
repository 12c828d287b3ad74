import { sentences } from '../../../server/core/text';

describe('sentences: one full stop between and after sentences', () => {
  it('adds a full stop to a note typed without one', () => {
    expect(sentences('楼道小广告已擦净', '请您对办理结果进行评价')).toBe('楼道小广告已擦净。请您对办理结果进行评价。');
  });

  it('never doubles the full stop a staff member typed', () => {
    expect(sentences('楼道小广告已擦净。', '请您对办理结果进行评价。')).toBe(
      '楼道小广告已擦净。请您对办理结果进行评价。',
    );
    expect(sentences('已擦净。。', '请评价')).toBe('已擦净。请评价。');
  });

  it('keeps an exclamation or question mark and turns a trailing comma into a full stop', () => {
    expect(sentences('已修好！', '请评价')).toBe('已修好！请评价。');
    expect(sentences('已处理，', '请评价')).toBe('已处理。请评价。');
    expect(sentences('请确认？ ', '谢谢')).toBe('请确认？谢谢。');
  });

  it('skips empty parts', () => {
    expect(sentences('', null, undefined, false, '  ', '已受理')).toBe('已受理。');
  });
});
