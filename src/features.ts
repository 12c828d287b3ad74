/** A tile of the icon grid on 首页. */
export interface HomeEntry {
  key: string;
  name: string;
  /** One character drawn in the tile's circle (CSS, no image): legible at any size, nothing to download. */
  glyph: string;
  /** The page it opens (in its subpackage). */
  url: string;
}

/** The three jobs, first in the grid. */
export interface Feature extends HomeEntry {
  key: 'issues' | 'culture' | 'eldercare' | 'enterprise';
  description: string;
}

export const FEATURES: Feature[] = [
  {
    key: 'issues',
    name: '我要反映',
    glyph: '报',
    description: '身边的难事、烦心事，拍照说一说',
    url: '/packages/issues/index',
  },
  {
    key: 'culture',
    name: '文化课堂',
    glyph: '学',
    description: '舞蹈、面点、书法、合唱、太极，在家看视频学；社区活动就近报名',
    url: '/packages/culture/catalogue/index',
  },
  {
    key: 'eldercare',
    name: '为老服务',
    glyph: '老',
    description: '免费上门：90岁以上理发，70岁以上疏通维修，困难家庭地暖清洗',
    url: '/packages/eldercare/index',
  },
  {
    key: 'enterprise',
    name: '企业直通车',
    glyph: '企',
    description: '企业融资、招工、政策有难事，直接找街道',
    url: '/packages/enterprise/index',
  },
];

/** What a resident comes back for, after the three jobs. */
export const SHORTCUTS: HomeEntry[] = [
  { key: 'my-courses', name: '我的课程', glyph: '课', url: '/packages/culture/mine/index' },
  { key: 'my-bookings', name: '我的预约', glyph: '约', url: '/packages/eldercare/bookings/index' },
  // 定向招聘: openings of the sub-district's enterprises, near home (public, like the culture catalogue).
  { key: 'jobs', name: '家门口招聘', glyph: '聘', url: '/packages/enterprise/jobs/index' },
  { key: 'messages', name: '消息通知', glyph: '信', url: '/pages/messages/index' },
];
