import type { CategoryId } from './types';

/**
 * Category names for the staff form. A Record over the server's category type,
 * so adding or renaming a category on the server fails the type check here.
 */
export const CATEGORY_NAMES: Record<CategoryId, string> = {
  dance: '舞蹈',
  pastry: '面点',
  calligraphy: '书法',
  choir: '合唱',
  taichi: '太极',
  papercut: '剪纸',
  festival: '节日活动',
  market: '文化市集',
  arts: '文艺展演',
};

export const CATEGORY_OPTIONS = (Object.keys(CATEGORY_NAMES) as CategoryId[]).map((value) => ({
  value,
  label: CATEGORY_NAMES[value],
}));
