import { refusal } from './reasons';
import type { DocumentStore } from '../../store/port';
import { ISSUE_CATEGORIES } from './model';

/** An issue category: its time limit, whether its issues are public, and staff reply templates. */
export interface CategoryDoc {
  _id: string;
  name: string;
  description: string;
  /** Open311 group and keywords. */
  group: string;
  keywords: string[];
  /** Working days to resolve, counted from submission (reset on reassignment and reopening). */
  resolveDays: number;
  /** Issues of a non-public category are seen by their reporter and staff only. */
  public: boolean;
  templates: string[];
  order: number;
  active: boolean;
}

export async function listCategories(store: DocumentStore, includeInactive = false): Promise<CategoryDoc[]> {
  const all = await store.find(ISSUE_CATEGORIES, {}, { orderBy: [['order', 'asc']], limit: 100 });
  return includeInactive ? all : all.filter((c) => c.active);
}

export async function getCategory(store: DocumentStore, code: string): Promise<CategoryDoc> {
  const category = await store.get(ISSUE_CATEGORIES, code);
  if (!category || !category.active) throw refusal('CATEGORY_REQUIRED', { category: code });
  return category;
}

export function publicCategory(c: CategoryDoc) {
  return {
    code: c._id,
    name: c.name,
    description: c.description,
    group: c.group,
    resolveDays: c.resolveDays,
    public: c.public,
  };
}
