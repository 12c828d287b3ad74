import { useCallback, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError, type ApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import { HOUSE_NUMBER_MAX } from '../../../rules/fields';
import type { AddressRuleRow, Parity } from '../../../issues/types';
import { confirm } from '../lib/confirm';

export interface RuleDraft {
  /** Set when an existing rule is being changed. */
  id?: string;
  street: string;
  from: string;
  to: string;
  parity: Parity | null;
  gridId: string | null;
}

export const EMPTY_DRAFT: RuleDraft = { street: '', from: '', to: '', parity: 'all', gridId: null };

export const PARITY_LABEL: Record<Parity, string> = { all: '单双号都算', odd: '只算单号', even: '只算双号' };

/** Checked here so the admin hears about a typo at once; the server checks the same again. */
export function checkDraft(d: RuleDraft): string | null {
  if (!d.street.trim()) return '请填写街道名称，例如“宜昌路”。';
  const from = Number(d.from);
  const to = Number(d.to);
  if (!/^\d+$/.test(d.from.trim()) || from < 1) return '请填写起始门牌号（正整数）。';
  if (!/^\d+$/.test(d.to.trim()) || to < 1) return '请填写结束门牌号（正整数）。';
  if (from > to) return '起始门牌号不能大于结束门牌号。';
  if (from > HOUSE_NUMBER_MAX || to > HOUSE_NUMBER_MAX) return `门牌号最大 ${HOUSE_NUMBER_MAX}。`;
  if (!d.parity) return '请选择单号、双号或全部。';
  if (!d.gridId) return '请选择这段门牌归哪个网格。';
  return null;
}

/** 地址规则: the rules the caller may keep, the grids they may route to, and saving and deleting. */
export function useAddressRules() {
  const rules = useResource(() => call('issues', 'addressRules', {}));
  const grids = useResource(() => call('issues', 'grids', {}));
  const [draft, setDraft] = useState<RuleDraft>(EMPTY_DRAFT);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<ApiError | null>(null);
  const reloadRules = rules.reload;

  const edit = useCallback((rule: AddressRuleRow) => {
    setDraft({
      id: rule.id,
      street: rule.street,
      from: String(rule.from),
      to: String(rule.to),
      parity: rule.parity,
      gridId: rule.gridId,
    });
    setFormError(null);
    setDone(null);
  }, []);

  const cancelEdit = useCallback(() => {
    setDraft(EMPTY_DRAFT);
    setFormError(null);
  }, []);

  const save = useCallback(async () => {
    const problem = checkDraft(draft);
    setDone(null);
    if (problem) {
      setFormError(problem);
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      const saved = await call('issues', 'saveAddressRule', {
        ...(draft.id ? { id: draft.id } : {}),
        street: draft.street.trim(),
        from: Number(draft.from),
        to: Number(draft.to),
        parity: draft.parity as Parity,
        gridId: draft.gridId as string,
      });
      const grid = (grids.data?.communities ?? [])
        .flatMap((c) => c.branches.flatMap((b) => b.grids))
        .find((g) => g.id === saved.gridId);
      setDone(
        `已保存：${saved.street} ${saved.from}–${saved.to} 号（${PARITY_LABEL[saved.parity]}）归${grid?.name ?? '所选网格'}。`,
      );
      setDraft(EMPTY_DRAFT);
      reloadRules();
    } catch (err) {
      setFormError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  }, [draft, grids.data, reloadRules]);

  const remove = useCallback(
    async (rule: AddressRuleRow) => {
      const ok = await confirm(
        '删除地址规则',
        `删除后，${rule.street} ${rule.from}–${rule.to} 号的新反映不再自动分到${rule.gridName}。确定删除吗？`,
      );
      if (!ok) return;
      setRemoveError(null);
      setDone(null);
      try {
        await call('issues', 'removeAddressRule', { id: rule.id });
        setDone(`已删除：${rule.street} ${rule.from}–${rule.to} 号的规则。`);
        if (draft.id === rule.id) setDraft(EMPTY_DRAFT);
        reloadRules();
      } catch (err) {
        setRemoveError(toApiError(err));
      }
    },
    [draft.id, reloadRules],
  );

  return { rules, grids, draft, setDraft, edit, cancelEdit, save, remove, busy, formError, done, removeError };
}
