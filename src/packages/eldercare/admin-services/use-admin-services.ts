import { useCallback, useMemo } from 'react';
import { call } from '../../../api/client';
import { useResource } from '../../../hooks/use-resource';
import type { Application, ServiceInput, ServiceView } from '../lib/types';
import { useRunner } from '../lib/use-runner';

/** The service form as typed: numbers stay text until saved; an empty age or quota means 不限. */
export interface ServiceDraft {
  serviceId: string | null;
  version: number | null;
  partnerId: string | null;
  name: string;
  description: string;
  mode: 'home' | 'shop';
  minAge: string;
  difficultyRequired: boolean;
  quotaPerYear: string;
  bookAheadDays: string;
  minNoticeHours: string;
  cancelCutoffHours: string;
}

export const NEW_SERVICE: ServiceDraft = {
  serviceId: null,
  version: null,
  partnerId: null,
  name: '',
  description: '',
  mode: 'home',
  minAge: '',
  difficultyRequired: false,
  quotaPerYear: '',
  bookAheadDays: '28',
  minNoticeHours: '12',
  cancelCutoffHours: '24',
};

export function draftOfService(s: ServiceView): ServiceDraft {
  return {
    serviceId: s.id,
    version: s.version,
    partnerId: s.partner.id,
    name: s.name,
    description: s.description,
    mode: s.mode,
    minAge: s.eligibility.minAge === null ? '' : String(s.eligibility.minAge),
    difficultyRequired: s.eligibility.difficultyRequired,
    quotaPerYear: s.quotaPerYear === null ? '' : String(s.quotaPerYear),
    bookAheadDays: String(s.bookAheadDays),
    minNoticeHours: String(s.minNoticeHours),
    cancelCutoffHours: String(s.cancelCutoffHours),
  };
}

function whole(text: string, label: string, min: number, max: number): number | string {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return `${label}请填写整数。`;
  const n = Number(t);
  if (n < min || n > max) return `${label}要在 ${min} 到 ${max} 之间。`;
  return n;
}

/** Checks the draft with the server's limits and returns the input to save, or the first problem in words. */
export function serviceInputOf(d: ServiceDraft): { input: ServiceInput } | { problem: string } {
  if (!d.partnerId) return { problem: '请选择提供服务的红色合伙人。' };
  if (!d.name.trim()) return { problem: '请填写服务名称。' };
  const minAge = d.minAge.trim() === '' ? null : whole(d.minAge, '最低年龄', 0, 120);
  const quota = d.quotaPerYear.trim() === '' ? null : whole(d.quotaPerYear, '每年次数', 1, 52);
  const ahead = whole(d.bookAheadDays, '提前开放天数', 1, 90);
  const notice = whole(d.minNoticeHours, '最晚提前预约小时数', 0, 168);
  const cutoff = whole(d.cancelCutoffHours, '取消截止小时数', 0, 168);
  for (const v of [minAge, quota, ahead, notice, cutoff]) if (typeof v === 'string') return { problem: v };
  return {
    input: {
      ...(d.serviceId ? { serviceId: d.serviceId } : {}),
      ...(d.version ? { version: d.version } : {}),
      partnerId: d.partnerId,
      name: d.name.trim(),
      description: d.description.trim(),
      mode: d.mode,
      eligibility: { minAge: minAge as number | null, difficultyRequired: d.difficultyRequired },
      quotaPerYear: quota as number | null,
      bookAheadDays: ahead as number,
      minNoticeHours: notice as number,
      cancelCutoffHours: cutoff as number,
    },
  };
}

/**
 * District admins set up each partner's services: who may book (age, households
 * in difficulty), how often a year, how far ahead, and the cancel cut-off.
 * Partners to choose from: those with services and those approved from an application.
 */
export function useAdminServices() {
  const services = useResource<ServiceView[]>(() => call('eldercare', 'partnerServices'));
  const approved = useResource<Application[]>(() => call('eldercare', 'listApplications', { status: 'approved' }));
  const { busy, outcome, run, say } = useRunner();
  const { reload } = services;

  const partners = useMemo(() => {
    const byId = new Map<string, string>();
    for (const s of services.data ?? []) byId.set(s.partner.id, s.partner.name);
    for (const a of approved.data ?? []) if (a.partnerId) byId.set(a.partnerId, a.name);
    return [...byId].map(([value, label]) => ({ value, label }));
  }, [services.data, approved.data]);

  const save = useCallback(
    async (d: ServiceDraft): Promise<boolean> => {
      const checked = serviceInputOf(d);
      if ('problem' in checked) {
        say({ ok: false, text: checked.problem });
        return false;
      }
      const done = await run(
        'save',
        () => call('eldercare', 'saveService', checked.input),
        (s) =>
          d.serviceId
            ? `已保存${s.name}的设置，之后的新预约按新设置办理。`
            : `已添加${s.name}。请提醒${s.partner.name}设置服务时段。`,
      );
      reload();
      return done !== null;
    },
    [run, say, reload],
  );

  return { services, partners, save, busy: busy === 'save', outcome, say };
}
