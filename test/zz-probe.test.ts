import { test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { checkAnswer, loadExercise } from '../src/exercises';
test('x', () => {
  for (const f of readdirSync('/tmp/chk/probe2')) {
    const r = checkAnswer(loadExercise(f.replace('.Dockerfile', '')), readFileSync('/tmp/chk/probe2/' + f, 'utf8'));
    console.log(`${r.passed ? 'PASS' : 'FAIL'} ${f} ${r.findings.filter((x) => x.severity !== 'info').map((x) => `${x.rule}@${x.span.start.line}:${x.message.slice(0, 90)}`).join(' | ')}\n   ${r.goals.filter((g) => !g.passed).map((g) => `${g.status} ${g.id}: ${g.message}`).join('\n   ')}`);
  }
});
