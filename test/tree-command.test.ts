// `multistage-tutor tree`: the list, walks with --answers, answers read from a Dockerfile.
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/commands/tree';
import { CliError } from '../src/cli/io';
import { cli, expectOneLineError, fakeIO, workspace } from './cli-helpers';

const GO = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM scratch AS runtime
COPY --from=build /out/app /app
USER 65534
`;

async function out(args: string[], io = fakeIO()): Promise<{ code: number; text: string }> {
  const code = await run(args, io);
  return { code, text: io.out() };
}

describe('tree (in-process)', () => {
  it('lists the trees when no name is given', async () => {
    const { code, text } = await out([]);
    expect(code).toBe(0);
    expect(
      text
        .trimEnd()
        .split('\n')
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(['multi-stage', 'final-base', 'runtime']);
  });

  it('prints the path taken and the recommendation for --answers', async () => {
    const { code, text } = await out(['runtime', '--answers', 'go,yes']);
    expect(code).toBe(0);
    expect(text).toContain('Which language is the application written in?');
    expect(text).toContain('→ Go');
    expect(text).toContain('Recommendation: Build in golang:1.27, ship on scratch');
    expect(text).toMatch(/scratch\s+0 MB/);
    expect(text).toMatch(/alpine:3\.23\s+3\.8 MB/);
    expect(text).toContain('Read next: multistage-tutor ref lang-go');
  });

  it('without a terminal and without answers, shows the first question and how to answer it', async () => {
    const { code, text } = await out(['final-base']);
    expect(code).toBe(0);
    expect(text).toContain('Next question: Does the program need a language runtime');
    expect(text).toMatch(/^ {2}yes {2}/m);
    expect(text).toContain('--answers <answer>');
  });

  it('answers from a Dockerfile, naming the line each answer came from', async () => {
    const ws = workspace({ Dockerfile: GO });
    try {
      const { code, text } = await out(['final-base', '--dockerfile', 'Dockerfile'], fakeIO({ cwd: ws.dir }));
      expect(code).toBe(0);
      expect(text).toContain('from Dockerfile line 5: CGO_ENABLED=0 makes go build link statically');
      expect(text).toContain('Next question: Do you need a shell inside the running container');
      expect(text).toContain('--answers <answer> --dockerfile Dockerfile');
      const done = await out(['final-base', '--dockerfile', 'Dockerfile', '--answers', 'no'], fakeIO({ cwd: ws.dir }));
      expect(done.text).toContain('Recommendation: Use scratch');
    } finally {
      ws.done();
    }
  });

  it('rejects an answer that fits no choice, naming the choices', async () => {
    const error = await run(['final-base', '--answers', 'no,perhaps'], fakeIO()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toBe(
      `tree: 'perhaps' is not an answer to "Is the binary statically linked (Go with CGO_ENABLED=0, Rust for a musl target)?" (answers: yes, no)`,
    );
  });

  it('rejects answers left over after the recommendation', async () => {
    await expect(run(['runtime', '--answers', 'node,yes'], fakeIO())).rejects.toThrow(/too many answers/);
  });

  it('names the trees when the name is unknown', async () => {
    await expect(run(['final'], fakeIO())).rejects.toThrow(/no tree 'final' \(did you mean final-base\? trees: /);
  });

  it('reports a missing Dockerfile as an input error', async () => {
    const error = await run(['runtime', '--dockerfile', 'nope/Dockerfile'], fakeIO()).catch((e: unknown) => e);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toMatch(/^tree: .*nope\/Dockerfile/);
  });
});

describe('tree (built bin)', () => {
  it('walks a tree with --answers', () => {
    const r = cli(['tree', 'multi-stage', '--answers', 'no,no,yes']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Recommendation: Move to a multi-stage build with a minimal final base');
    expect(r.stdout).toMatch(/python:3\.14-slim\s+43 MB/);
    expect(r.stdout).not.toContain('\x1b');
  });

  it('answers from a Dockerfile piped on stdin', () => {
    const r = cli(['tree', 'runtime', '--dockerfile', '-'], { input: GO });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('from <stdin> line 5: it runs go build');
    expect(r.stdout).toContain('Recommendation: Build in golang:1.27, ship on scratch');
  });

  it('exits 2 with one line for a bad answer', () => {
    const r = cli(['tree', 'runtime', '--answers', 'cobol']);
    expect(r.status).toBe(2);
    expectOneLineError(r);
  });
});
