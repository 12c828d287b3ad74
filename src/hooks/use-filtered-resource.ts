import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useResource, type Resource } from './use-resource';

export interface FilteredResource<F, T> {
  filter: F;
  setFilter: Dispatch<SetStateAction<F>>;
  resource: Resource<T>;
}

/**
 * A resource that depends on a filter the user chooses (a status tab, a month
 * range, search words): each new filter asks the server again.
 * The mount load is useResource's own; later changes load here, after the
 * render, so the loader already reads the new filter.
 */
export function useFilteredResource<F, T>(initial: F, load: (filter: F) => Promise<T>): FilteredResource<F, T> {
  const [filter, setFilter] = useState<F>(initial);
  const resource = useResource<T>(() => load(filter));
  const { reload } = resource;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [filter, reload]);
  return { filter, setFilter, resource };
}
