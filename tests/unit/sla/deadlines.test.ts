import {
  calendarOf,
  isOverdue,
  nextEscalationStep,
  runningClock,
  workingDaysAfter,
} from '../../../server/domain/sla/deadlines';
import { DEFAULT_HOLIDAYS, DEFAULT_WORKDAYS } from '../../../server/domain/sla/holidays';
import { SLA_REFUSALS } from '../../../server/domain/sla/reasons';
import { expectSoundTable, handMadeErrors } from '../refusal-tables';

const cal = calendarOf({ holidays: DEFAULT_HOLIDAYS, workdays: DEFAULT_WORKDAYS });
const thursday10 = new Date('2026-11-26T02:00:00Z'); // Thursday 10:00 Shanghai

describe('shared deadline machinery', () => {
  it('counts working days over the weekend in Shanghai time', () => {
    expect(workingDaysAfter(thursday10, 1, cal)).toBe('2026-11-27T02:00:00.000Z');
    expect(workingDaysAfter(thursday10, 2, cal)).toBe('2026-11-30T02:00:00.000Z'); // Monday
    expect(workingDaysAfter(new Date('2026-09-30T02:00:00Z'), 1, cal)).toBe('2026-10-08T02:00:00.000Z'); // over 国庆 (10-01..10-07)
  });

  it('sets the reminder before a new deadline and starts escalation at it', () => {
    const clock = runningClock(null, {
      dueAt: '2026-11-27T02:00:00.000Z',
      remindedFor: null,
      escalateAt: null,
      remindLeadHours: 4,
    });
    expect(clock).toEqual({
      dueAt: '2026-11-27T02:00:00.000Z',
      remindAt: '2026-11-26T22:00:00.000Z',
      escalateAt: '2026-11-27T02:00:00.000Z',
    });
  });

  it('sends no second reminder for the same deadline and keeps the escalation progress while the deadline stands', () => {
    const before = { dueAt: '2026-11-27T02:00:00.000Z' };
    const clock = runningClock(before, {
      dueAt: before.dueAt,
      remindedFor: before.dueAt,
      escalateAt: '2026-11-30T02:00:00.000Z',
      remindLeadHours: 4,
    });
    expect(clock.remindAt).toBeNull();
    expect(clock.escalateAt).toBe('2026-11-30T02:00:00.000Z');
  });

  it('restarts the escalation schedule when the deadline moves, and stops everything when none runs', () => {
    const moved = runningClock(
      { dueAt: '2026-11-27T02:00:00.000Z' },
      {
        dueAt: '2026-12-01T02:00:00.000Z',
        remindedFor: '2026-11-27T02:00:00.000Z',
        escalateAt: null,
        remindLeadHours: 24,
      },
    );
    expect(moved).toEqual({
      dueAt: '2026-12-01T02:00:00.000Z',
      remindAt: '2026-11-30T02:00:00.000Z',
      escalateAt: '2026-12-01T02:00:00.000Z',
    });
    expect(
      runningClock(
        { dueAt: moved.dueAt },
        { dueAt: null, remindedFor: null, escalateAt: moved.escalateAt, remindLeadHours: 4 },
      ),
    ).toEqual({ dueAt: null, remindAt: null, escalateAt: null });
  });

  it('steps escalation on by working days and calls a passed deadline overdue', () => {
    expect(nextEscalationStep(new Date('2026-11-27T02:00:00Z'), 1, cal)).toBe('2026-11-30T02:00:00.000Z');
    expect(isOverdue({ dueAt: '2026-11-27T02:00:00.000Z' }, new Date('2026-11-27T02:00:01Z'))).toBe(true);
    expect(isOverdue({ dueAt: '2026-11-27T02:00:00.000Z' }, new Date('2026-11-27T01:59:59Z'))).toBe(false);
    expect(isOverdue({ dueAt: null }, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('refuses through its own reason table only', () => {
    expectSoundTable(SLA_REFUSALS);
    expect(handMadeErrors('server/domain/sla')).toEqual([]);
  });
});
