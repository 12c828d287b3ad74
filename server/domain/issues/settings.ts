import type { DocumentStore, Tx } from '../../store/port';
import { DEFAULT_HOLIDAYS, DEFAULT_WORKDAYS, HOLIDAYS_NOTE } from '../sla/holidays';
import { ISSUE_SETTINGS } from './model';

/** CONFIG: the rules of issue intake a district admin may change (issues.updateSettings). */
export interface IssueSettings {
  /** Reports one resident may file per Shanghai day. */
  dailyLimit: number;
  /** Calendar days a resolved issue waits for the reporter's callback before it closes itself. */
  autoCloseDays: number;
  /** Hours before a deadline the 催办 reminder goes out. */
  remindLeadHours: { accept: number; resolve: number };
  /** Working days an escalated issue gets before it goes up again (grid -> community -> district). */
  escalationStepWorkingDays: number;
  /** Working days to accept (or, in triage, to dispatch). */
  acceptWorkingDays: number;
  holidays: string[];
  workdays: string[];
  holidaysNote: string;
}

export interface SettingsDoc extends IssueSettings {
  _id: 'current';
  updatedAt: string;
  updatedBy: string;
}

export const DEFAULT_SETTINGS: IssueSettings = {
  dailyLimit: 5,
  autoCloseDays: 7,
  remindLeadHours: { accept: 4, resolve: 24 },
  escalationStepWorkingDays: 1,
  acceptWorkingDays: 1,
  holidays: [...DEFAULT_HOLIDAYS],
  workdays: [...DEFAULT_WORKDAYS],
  holidaysNote: HOLIDAYS_NOTE,
};

export const MAX_PHOTOS = 3;

export async function loadSettings(store: DocumentStore | Tx): Promise<IssueSettings> {
  const doc = await store.get(ISSUE_SETTINGS, 'current');
  if (!doc) return DEFAULT_SETTINGS;
  const { _id, updatedAt, updatedBy, ...settings } = doc;
  return { ...DEFAULT_SETTINGS, ...settings };
}
