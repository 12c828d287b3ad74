import { useEffect, useRef, useState } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { Catalogue, CatalogueMode, CategoryId } from '../lib/types';

export interface CatalogueFilter {
  mode: CatalogueMode;
  category: CategoryId | null;
  /** The search words as submitted (the box may hold text not searched yet). */
  q: string;
}

/** The catalogue and its filters; each change of filter asks the server again (the catalogue is small). */
export function useCatalogue() {
  const [filter, setFilter] = useState<CatalogueFilter>({ mode: 'all', category: null, q: '' });
  const resource = useResource<Catalogue>(() =>
    call('culture', 'catalogue', {
      mode: filter.mode,
      ...(filter.category ? { category: filter.category } : {}),
      ...(filter.q ? { q: filter.q } : {}),
    }),
  );
  const { reload } = resource;

  // The mount load is useResource's own; later filter changes load here (after render, so the new filter is read).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [filter, reload]);

  const change = (patch: Partial<CatalogueFilter>) => setFilter((prev) => ({ ...prev, ...patch }));

  return { ...resource, filter, change };
}
