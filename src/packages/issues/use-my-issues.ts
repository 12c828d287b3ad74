import { useState } from 'react';
import { call } from '../../api/client';
import { usePagedResource } from '../../hooks/use-paged-resource';
import type { IssueItem, MinePage } from '../../issues/types';

export type MineKind = 'reported' | 'supported';
const PAGE_SIZE = 20;

/** 我的反映: what I reported, or what I said "我也遇到" to; page by page. */
export function useMyIssues() {
  const [kind, setKind] = useState<MineKind>('reported');
  const paged = usePagedResource<IssueItem, MinePage>(kind, (page) =>
    call('issues', 'mine', { kind, page, pageSize: PAGE_SIZE }),
  );
  return { kind, choose: setKind, ...paged };
}
