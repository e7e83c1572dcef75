import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/engine/model';
import { stageGraph, UnknownStageError } from '../src/engine/graph';
import { drawGraph, run } from '../src/cli/commands/graph';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { CliIO } from '../src/cli/io';

const app = `# syntax=docker/dockerfile:1
ARG NODE=20
FROM node:\${NODE}-alpine AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build

FROM deps AS test
COPY . .
RUN npm test

FROM alpine:3.20 AS assets
RUN echo hi > /x

FROM node:\${NODE}-slim AS runtime
COPY --from=build /app/dist /app/dist
COPY --from=assets /x /x
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/
RUN --mount=type=bind,from=deps,source=/app/node_modules,target=/m true
CMD ["node", "/app/dist/index.js"]
`;

const names = (g: ReturnType<typeof stageGraph>, set: Iterable<number>) => [...set].sort().map((i) => g.nodes[i]!.label);

describe('stageGraph', () => {
  it('finds the edges of FROM, COPY --from and RUN --mount from, with their lines', () => {
    const g = stageGraph(buildModel(app));
    const edges = g.edges.map(
      (e) =>
        `${g.nodes[e.from]!.label} ${e.via} ${e.to.kind === 'stage' ? g.nodes[e.to.stage]!.label : e.to.kind === 'image' ? e.to.image.resolved : 'scratch'} @${e.line}`,
    );
    expect(edges).toEqual([
      'build from deps @8',
      'test from deps @12',
      'runtime copy build @20',
      'runtime copy assets @21',
      'runtime copy nginx:1.27 @22',
      'runtime mount deps @23',
    ]);
    expect(g.nodes[0]!.base).toMatchObject({ kind: 'image', image: { resolved: 'node:20-alpine' } });
    expect(g.nodes[1]!.base).toEqual({ kind: 'stage', stage: 0 });
  });

  it('tells what a plain build builds and what only --target builds', () => {
    const g = stageGraph(buildModel(app));
    expect(names(g, g.plainBuild)).toEqual(['deps', 'build', 'assets', 'runtime']);
    expect(names(g, g.targetOnly)).toEqual(['test']);
    expect(g.final).toBe(4);
    const t = stageGraph(buildModel(app), 'TEST');
    expect(t.final).toBe(2);
    expect(names(t, t.built)).toEqual(['deps', 'test']);
  });

  it('groups the built stages into levels BuildKit can run at the same time', () => {
    const g = stageGraph(buildModel(app));
    expect(g.steps.map((s) => s.map((i) => g.nodes[i]!.label))).toEqual([['deps', 'assets'], ['build'], ['runtime']]);
    expect(g.nodes.map((n) => n.level)).toEqual([0, 1, 1, 0, 2]);
  });

  it('follows numeric references and ignores ones that point forward', () => {
    const g = stageGraph(
      buildModel('FROM golang:1.22\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=0 /app /app\nCOPY --from=5 /x /x\n'),
    );
    expect(g.edges.filter((e) => e.to.kind === 'stage').map((e) => [e.from, e.to.kind === 'stage' && e.to.stage])).toEqual([[1, 0]]);
    expect(g.nodes.map((n) => n.label)).toEqual(['stage 0', 'stage 1']);
    expect(g.steps).toEqual([[0], [1]]);
  });

  it('refuses a --target that names no stage', () => {
    expect(() => stageGraph(buildModel(app), 'nope')).toThrow(UnknownStageError);
  });

  it('handles a file without stages', () => {
    const g = stageGraph(buildModel('# nothing here\n'));
    expect(g.nodes).toEqual([]);
    expect(g.final).toBeNull();
    expect(drawGraph(g)[0]).toMatch(/no stage/);
  });
});

describe('drawGraph', () => {
  it('draws the shipped stage first with what it needs below it, marks target-only stages', () => {
    const lines = drawGraph(stageGraph(buildModel(app)), { file: 'Dockerfile' });
    const text = lines.join('\n');
    expect(lines[0]).toBe('Dockerfile: 5 stages');
    expect(text).toContain('only built with --target: test');
    const root = lines.findIndex((l) => l.startsWith('runtime'));
    expect(lines[root]).toMatch(/node:20-slim.*ships/);
    expect(lines[root + 1]).toMatch(/^├─ COPY --from=build \(line 20\) → build/);
    expect(lines[root + 2]).toMatch(/^│ {2}└─ FROM \(line 8\) → deps {2}node:20-alpine/);
    expect(text).toMatch(/test {2}FROM deps {2}\[--target test only\]/);
    expect(text).toMatch(/1\. deps · assets/);
    expect(text).not.toMatch(/\x1b\[/);
  });
});

function fakeIO(cwd: string, color = false) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (d) => (out += d));
  const io: CliIO = { stdout, stderr, stdin: new PassThrough(), env: {}, cwd, color, interactive: false, columns: 80 };
  return { io, out: () => out };
}

describe('graph command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graph-'));
  writeFileSync(join(dir, 'Dockerfile'), app);

  it('draws ./Dockerfile by default, exit 0', async () => {
    const { io, out } = fakeIO(dir);
    expect(await run([], io)).toBe(0);
    expect(out()).toContain('docker build (no --target) builds 4: deps, build, assets, runtime; ships runtime');
  });

  it('--target changes what is built', async () => {
    const { io, out } = fakeIO(dir);
    expect(await run(['Dockerfile', '--target', 'test'], io)).toBe(0);
    expect(out()).toContain('docker build --target test builds 2: deps, test; ships test');
    expect(out()).toMatch(/runtime {2}node:20-slim {2}\[skipped\]/);
  });

  it('gives one-line errors for an unknown target and a missing file', async () => {
    await expect(run(['--target', 'nope'], fakeIO(dir).io)).rejects.toThrow(
      /--target nope names no stage .*deps, build, test, assets, runtime/,
    );
    await expect(run(['missing.Dockerfile'], fakeIO(dir).io)).rejects.toThrow(/no such file/);
  });
});
