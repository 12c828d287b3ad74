import { call } from '../../../api/client';
import { useFilteredResource } from '../../../hooks/use-filtered-resource';
import { useResource } from '../../../hooks/use-resource';
import { needsLogin } from '../../../auth/session';
import type { Catalogue, CatalogueMode, CategoryId } from '../lib/types';

export interface CatalogueFilter {
  mode: CatalogueMode;
  category: CategoryId | null;
  /** The search words as submitted (the box may hold text not searched yet). */
  q: string;
}

/** The catalogue and its filters; each change of filter asks the server again (the catalogue is small). */
export function useCatalogue() {
  const { filter, setFilter, resource } = useFilteredResource<CatalogueFilter, Catalogue>(
    { mode: 'all', category: null, q: '' },
    (f) =>
      call('culture', 'catalogue', {
        mode: f.mode,
        ...(f.category ? { category: f.category } : {}),
        ...(f.q ? { q: f.q } : {}),
      }),
  );

  const change = (patch: Partial<CatalogueFilter>) => setFilter((prev) => ({ ...prev, ...patch }));

  // What I have signed up for, to mark 已报名 on the cards (the catalogue itself is the same for everyone).
  const mine = useResource(() => call('culture', 'mine'), { enabled: !needsLogin() });
  const signedUp = new Set<string>([
    ...(mine.data?.courses ?? []).map((c) => c.course.id),
    ...(mine.data?.sessions ?? [])
      .filter((s) => s.mine.state === 'enrolled' || s.mine.state === 'offered' || s.mine.state === 'waitlisted')
      .map((s) => s.session.id),
  ]);

  return { ...resource, filter, change, signedUp };
}
