import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { systemWantsLargeText } from '../platform/font-setting';

/**
 * Care mode 关怀模式: on when WeChat uses large text, unless the resident chose
 * otherwise with the switch on 我的. The manual choice wins both ways.
 */
export type ManualChoice = 'on' | 'off' | null;

export interface CareState {
  on: boolean;
  system: boolean;
  manual: ManualChoice;
}

const STORAGE_KEY = 'dqej.careMode';
const listeners = new Set<() => void>();
let state: CareState | null = null;

function readManual(): ManualChoice {
  try {
    const value: unknown = Taro.getStorageSync(STORAGE_KEY);
    return value === 'on' || value === 'off' ? value : null;
  } catch {
    return null;
  }
}

function compute(system: boolean, manual: ManualChoice): CareState {
  return { on: manual === null ? system : manual === 'on', system, manual };
}

function publish(next: CareState): void {
  const prev = state;
  state = next;
  if (!prev || prev.on !== next.on || prev.system !== next.system || prev.manual !== next.manual) {
    listeners.forEach((listener) => listener());
  }
}

export function getCareState(): CareState {
  if (!state) state = compute(systemWantsLargeText(), readManual());
  return state;
}

/** Re-reads the WeChat setting, which can change while the app sits in the background. */
export function refreshCareMode(): void {
  publish(compute(systemWantsLargeText(), readManual()));
}

export function setCareMode(on: boolean): void {
  const manual: ManualChoice = on ? 'on' : 'off';
  try {
    Taro.setStorageSync(STORAGE_KEY, manual);
  } catch {
    // Storage full or unavailable: the choice still holds for this session.
  }
  publish(compute(getCareState().system, manual));
}

/** Back to following the WeChat font setting. */
export function followSystemCareMode(): void {
  try {
    Taro.removeStorageSync(STORAGE_KEY);
  } catch {
    // Nothing stored is the same as removed.
  }
  publish(compute(getCareState().system, null));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCareMode(): CareState {
  return useSyncExternalStore(subscribe, getCareState, getCareState);
}

/** For tests: drop the cached state so the next read starts from storage and the font setting. */
export function resetCareModeForTests(): void {
  state = null;
}
