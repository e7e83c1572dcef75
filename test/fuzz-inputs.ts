// Hostile Dockerfiles for the fuzz test (test/hostile-fuzz.test.ts, a few hundred, seeded) and
// the long run (bench/hostile-fuzz.mjs, 20,000): real instruction shapes mixed with what the
// fault trial used against us: every line ending, BOMs, control characters, long runs of
// spaces, open and nested `${`, doubling ARGs, directives and pragmas, deep stage chains.
import fc from 'fast-check';

const word = fc.constantFrom(
  'build',
  'runtime',
  'app',
  's0',
  'BUILD',
  '0',
  '1',
  'x',
  '',
  '$X',
  '${X}',
  'golang:1.22',
  'alpine:3.19',
  'scratch',
);
const control = fc.constantFrom('\x1b]52;c;aGVsbG8=\x07', '\x1b[2J', '\x9b31m', '\u202e', '\x00', '\x7f', '\t', '\x0b', '\x0c');
const ending = fc.constantFrom('\n', '\r\n', '\r');

const line = fc.oneof(
  fc.tuple(word, word).map(([image, name]) => `FROM ${image} AS ${name}`),
  word.map((image) => `FROM ${image} as x`),
  word.map((w) => `COPY --from=${w} /out/app /app`),
  fc.constantFrom(
    'RUN go build -o /out/app .',
    'RUN CGO_ENABLED=0 go build .',
    'RUN npm ci',
    'RUN apk add --no-cache gcc make',
    'USER 1000',
    'USER root',
    'WORKDIR /src',
    'CMD ["/app"]',
    'ENTRYPOINT ["/app"]',
    'RUN <<EOF\necho hi\nEOF',
    'RUN echo \\',
  ),
  fc.constantFrom(
    '# syntax=docker/dockerfile:1',
    '# check=skip=all',
    '# escape=`',
    '# multistage-tutor ignore=MS015',
    '# multistage-tutor ignore-file=MS001',
    '# a comment',
  ),
  fc.tuple(fc.constantFrom('ARG', 'ENV'), fc.integer({ min: 0, max: 4 })).map(([k, i]) => `${k} V${i + 1}=\${V${i}}\${V${i}}`),
  fc.integer({ min: 1, max: 3000 }).map((n) => `# check=skip=a${' '.repeat(n)}x`),
  fc.integer({ min: 1, max: 2000 }).map((n) => `FROM ${'${a:-'.repeat(n)}`),
  fc.integer({ min: 1, max: 2000 }).map((n) => `ARG x=${'${a:-'.repeat(n)}y${'}'.repeat(n)}`),
  fc.tuple(fc.string({ maxLength: 20 }), control).map(([s, c]) => `RUN echo ${s}${c}${s}`),
  fc.tuple(control, word).map(([c, w]) => `FROM alpine:3.19 AS ${w}${c}`),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** One hostile file: lines with any mix of endings, maybe a BOM, maybe a long stage chain. */
export const hostileFile = fc
  .record({
    bom: fc.boolean(),
    lines: fc.array(fc.tuple(line, ending), { minLength: 1, maxLength: 30 }),
    chain: fc.constantFrom(0, 0, 0, 50, 400),
  })
  .map(({ bom, lines, chain }) => {
    let text = (bom ? '\uFEFF' : '') + lines.map(([l, e]) => l + e).join('');
    if (chain > 0) text += Array.from({ length: chain }, (_, k) => `FROM ${k === 0 ? 'alpine:3.19' : `c${k - 1}`} AS c${k}\n`).join('');
    return text;
  });
