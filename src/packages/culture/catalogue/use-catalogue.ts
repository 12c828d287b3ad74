import { call } from '../../../api/client';
import { useFilteredResource } from '../../../hooks/use-filtered-resource';
import type { Catalogue, CatalogueMode, CategoryId } from '../lib/types';

export interface CatalogueFilter {
  mode: CatalogueMode;
  category: CategoryId | null;
  /** The search words as submitted (the box may hold text not searched yet). */
  q: string;
}

/** The catalogue and its filters; each change of filter asks the server again (the catalogue is small). */
export function useCatalogue() {
  const { filter, setFilter, resource } = useFilteredResource<CatalogueFilter, Catalogue>({ mode: 'all', category: null, q: '' }, (f) =>
    call('culture', 'catalogue', {
      mode: f.mode,
      ...(f.category ? { category: f.category } : {}),
      ...(f.q ? { q: f.q } : {}),
    }),
  );

  const change = (patch: Partial<CatalogueFilter>) => setFilter((prev) => ({ ...prev, ...patch }));

  return { ...resource, filter, change };
}
