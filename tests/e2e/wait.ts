import type { Locator } from 'playwright-core';

/**
 * playwright-core ships no test runner, so no web-first assertions: this polls
 * a reading until it passes, and fails with what it last saw. The bound is
 * generous: it only decides how long a broken page is waited for, and a busy
 * two-core CI machine must not fail a correct journey.
 */
export async function eventually<T>(
  what: string,
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (check(last)) return last;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `timed out waiting for ${what}; last value: ${JSON.stringify(last)}${lastError ? `; last error: ${String(lastError)}` : ''}`,
  );
}

export const visible = (locator: Locator) => locator.first().waitFor({ state: 'visible', timeout: 20_000 });

export const hasClass = (locator: Locator, name: string, present = true) =>
  eventually(
    `class "${name}" ${present ? 'on' : 'off'}`,
    async () => (await locator.getAttribute('class')) ?? '',
    (cls) => cls.split(/\s+/).includes(name) === present,
  );

export const hasText = (locator: Locator, text: string) =>
  eventually(
    `text "${text}"`,
    async () => (await locator.textContent()) ?? '',
    (t) => t.includes(text),
  );

export const hasAttribute = (locator: Locator, name: string, value: string) =>
  eventually(
    `${name}="${value}"`,
    () => locator.getAttribute(name),
    (v) => v === value,
  );
