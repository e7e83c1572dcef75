// src/engine/parse.ts patches dockerfile-ast for speed (each instruction built and tokenised
// once). Those patches must change nothing the parser answers: here a patched and an untouched
// copy of dockerfile-ast read the same files and must agree on everything, the From getters that
// narrow ranges included. An upgrade of dockerfile-ast that breaks an assumption fails here.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { lint } from '../src/engine';
import { DockerfileParser as Patched } from 'dockerfile-ast';

type Parser = typeof Patched;

/** A second, untouched copy of dockerfile-ast: its modules loaded afresh, the cache then restored. */
function untouchedParser(): Parser {
  const require = createRequire(import.meta.url);
  const cache = require.cache;
  const ours = Object.keys(cache).filter((key) => key.includes(`${join('node_modules', 'dockerfile-ast')}`));
  const saved = new Map(ours.map((key) => [key, cache[key]]));
  for (const key of ours) delete cache[key];
  try {
    return (require('dockerfile-ast') as { DockerfileParser: Parser }).DockerfileParser;
  } finally {
    for (const key of Object.keys(cache)) if (key.includes(join('node_modules', 'dockerfile-ast'))) delete cache[key];
    for (const [key, module] of saved) cache[key] = module;
  }
}

lint('FROM scratch\r\n'); // a CR takes dockerfile-ast's path, which loads and patches it
const Untouched = untouchedParser();

// Everything the engine reads, and the From getters that used to change an argument's range in place.
function answers(parser: Parser, text: string): string {
  return JSON.stringify(
    parser
      .parse(text)
      .getInstructions()
      .map((i) => {
        const node = i as unknown as Record<string, (() => unknown) | undefined>;
        const call = (name: string) => (typeof node[name] === 'function' ? (node[name] as () => unknown).call(i) : null);
        const image =
          i.getKeyword() === 'FROM' ? ['getImageName', 'getRegistry', 'getImageTag', 'getBuildStage', 'getImageNameRange'].map(call) : null;
        return {
          keyword: i.getKeyword(),
          range: i.getRange(),
          args: i.getArguments().map((a) => [a.getValue(), a.getRange()]),
          flags: (
            call('getFlags') as { getName(): string; getValue(): string | null; getRange(): unknown; getValueRange(): unknown }[] | null
          )?.map((f) => [f.getName(), f.getValue(), f.getRange(), f.getValueRange()]),
          content: i.getArgumentsContent(),
          heredocs: (call('getHeredocs') as { getName(): string; getContentRange(): unknown }[] | null)?.map((h) => [
            h.getName(),
            h.getContentRange(),
          ]),
          image,
          argsAfter: i.getArguments().map((a) => [a.getValue(), a.getRange()]),
        };
      }),
  );
}

function agree(text: string): void {
  let expected: string;
  try {
    expected = answers(Untouched, text);
  } catch {
    return; // dockerfile-ast's own failure on a getter the engine never calls
  }
  expect(answers(Patched, text)).toBe(expected);
}

function dockerfiles(): [string, string][] {
  const found: [string, string][] = [];
  const realWorld = join(import.meta.dirname, 'fixtures', 'real-world');
  for (const name of readdirSync(realWorld)) found.push([name, readFileSync(join(realWorld, name), 'utf8')]);
  const exercises = join(import.meta.dirname, '..', 'exercises');
  for (const id of readdirSync(exercises, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(exercises, id.name)).filter((f) => f.endsWith('Dockerfile'))) {
      found.push([`${id.name}/${file}`, readFileSync(join(exercises, id.name, file), 'utf8')]);
    }
  }
  return found;
}

describe('the parser patches change nothing dockerfile-ast answers', () => {
  it('loads an untouched copy to compare with', () => {
    expect(Untouched).not.toBe(Patched);
    // The patched copy hands back the same tokens twice; the untouched one tokenises again.
    const twice = (parser: Parser) => {
      const [from] = parser.parse('FROM golang:1.22 AS build\n').getInstructions();
      return from!.getArguments()[0] === from!.getArguments()[0];
    };
    expect(twice(Patched)).toBe(true);
    expect(twice(Untouched)).toBe(false);
  });

  it.each(dockerfiles())('on %s', (_name, text) => agree(text));

  it('on generated Dockerfiles: flags, heredocs, JSON forms, escapes, continuations', () => {
    const word = fc.constantFrom(
      '--platform=$X',
      '--from=build',
      '--mount=type=cache,target=/x',
      '--chown=1:1',
      'a--b',
      '--',
      'AS',
      'ghcr.io/a/b:1.2@sha256:abc',
      'golang:1.22',
      '<<EOF',
      '<<-"E"',
      'EOF',
      '"x y"',
      "'q'",
      '\\',
      '`',
      '["a", "b"]',
      '${A:-b}',
      '$B',
      '#c',
      '\t',
      '\\\n',
      '\n',
      '\r\n',
      'x=1',
    );
    const keyword = fc.constantFrom(
      'FROM',
      'from',
      'RUN',
      'COPY',
      'ADD',
      'ARG',
      'ENV',
      'HEALTHCHECK',
      'CMD',
      'ONBUILD RUN',
      'LABEL',
      'WORKDIR',
      'USER',
      '# escape=`\n',
      '#',
    );
    const line = fc.tuple(keyword, fc.array(word, { maxLength: 8 })).map(([k, words]) => `${k} ${words.join(' ')}`);
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8 }).map((lines) => lines.join('\n')),
        agree,
      ),
      { numRuns: 3000 },
    );
  });
});
