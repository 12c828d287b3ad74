import type { SortDirection } from './port';

/**
 * A collection and the indexes its queries need. Both adapters read these:
 * SQLite creates expression indexes from them, and the CloudBase index list in
 * the README (and scripts/cloudbase-indexes.ts) comes from the same specs.
 */
export interface IndexSpec {
  name: string;
  fields: Array<[field: string, direction: SortDirection]>;
  unique?: boolean;
}

export interface CollectionSpec {
  name: string;
  indexes: IndexSpec[];
}
