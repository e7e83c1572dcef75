// `lint` of many files tunes V8 at run time (src/cli/short-run.ts). V8 does not support changing
// every flag once it runs: a changed inlining limit crashed it (a fatal CHECK, exit 133) in most
// lints of 1,435 real files. Only the flags known to be read afresh may be set.
import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAFE_AT_RUNTIME, tuneForShortRun } from '../src/cli/short-run';

afterEach(() => vi.restoreAllMocks());

describe('V8 tuning for a short lint', () => {
  it('sets only flags that are safe to change while V8 runs, never the inlining limits', () => {
    const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
    tuneForShortRun();
    const flags = set.mock.calls.map(([flag]) => String(flag));
    for (const flag of flags) {
      expect(
        SAFE_AT_RUNTIME.some((safe) => flag === safe || flag.startsWith(`${safe}=`)),
        flag,
      ).toBe(true);
      expect(flag).not.toMatch(/inline/);
    }
  });
});
