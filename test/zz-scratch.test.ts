import { test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkAnswer, exerciseIds, exercisesDir, loadExercise } from '../src/exercises';
test('x', () => {
  const only = process.env.ONLY;
  for (const id of exerciseIds()) {
    if (only && !id.startsWith(only)) continue;
    const ex = loadExercise(id);
    for (const folder of ['wrong', 'alternatives']) {
      const dir = join(exercisesDir(), id, folder);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir)) {
        const r = checkAnswer(ex, readFileSync(join(dir, f), 'utf8'));
        const ok = folder === 'wrong' ? !r.passed : r.passed;
        const fails = r.goals.filter((g) => g.status === 'failed');
        const named = fails.some((g) => /line \d+/.test(g.message ?? ''));
        const blocking = r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}@${f.span.start.line}`);
        if (!ok || (folder === 'wrong' && !named) || process.env.ALL)
          console.log(`${ok ? (named || folder !== 'wrong' ? 'ok  ' : 'NOLN') : 'BAD '} ${id}/${folder}/${f} ${blocking.join(',')}\n   ${r.goals.filter((g) => !g.passed).map((g) => `${g.status} ${g.id}: ${g.message}`).join('\n   ')}`);
      }
    }
  }
});
