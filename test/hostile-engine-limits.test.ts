// The engine under inputs built to be slow or deep: every path stays linear in the text, no
// value grows without bound, and no walk recurses as deep as the file is long.
import { describe, expect, it } from 'vitest';
import { buildModel, fixText, lint, stageGraph } from '../src/engine';
import { expand, MAX_EXPANSION } from '../src/engine/vars';

const TAIL = 'FROM alpine:3.19 AS app\nUSER 1000\n';

/** The patterns of the fault trial that took 4–32 s at 100 KB, each at n characters. */
const PATTERNS: Record<string, (n: number) => string> = {
  'check=skip with a long run of spaces': (n) => `# check=skip=a${' '.repeat(n)}x\n${TAIL}`,
  'syntax= with a long run of spaces': (n) => `# syntax=docker/dockerfile:1${' '.repeat(n)}x\n${TAIL}`,
  'the ignore pragma with a long run of spaces': (n) => `# multistage-tutor ignore=${' '.repeat(n)}!\n${TAIL}`,
  'the ignore pragma between instructions': (n) => `FROM alpine:3.19 AS app\n# multistage-tutor ignore=${' '.repeat(n)}!\nUSER 1000\n`,
  'unclosed ${a:- in FROM': (n) => `FROM ${'${a:-'.repeat(n / 5)}\n`,
  'unclosed ${a:- in a global ARG': (n) => `ARG x=${'${a:-'.repeat(n / 5)}\n${TAIL}`,
  'unclosed ${a:- in a stage ARG': (n) => `FROM alpine:3.19 AS app\nARG x=${'${a:-'.repeat(n / 5)}\nUSER 1000\n`,
  'nested closed ${…} in FROM': (n) => `FROM ${'${a:-'.repeat(n / 6)}x${'}'.repeat(n / 6)}\n`,
  'nested closed ${…} in ARG': (n) => `ARG x=${'${a:-'.repeat(n / 6)}x${'}'.repeat(n / 6)}\n${TAIL}`,
  'useradd on Alpine, line after line': (n) => `FROM alpine:3.23 AS a\n${'RUN apk add x && useradd u\n'.repeat(n / 28)}USER 1\n`,
  'RUN in a distroless stage, line after line': (n) =>
    `FROM gcr.io/distroless/static-debian13 AS a\n${'RUN echo x\nCOPY a /a\n'.repeat(n / 20)}USER 1\n`,
};

/**
 * Milliseconds per lint of `text`: lints repeated until 40 ms have passed (a 10k text takes a
 * fraction of a millisecond, too little to time alone), the best of five such rounds (the one
 * least disturbed by garbage collection and other load on the machine).
 */
function perLint(text: string): number {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    let count = 0;
    const start = performance.now();
    let elapsed: number;
    do {
      lint(text);
      count++;
      elapsed = performance.now() - start;
    } while (elapsed < 40);
    best = Math.min(best, elapsed / count);
  }
  return best;
}

describe('every path through the engine is linear', () => {
  for (const [name, make] of Object.entries(PATTERNS)) {
    it(`${name}: 10× the text takes well under 100× the time`, () => {
      const small = make(10_000);
      const large = make(100_000);
      perLint(small); // warm the JIT
      const ratio = perLint(large) / perLint(small);
      // Linear is ~10×, quadratic ~100× (the code before measured 60–1000×); 45× leaves room
      // for garbage collection and a loaded 2-core machine (34× and 40× were seen under load 4).
      expect(ratio, `${name}: ${ratio.toFixed(1)}×`).toBeLessThan(45);
    }, 60_000);
  }
});

describe('variable expansion', () => {
  it('expands nested defaults as BuildKit does', () => {
    const vars = new Map<string, string | null>([
      ['set', 'v'],
      ['empty', ''],
    ]);
    expect(expand('${nope:-${set}}-${empty:-d}-${empty-d}-${set:+alt}-${nope+alt}', vars)).toEqual({
      value: 'v-d--alt-',
      unresolved: false,
    });
    expect(expand('$set/${set}x$nope', vars)).toEqual({ value: 'v/vx', unresolved: true });
    expect(expand('a${set', vars).value).toBe('a${set');
    expect(expand('${nope:-${a:-', vars).value).toBe('${nope:-${a:-');
  });

  it('keeps 100,000 levels of nesting without a stack overflow', () => {
    const deep = `${'${a:-'.repeat(100_000)}x${'}'.repeat(100_000)}`;
    expect(expand(deep, new Map()).value).toBe('x');
  });

  it('stops an ARG that doubles 40 times at the cap and says so', () => {
    let text = 'ARG A0=x\n';
    for (let i = 1; i < 40; i++) text += `ARG A${i}=\${A${i - 1}}\${A${i - 1}}\n`;
    text += 'FROM alpine:3.19 AS app\nARG A39\nRUN echo "$A39"\nUSER 1000\n';
    const { findings, model } = lint(text);
    expect(model.globalArgs.get('A39')!.length).toBeLessThanOrEqual(MAX_EXPANSION);
    const capped = findings.filter((f) => f.rule === 'MS100');
    expect(capped).toHaveLength(1);
    // The first line whose value outgrew the cap: 2^16 = 65,536 characters at A16.
    expect(capped[0]!.span.start.line).toBe(17);
    expect(capped[0]!.severity).toBe('error');
    // The other rules still ran.
    expect(findings.some((f) => f.rule === 'MS001')).toBe(true);
  });
});

describe('5,000 chained stages', () => {
  const chained = (n: number, body: (i: number) => string) =>
    `FROM golang:1.22 AS s0\n${Array.from({ length: n - 1 }, (_, k) => `FROM s${k} AS s${k + 1}\n${body(k + 1)}`).join('')}FROM scratch AS final\nCOPY --from=s${n - 1} /out/app /app\n`;

  it('lint, graph and --fix run on a 5,000-stage FROM chain without overflowing the stack', () => {
    const text = chained(5_000, (i) => `RUN go build -o /out/app${i} .\n`);
    const { findings, model } = lint(text);
    expect(model.stages).toHaveLength(5_001);
    expect(findings.some((f) => f.rule === 'MS019')).toBe(true);
    const graph = stageGraph(model);
    expect(graph.built.size).toBe(5_001);
    expect(fixText(text).text.startsWith('# syntax=docker/dockerfile:1\n')).toBe(true);
  }, 120_000);

  it('lint runs on 5,000 stages each copying from the one before', () => {
    const text =
      Array.from(
        { length: 5_000 },
        (_, i) => `FROM golang:1.22 AS s${i}\nCOPY --from=s${Math.max(0, i - 1)} /out /out\nRUN go build -o /out/app .\n`,
      ).join('') + 'FROM scratch AS final\nCOPY --from=s4999 /out/app /app\n';
    expect(() => lint(text)).not.toThrow();
    expect(buildModel(text).stages).toHaveLength(5_001);
  }, 120_000);
});

describe('words that are names on every object', () => {
  // Lookups keyed by a Dockerfile's words must not find Object.prototype's members: a program
  // called toString once crashed lint ("includes is not a function").
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', '__defineGetter__'])(
    '%s as program, variable, stage, user and path',
    (w) => {
      const text =
        `ARG ${w}=1\nFROM ${w} AS x${w.toLowerCase()}\nARG ${w}\nENV ${w}=2\n` +
        `RUN ${w} add ${w} && ${w} install ${w} && ${w}=1 ${w} build -o /${w} && apk del ${w} && echo $${w}\n` +
        `WORKDIR $${w}\nUSER ${w}\nFROM alpine:3.21 AS b\nCOPY --from=x${w.toLowerCase()} /${w} /${w}\n` +
        `RUN --mount=from=x${w.toLowerCase()},target=/x ${w}\nCMD ["${w}"]\n`;
      const { findings } = lint(text);
      expect(findings.filter((f) => f.rule === 'MS000')).toEqual([]);
      // The install is no package manager's: nothing to leave behind in the final stage.
      expect(buildModel(text).stages[0]!.packages).toEqual([]);
      expect(() => stageGraph(buildModel(text))).not.toThrow();
    },
  );
});
