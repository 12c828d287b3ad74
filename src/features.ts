/** The home entries. Each opens its feature page once built; until then the "coming soon" page. */
export interface Feature {
  key: 'issues' | 'culture' | 'eldercare';
  name: string;
  description: string;
  /** What the feature will do, told on the coming-soon page. */
  promise: string;
  /** The feature's first page once it is built; without it the entry opens the coming-soon page. */
  url?: string;
}

export const FEATURES: Feature[] = [
  {
    key: 'issues',
    name: '我要反映',
    description: '身边的难事、烦心事，拍照说一说',
    promise: '您反映的问题会直接送到网格员手中，办理进度随时能查。',
  },
  {
    key: 'culture',
    name: '文化课堂',
    description: '书法、合唱、健康讲座，就近报名',
    promise: '社区的各类课程和活动都能在这里查看、报名。',
  },
  {
    key: 'eldercare',
    name: '为老服务',
    description: '助餐、助浴、上门探访，一键预约',
    promise: '老年人和家属可以在这里预约助餐、助浴和上门探访等服务。',
  },
];

export function findFeature(key: string | undefined): Feature | undefined {
  return FEATURES.find((f) => f.key === key);
}
