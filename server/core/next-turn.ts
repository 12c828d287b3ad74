/**
 * "After this event-loop turn", for the code that groups work done in one turn
 * (the SQLite adapter's group commit, the booking's shared staff read).
 * Taken at load, so a test that fakes timers afterwards does not stall it; where
 * the environment has no setImmediate (the weapp test environment runs the local
 * runtime inside a browser-like global), a zero timeout comes next instead.
 */
const realSetImmediate: (fn: () => void) => unknown =
  typeof setImmediate === 'function' ? setImmediate : (fn) => setTimeout(fn, 0);

export function afterThisTurn(fn: () => void): void {
  realSetImmediate(fn);
}

export function nextTurn(): Promise<void> {
  return new Promise((resolve) => realSetImmediate(resolve));
}
