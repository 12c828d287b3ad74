import { useCallback, useEffect, useState } from 'react';
import { call } from '../../../api/client';
import { toApiError, type ApiError } from '../../../api/errors';
import { useResource } from '../../../hooks/use-resource';
import { copyText } from '../../../platform/clipboard';
import { DAY_PATTERN } from '../../../rules/fields';
import type { ApiKeyRow, IssuedApiKey, IssueSettingsView, SettingsPatch, StaffCategory } from '../../../issues/types';
import { confirm } from '../lib/confirm';
import type { Outcome as SharedOutcome } from '../../../components/Notice';

type Outcome = SharedOutcome | null;

/** Dates typed one per line (or separated by commas or spaces), checked, sorted and deduplicated. */
export function parseDays(text: string): { days: string[]; bad: string[] } {
  const parts = text
    .split(/[\s,，、;；]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const bad = parts.filter((p) => !DAY_PATTERN.test(p));
  return { days: [...new Set(parts.filter((p) => DAY_PATTERN.test(p)))].sort(), bad };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Daily limit and the working-day calendar (holidays and 调休 working days). */
export function useSettingsForm() {
  const settings = useResource<IssueSettingsView>(() => call('issues', 'settings', {}));
  const [dailyLimit, setDailyLimit] = useState('');
  const [holidays, setHolidays] = useState('');
  const [workdays, setWorkdays] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const loaded = settings.data;

  // The form starts from what is stored, and again after each save.
  useEffect(() => {
    if (!loaded) return;
    setDailyLimit(String(loaded.dailyLimit));
    setHolidays(loaded.holidays.join('\n'));
    setWorkdays(loaded.workdays.join('\n'));
  }, [loaded]);

  const save = useCallback(async () => {
    if (!loaded) return;
    setOutcome(null);
    const limit = Number(dailyLimit);
    if (!/^\d+$/.test(dailyLimit.trim()) || limit < 1 || limit > 50) {
      setOutcome({ ok: false, text: '每人每天最多反映件数请填 1 到 50 之间的整数。' });
      return;
    }
    const h = parseDays(holidays);
    const w = parseDays(workdays);
    const bad = [...h.bad, ...w.bad];
    if (bad.length > 0) {
      setOutcome({
        ok: false,
        text: `这些日期格式不对：${bad.slice(0, 3).join('、')}。请按“2026-10-01”的样子填写，每行一个。`,
      });
      return;
    }
    const patch: SettingsPatch = {};
    if (limit !== loaded.dailyLimit) patch.dailyLimit = limit;
    if (!sameList(h.days, [...loaded.holidays].sort())) patch.holidays = h.days;
    if (!sameList(w.days, [...loaded.workdays].sort())) patch.workdays = w.days;
    if (Object.keys(patch).length === 0) {
      setOutcome({ ok: true, text: '没有改动，无需保存。' });
      return;
    }
    setBusy(true);
    try {
      const next = await call('issues', 'updateSettings', patch);
      settings.setData(() => next);
      setOutcome({ ok: true, text: '设置已保存，新的反映按新设置计算。' });
    } catch (err) {
      setOutcome({ ok: false, text: toApiError(err).message });
    } finally {
      setBusy(false);
    }
  }, [loaded, dailyLimit, holidays, workdays, settings]);

  return { settings, dailyLimit, setDailyLimit, holidays, setHolidays, workdays, setWorkdays, save, busy, outcome };
}

/** Each category's resolve limit (working days) and whether its issues are public. */
export function useCategories() {
  const categories = useResource(() => call('issues', 'categories', {}));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busyCode, setBusyCode] = useState<string | null>(null);

  const save = useCallback(
    async (category: StaffCategory, resolveDaysText: string, isPublic: boolean) => {
      setOutcome(null);
      const days = Number(resolveDaysText);
      if (!/^\d+$/.test(resolveDaysText.trim()) || days < 1 || days > 60) {
        setOutcome({ ok: false, text: `“${category.name}”的办结时限请填 1 到 60 之间的整数（工作日）。` });
        return;
      }
      if (days === category.resolveDays && isPublic === category.public) {
        setOutcome({ ok: true, text: `“${category.name}”没有改动。` });
        return;
      }
      setBusyCode(category.code);
      try {
        const next = await call('issues', 'updateCategory', {
          code: category.code,
          resolveDays: days,
          public: isPublic,
        });
        categories.setData((prev) =>
          prev ? { categories: prev.categories.map((c) => (c.code === next.code ? { ...c, ...next } : c)) } : prev,
        );
        setOutcome({
          ok: true,
          text: `“${category.name}”已保存：${days} 个工作日内办结，${isPublic ? '其他居民可以看到' : '只有反映人和工作人员能看到'}。已在办的诉求期限不变。`,
        });
      } catch (err) {
        setOutcome({ ok: false, text: toApiError(err).message });
      } finally {
        setBusyCode(null);
      }
    },
    [categories],
  );

  return { categories, save, busyCode, outcome };
}

/** Open311 keys: issue (the key is shown once), list, revoke, copy. */
export function useApiKeys() {
  const keys = useResource(() => call('issues', 'listApiKeys', {}));
  const [name, setName] = useState('');
  const [limit, setLimit] = useState('500');
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<IssuedApiKey | null>(null);
  const [copied, setCopied] = useState<Outcome>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const reloadKeys = keys.reload;

  const issue = useCallback(async () => {
    setOutcome(null);
    setCopied(null);
    if (name.trim().length < 2) {
      setOutcome({ ok: false, text: '请写明密钥给谁用（至少 2 个字），例如“12345 热线对接”。' });
      return;
    }
    const dailyLimit = Number(limit);
    if (!/^\d+$/.test(limit.trim()) || dailyLimit < 1 || dailyLimit > 10_000) {
      setOutcome({ ok: false, text: '每天最多调用次数请填 1 到 10000 之间的整数。' });
      return;
    }
    setBusy(true);
    try {
      const key = await call('issues', 'issueApiKey', { name: name.trim(), dailyLimit });
      setIssued(key);
      setName('');
      reloadKeys();
    } catch (err) {
      setOutcome({ ok: false, text: toApiError(err).message });
    } finally {
      setBusy(false);
    }
  }, [name, limit, reloadKeys]);

  const copy = useCallback(async () => {
    if (!issued) return;
    const ok = await copyText(issued.key);
    setCopied(
      ok
        ? { ok: true, text: '已复制，请粘贴发给对接单位。' }
        : { ok: false, text: '没能自动复制，请长按密钥手动复制。' },
    );
  }, [issued]);

  const revoke = useCallback(
    async (key: ApiKeyRow) => {
      const ok = await confirm('作废密钥', `作废后，“${key.name}”将不能再通过接口提交或查询。确定作废吗？`);
      if (!ok) return;
      setError(null);
      setOutcome(null);
      try {
        await call('issues', 'revokeApiKey', { id: key.id });
        if (issued?.id === key.id) setIssued(null);
        setOutcome({ ok: true, text: `“${key.name}”已作废。` });
        reloadKeys();
      } catch (err) {
        setError(toApiError(err));
      }
    },
    [issued, reloadKeys],
  );

  return {
    keys,
    name,
    setName,
    limit,
    setLimit,
    issue,
    busy,
    issued,
    dismissIssued: () => setIssued(null),
    copy,
    copied,
    revoke,
    outcome,
    error,
  };
}

/** The one-date-per-line list with `day` added at the end, unless it is there already. */
export function withDay(list: string, day: string): string {
  const lines = list
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.includes(day) ? lines.join('\n') : [...lines, day].join('\n');
}
