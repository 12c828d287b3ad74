import {
  EMPTY_DRAFT,
  parsePlate,
  similarQuery,
  toReportInput,
  validateDraft,
  type ReportDraft,
} from '../../../src/packages/issues/report/report-draft';

const filled: ReportDraft = {
  ...EMPTY_DRAFT,
  category: 'road',
  description: '路灯坏了三天了',
  street: '万安一路',
  number: '6甲',
};
const place = { lat: 36.07, lng: 120.38, name: '湖岛市场' };

describe('report draft: door plates', () => {
  it('reads plates as people write them and keeps the suffix', () => {
    expect(parsePlate('6')).toEqual({ number: 6 });
    expect(parsePlate(' 6号 ')).toEqual({ number: 6 });
    expect(parsePlate('6甲')).toEqual({ number: 6, suffix: '甲' });
    expect(parsePlate('6－1')).toEqual({ number: 6, suffix: '-1' });
  });

  it('refuses what is not a plate', () => {
    expect(parsePlate('')).toBeNull();
    expect(parsePlate('0')).toBeNull();
    expect(parsePlate('12345')).toBeNull();
    expect(parsePlate('六号')).toBeNull();
  });
});

describe('report draft: validation', () => {
  it('passes a complete draft', () => {
    expect(validateDraft(filled)).toBeNull();
  });

  it('names the first field to fix, top to bottom', () => {
    expect(validateDraft(EMPTY_DRAFT)?.field).toBe('category');
    expect(validateDraft({ ...filled, description: ' 坏了 ' })).toEqual({
      field: 'description',
      message: '请把问题写清楚一些，至少 5 个字。',
    });
    expect(validateDraft({ ...filled, description: '很'.repeat(2001) })?.field).toBe('description');
    expect(validateDraft({ ...filled, street: null })?.field).toBe('street');
    expect(validateDraft({ ...filled, number: '门口' })?.field).toBe('number');
    expect(validateDraft({ ...filled, phone: '12345' })?.field).toBe('phone');
    expect(validateDraft({ ...filled, phone: '0532-82812345' })).toBeNull();
  });

  it('counts characters, not UTF-16 units, so five Chinese characters or emoji are enough', () => {
    expect(validateDraft({ ...filled, description: '井盖丢失了' })).toBeNull();
    expect(validateDraft({ ...filled, description: '😀😀😀😀' })?.field).toBe('description');
  });

  it('takes a landmark instead of a plate, but still wants the street and a landmark of two characters', () => {
    const landmark = { ...filled, number: '', useLandmark: true, landmark: '菜市场东门' };
    expect(validateDraft(landmark)).toBeNull();
    expect(validateDraft({ ...landmark, landmark: '门' })?.field).toBe('landmark');
    expect(validateDraft({ ...landmark, street: null })?.field).toBe('street');
  });

  it('takes a map position alone as the place, but a half-typed address beside it must be completed', () => {
    const mapOnly = { ...filled, street: null, number: '', location: place };
    expect(validateDraft(mapOnly)).toBeNull();
    expect(validateDraft({ ...mapOnly, number: '6' })?.field).toBe('street');
    expect(validateDraft({ ...mapOnly, street: '万安一路' })?.field).toBe('number');
  });

  it('reports the photos last, with their own sentence', () => {
    expect(validateDraft(filled, '还有照片没有传完，请稍等。')).toEqual({
      field: 'photos',
      message: '还有照片没有传完，请稍等。',
    });
    expect(validateDraft({ ...filled, category: null }, '还有照片没有传完，请稍等。')?.field).toBe('category');
  });
});

describe('report draft: similar reports and the filed input', () => {
  it('asks about the same category at the same street and number, or at the map position', () => {
    expect(similarQuery(EMPTY_DRAFT)).toBeNull();
    expect(similarQuery({ ...filled, street: null })).toBeNull();
    expect(similarQuery(filled)).toEqual({ category: 'road', street: '万安一路', number: 6 });
    expect(similarQuery({ ...filled, useLandmark: true, landmark: '菜市场' })).toBeNull();
    expect(similarQuery({ ...filled, street: null, location: place })).toEqual({
      category: 'road',
      lat: 36.07,
      lng: 120.38,
    });
  });

  it('files trimmed text, the address with its suffix, and no phone as null', () => {
    expect(
      toReportInput({ ...filled, description: ' 路灯坏了三天了 ', detail: ' 3号楼 ', phone: ' ' }, 'is-1', ['p/1.jpg']),
    ).toEqual({
      requestId: 'is-1',
      category: 'road',
      description: '路灯坏了三天了',
      photos: ['p/1.jpg'],
      phone: null,
      hideName: false,
      address: { street: '万安一路', number: 6, suffix: '甲', detail: '3号楼' },
    });
  });

  it('files a landmark instead of an address, and the map position when one was picked', () => {
    const input = toReportInput(
      { ...filled, useLandmark: true, landmark: ' 菜市场东门 ', location: place, phone: '13800138000', hideName: true },
      'is-2',
      [],
    );
    expect(input.address).toBeUndefined();
    expect(input.landmark).toEqual({ street: '万安一路', text: '菜市场东门' });
    expect(input.location).toEqual(place);
    expect(input.phone).toBe('13800138000');
    expect(input.hideName).toBe(true);
  });
});
