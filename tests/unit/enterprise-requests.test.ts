import type { Industry } from '../../server/domain/enterprise/model';
import { DEFAULT_SETTINGS } from '../../server/domain/issues/settings';
import { fits, grantedWan } from '../../server/domain/enterprise/requests/financing';
import type { RequestDoc } from '../../server/domain/enterprise/requests/model';
import { REQUEST_REFUSALS } from '../../server/domain/enterprise/requests/reasons';
import { derive, requestDeadlines } from '../../server/domain/enterprise/requests/sla';
import {
  EVENT_SIDE,
  nextState,
  REQUEST_EVENTS,
  runningDeadline,
  TRANSITIONS,
} from '../../server/domain/enterprise/requests/states';
import { contribution, statsKey } from '../../server/domain/enterprise/requests/stats';
import { REQUEST_TYPE_SPECS } from '../../server/domain/enterprise/requests/types';
import { expectSoundTable, handMadeErrors } from './refusal-tables';

const filed = new Date('2026-11-26T02:00:00Z'); // Thursday 10:00 Shanghai

function request(patch: Partial<RequestDoc> = {}): RequestDoc {
  const d = requestDeadlines(filed, 5, DEFAULT_SETTINGS);
  return {
    _id: 'rq1',
    ticketNo: 'QY20261126-0001',
    requestId: 'k1',
    enterpriseId: 'e1',
    enterpriseName: '青岛某机械有限公司',
    industry: 'manufacturing',
    filedBy: 'c1',
    filedByName: '张经理',
    type: 'hiring',
    title: '招焊工 10 名',
    description: '急需焊工',
    attachments: [],
    financing: null,
    matches: [],
    departmentId: 'dept-social',
    departmentName: '社会事务办',
    liaisonId: 'l1',
    liaisonName: '李主任',
    source: 'enterprise',
    visitId: null,
    state: 'submitted',
    level: 'liaison',
    supervised: false,
    everOverdue: false,
    ...d,
    resolveDays: 5,
    dueAt: null,
    remindAt: null,
    remindedFor: null,
    escalateAt: null,
    autoCloseAt: null,
    open: true,
    queueSort: '',
    outcome: null,
    rating: null,
    resolvedOnTime: null,
    filedAt: filed.toISOString(),
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    updatedAt: filed.toISOString(),
    version: 1,
    timeline: [],
    ...patch,
  };
}

describe('request states', () => {
  it('lets staff accept, reply and resolve, and the enterprise rate, reopen or withdraw', () => {
    expect(nextState('submitted', 'accept')).toBe('in_progress');
    expect(nextState('in_progress', 'reply')).toBe('in_progress');
    expect(nextState('in_progress', 'resolve')).toBe('resolved');
    expect(nextState('resolved', 'rate')).toBe('closed');
    expect(nextState('resolved', 'reopen')).toBe('in_progress');
    expect(nextState('submitted', 'withdraw')).toBe('withdrawn');
    expect(nextState('resolved', 'auto_close')).toBe('closed');
  });

  it('refuses steps the table does not list, naming the state', () => {
    expect(() => nextState('submitted', 'resolve')).toThrow('诉求当前“待受理”，不能办结');
    expect(() => nextState('closed', 'withdraw')).toThrow('诉求当前“已办结”，不能撤回');
    expect(() => nextState('withdrawn', 'accept')).toThrow();
    expect(() => nextState('resolved', 'withdraw')).toThrow();
  });

  it('gives every event a side, and no side anything the other side owns', () => {
    for (const event of REQUEST_EVENTS) expect(['enterprise', 'staff', 'system']).toContain(EVENT_SIDE[event]);
    expect(EVENT_SIDE.resolve).toBe('staff');
    expect(EVENT_SIDE.rate).toBe('enterprise');
    expect(Object.values(TRANSITIONS.closed)).toEqual([]);
  });

  it('runs the accept deadline while waiting and the resolve deadline while in progress, none after', () => {
    expect(runningDeadline('submitted')).toBe('accept');
    expect(runningDeadline('in_progress')).toBe('resolve');
    expect(runningDeadline('resolved')).toBeNull();
  });
});

describe('request time limits on the shared calendar', () => {
  it('gives one working day to accept and the type limit to resolve, over the weekend', () => {
    const d = requestDeadlines(filed, 5, DEFAULT_SETTINGS);
    expect(d.acceptDueAt).toBe('2026-11-27T02:00:00.000Z');
    expect(d.resolveDueAt).toBe('2026-12-03T02:00:00.000Z'); // Thursday next week
  });

  it('derives reminder and escalation from the running deadline, and stops them once resolved', () => {
    const waiting = derive(null, request());
    expect(waiting.dueAt).toBe('2026-11-27T02:00:00.000Z');
    expect(waiting.remindAt).toBe('2026-11-26T22:00:00.000Z');
    expect(waiting.escalateAt).toBe(waiting.dueAt);
    const working = derive(waiting, { ...waiting, state: 'in_progress' });
    expect(working.dueAt).toBe('2026-12-03T02:00:00.000Z');
    expect(working.remindAt).toBe('2026-12-02T02:00:00.000Z');
    const resolved = derive(working, { ...working, state: 'resolved', resolvedAt: '2026-12-01T02:00:00.000Z' });
    expect([resolved.dueAt, resolved.remindAt, resolved.escalateAt, resolved.open]).toEqual([null, null, null, false]);
    expect(resolved.autoCloseAt).toBe('2026-12-08T02:00:00.000Z');
  });

  it('puts supervised requests at the head of the queue', () => {
    const plain = derive(null, request());
    const supervised = derive(null, request({ supervised: true, acceptDueAt: '2026-11-30T02:00:00.000Z' }));
    expect(supervised.queueSort < plain.queueSort).toBe(true);
  });

  it('routes every type to a department with a limit', () => {
    for (const spec of Object.values(REQUEST_TYPE_SPECS)) {
      expect(spec.departmentId).toMatch(/^dept-/);
      expect(spec.resolveDays).toBeGreaterThan(0);
    }
  });
});

describe('request statistics contribution', () => {
  it('counts outcome figures only once the request is solved', () => {
    const outcome = { financingWan: 800, jobsFilled: 12, policiesApplied: 2, summary: '' };
    expect(contribution(request({ state: 'in_progress', outcome })).financingWan).toBe(0);
    const solved = contribution(
      request({
        state: 'closed',
        outcome,
        rating: { stars: 5, satisfied: true, comment: '', at: '' },
        resolvedOnTime: true,
      }),
    );
    expect(solved).toMatchObject({
      filed: 1,
      open: 0,
      solved: 1,
      solvedOnTime: 1,
      rated: 1,
      satisfied: 1,
      stars: 5,
      financingWan: 800,
      jobsFilled: 12,
      policiesApplied: 2,
    });
    expect(contribution(request({ state: 'withdrawn' }))).toMatchObject({ filed: 1, solved: 0, withdrawn: 1, open: 0 });
  });

  it('keys counters by Shanghai month, type, department and industry', () => {
    const late = request({ filedAt: '2026-11-30T16:30:00.000Z' }); // 1 December 00:30 in Shanghai
    expect(statsKey(late).month).toBe('2026-12');
    expect(statsKey(late).id).not.toBe(statsKey(request({ industry: 'wholesale_retail' })).id);
  });
});

describe('定制融资 matching', () => {
  const product = {
    minWan: 50,
    maxWan: 1000,
    maxTermMonths: 36,
    industries: ['manufacturing'] as Industry[],
    active: true,
  };
  it('fits a need within the amount range, term and industry of the product', () => {
    expect(fits(product, { amountWan: 300, purpose: '购置设备', termMonths: 24 }, 'manufacturing')).toBe(true);
    expect(fits(product, { amountWan: 3000, purpose: '扩产', termMonths: 24 }, 'manufacturing')).toBe(false);
    expect(fits(product, { amountWan: 300, purpose: '扩产', termMonths: 60 }, 'manufacturing')).toBe(false);
    expect(fits(product, { amountWan: 300, purpose: '扩产', termMonths: 12 }, 'wholesale_retail')).toBe(false);
    expect(
      fits({ ...product, industries: [] }, { amountWan: 300, purpose: '扩产', termMonths: 12 }, 'wholesale_retail'),
    ).toBe(true);
    expect(
      fits({ ...product, active: false }, { amountWan: 300, purpose: '扩产', termMonths: 12 }, 'manufacturing'),
    ).toBe(false);
  });

  it('sums what the granted matches lent', () => {
    const m = (status: 'proposed' | 'granted' | 'declined', grantedWan: number | null) => ({
      productId: status,
      productName: '',
      provider: '',
      status,
      grantedWan,
      note: '',
      at: '',
      by: '',
    });
    expect(
      grantedWan({ matches: [m('granted', 300), m('declined', null), m('proposed', null), m('granted', 200)] }),
    ).toBe(500);
  });
});

describe('request refusals', () => {
  it('map every reason to a Chinese sentence and an error code, and are the only way the direct line refuses', () => {
    expectSoundTable(REQUEST_REFUSALS);
    expect(handMadeErrors('server/domain/enterprise/requests')).toEqual([]);
  });
});
