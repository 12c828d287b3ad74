/** The three big entries on the home page, one per job. */
export interface Feature {
  key: 'issues' | 'culture' | 'eldercare';
  name: string;
  description: string;
  /** The feature's first page (in its subpackage). */
  url: string;
}

export const FEATURES: Feature[] = [
  {
    key: 'issues',
    name: '我要反映',
    description: '身边的难事、烦心事，拍照说一说',
    url: '/packages/issues/index',
  },
  {
    key: 'culture',
    name: '文化课堂',
    description: '舞蹈、面点、书法、合唱、太极，在家看视频学；社区活动就近报名',
    url: '/packages/culture/catalogue/index',
  },
  {
    key: 'eldercare',
    name: '为老服务',
    description: '免费上门：90岁以上理发，70岁以上疏通维修，困难家庭地暖清洗',
    url: '/packages/eldercare/index',
  },
];
