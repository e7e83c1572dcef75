// --fix when the fixed file cannot be written (a read-only disk, say): one line, exit 2, the file
// as it was. Root writes through permissions, so the failure is simulated at the write itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli/commands/lint';
import { fakeIO, NUMERIC_REF, workspace } from './cli-helpers';

vi.mock('../src/exercises/files', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../src/exercises/files')>()),
  writeAtomic: () => {
    throw Object.assign(new Error('read-only file system'), { code: 'EROFS' });
  },
}));

describe('lint --fix on a file it cannot write', () => {
  it('reports it in one line, exit 2, and leaves the file unchanged', async () => {
    const ws = workspace({ Dockerfile: NUMERIC_REF, other: NUMERIC_REF });
    try {
      const io = fakeIO({ cwd: ws.dir });
      expect(await run(['--fix', 'Dockerfile'], io)).toBe(2);
      expect(io.err()).toBe('multistage-tutor: Dockerfile: cannot write the fixes (EROFS); the file is unchanged\n');
      expect(readFileSync(join(ws.dir, 'Dockerfile'), 'utf8')).toBe(NUMERIC_REF);
    } finally {
      ws.done();
    }
  });
});
