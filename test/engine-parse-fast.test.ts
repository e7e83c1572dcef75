// src/engine/parse-fast.ts reads most files without dockerfile-ast. It must answer exactly what
// the dockerfile-ast path answers (instructions, spans, arguments, flags), or step aside (null).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerfile, parseWithAst } from '../src/engine/parse';
import { fastInstructions } from '../src/engine/parse-fast';
import { rules } from '../src/engine';
import { ruleDoc } from '../src/content/rule-docs';
// @ts-expect-error: a plain .mjs helper of the benches, without types
import { corpus } from '../bench/lib-corpus.mjs';

const ROOT = join(__dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function agrees(text: string): void {
  let slow: ReturnType<typeof parseWithAst>;
  try {
    slow = parseWithAst(text);
  } catch {
    // dockerfile-ast throws on a few broken heredocs: the fast path must leave those to it.
    expect(fastInstructions(text), JSON.stringify(text)).toBeNull();
    return;
  }
  expect(parseDockerfile(text)).toEqual(slow);
}

describe('the fast parser', () => {
  const texts: string[] = [
    ...files(join(ROOT, 'test/fixtures/real-world')).map((p) => readFileSync(p, 'utf8')),
    ...files(join(ROOT, 'exercises'))
      .filter((p) => /Dockerfile/.test(p))
      .map((p) => readFileSync(p, 'utf8')),
    ...rules.flatMap((r) => [ruleDoc(r).bad, ruleDoc(r).good]),
    ...(corpus(300) as string[]),
  ];

  it('takes most ordinary files (so the agreement below is tested at all)', () => {
    const taken = texts.filter((t) => fastInstructions(t) !== null).length;
    expect(taken / texts.length).toBeGreaterThan(0.6);
  });

  it('agrees with dockerfile-ast on fixtures, exercises, rule examples and a generated corpus', () => {
    for (const text of texts) agrees(text);
  });

  it('steps aside for CR line ends, a BOM, an escape inside a keyword, and heredocs it does not read as plain', () => {
    for (const text of [
      'FROM a\r\nRUN x\r\n',
      'FROM a\nRUN <<EOF \\\n  && true\nx\nEOF\n',
      'FROM a\nRUN <<"EOF\nx\nEOF\n',
      'FROM a\nRUN <<EOF;\nx\nEOF;\n',
      'FROM a\nONBUILD RUN <<EOF\nx\nEOF\n',
      'FROM a\nRUN <<EOF',
      '#--x=a # escape=`\n]', // two directives on one line
      'COPY <<EOF\n\\ \n<<', // an escape opening the body: dockerfile-ast joins the first line to the third
      'FROM a\nRUN <<EOF\n\\xEOF\nEOF\n', // dockerfile-ast's getHeredocs throws on it
      '\uFEFFFROM a\n',
      'FR\\\nOM a\n',
      '# escape=`\nFR`\nOM a\n',
    ]) {
      expect(fastInstructions(text), JSON.stringify(text)).toBeNull();
      agrees(text);
    }
  });

  it('agrees on continuations, comments inside them, escaped spaces, flags and odd spacing', () => {
    const cases = [
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nRUN --mount=type=cache,target=/root/.cache \\\n    # a comment inside\n    go build -o /a . \\\n\n    && echo done\n',
      'COPY --from=build --chown=1000:1000 /a /b\nCOPY --link --chmod=755 a\\ b /c\nHEALTHCHECK --interval=5s --timeout=3s CMD curl -f http://x/ || exit 1\n',
      'RUN echo a\\ \nRUN echo "a b" \'c d\' \\  \n  e\nENV A=1 B="x y"\nLABEL a=b \\\n c=d\n',
      'FROM alpine\t AS   base\n\n   # indented comment\n  RUN   true   \nCMD ["sh", "-c", "echo hi"]\nONBUILD RUN make\nARG\nEXPOSE\n',
      'RUN --flag --=x --name= -- a\nFROM --a a--b --c x\nHEALTHCHECK --x NONE --y\nCMD --flag x\n',
      'RUN a \\',
      'RUN a \\ ',
      'RUN \\\\\nRUN \\$HOME\\\n',
      "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\nRUN powershell -Command `\n    $ErrorActionPreference = 'Stop'; `\n    # a comment\n    Write-Host C:\\app `$x\n",
      '  # syntax=docker/dockerfile:1\n#escape = \\\n# escape=`\nRUN a `\n b\n',
      '# Escape=x\n# escape=`\nRUN a `\n b \\\nRUN c\n',
    ];
    for (const text of cases) {
      expect(fastInstructions(text), JSON.stringify(text)).not.toBeNull();
      agrees(text);
    }
  });

  it('reads heredocs with plain names as dockerfile-ast does', () => {
    const cases = [
      'FROM a\nRUN <<EOF\nx\nEOF\n',
      'FROM a\nRUN <<EOF\nEOF\nCMD x\n',
      'FROM a\nRUN --mount=type=cache,target=/x <<EOF\napt-get install -y \\\n  curl\n# a comment\n\nEOF\nCOPY x y\n',
      'FROM a\nCOPY --chmod=755 <<-"A" <<\'B\' /x/\n\tfoo\n\tA\nbar\nB\nCMD x',
      'FROM a\nRUN <<EOF bash\nset -e\necho "$HOME"\nEOF',
      'FROM a\nRUN --mount=type=cache,target=/root/.cache \\\n    # the module cache\n    --mount=type=cache,target=/go/pkg/mod <<EOT\n  set -ex\n  go build\nEOT\n',
      'FROM a\nRUN <<EOF\necho \\\nEOF\nRUN x\nEOF\n',
      'FROM a\nRUN python3 <<PY\n  EOF\nPY\n',
      'FROM a\nRUN cat <<EOF > /x\nEOF\n\n',
      '# escape=`\nFROM a\nRUN <<EOF\nWrite-Host `\n  x\nEOF\n',
    ];
    for (const text of cases) {
      expect(fastInstructions(text), JSON.stringify(text)).not.toBeNull();
      agrees(text);
    }
  });

  it('agrees on random Dockerfile-like text', () => {
    const piece = fc.constantFrom(
      '# escape=`\n',
      '#escape=\\\n',
      '`',
      '`\n',
      '# syntax=x\n',
      'FROM',
      'RUN',
      'COPY',
      'ADD',
      'HEALTHCHECK',
      'CMD',
      'env',
      'run',
      ' ',
      ' ',
      '\t',
      '\n',
      '\n',
      '\\',
      '\\\n',
      '\\ \n',
      '#',
      '# c\n',
      '--',
      '--x=',
      '=',
      'a',
      'b',
      '"',
      "'",
      '$',
      '[',
      ']',
      ',',
      'CMD',
      'NONE',
      '--mount=type=cache,target=/x',
      'AS',
      '<<EOF',
      '<<-EOF',
      '<<"EOF"',
      "<<'X'",
      '<<',
      '<<<x',
      'EOF',
      'EOF\n',
      '\tEOF\n',
      'X\n',
      'ONBUILD',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        agrees(parts.join(''));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 6000) },
    );
  });
  it('agrees on random heredoc-heavy text', () => {
    const piece = fc.constantFrom(
      'FROM a\n',
      'RUN ',
      'COPY ',
      'ADD ',
      'ONBUILD ',
      '--mount=type=cache,target=/x ',
      '--mount=type=cache,target=/x \\\n  ',
      '<<EOF',
      '<<-EOF',
      '<<"EOF"',
      "<<'EOF'",
      '<<X ',
      ' ',
      '\t',
      '\n',
      '\n',
      'EOF\n',
      'EOF',
      '\tEOF\n',
      ' EOF\n',
      'X\n',
      'echo hi',
      '\\',
      '\\\n',
      '\\ \n',
      '#',
      '# c\n',
      'x',
      '"',
      '[',
      '/dst\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        agrees(parts.join(''));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  });
});
