// `lint` output as users and scripts see it: text, JSON, colour, many files, stdin.
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import { run } from '../src/cli/commands/lint';
import { spawnSync } from 'node:child_process';
import { BIN, BROKEN_REF, cli, CLEAN, fakeIO, NUMERIC_REF, WARNING_ONLY, workspace } from './cli-helpers';

const ESC = '\x1b[';

describe('lint text output', () => {
  it('shows each finding with file:line:col, severity, rule, message, source line and carets under the range', () => {
    const ws = workspace({ Dockerfile: NUMERIC_REF });
    try {
      const r = cli(['lint'], { cwd: ws.dir });
      expect(r.status).toBe(0); // a warning: BuildKit builds it
      const lines = r.stdout.split('\n');
      const head = lines.findIndex((l) => l.startsWith('Dockerfile:8:13 warning MS003 numeric-stage-reference'));
      expect(head).toBeGreaterThanOrEqual(0);
      const finding = lint(NUMERIC_REF).findings.find((f) => f.rule === 'MS003')!;
      expect(lines[head + 1]).toContain(finding.message);
      const source = lines[head + 2]!;
      const carets = lines[head + 3]!;
      expect(source).toMatch(/^\s*8 \| COPY --from=0 \/out\/app \/app$/);
      // The carets sit exactly under `0`, the range the engine reports (columns 13 to 14).
      const code = source.indexOf('| ') + 2;
      expect(carets.indexOf('^')).toBe(code + finding.span.start.column - 1);
      expect(carets.match(/\^+/)![0]).toHaveLength(finding.span.end.column - finding.span.start.column);
      expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/1 finding \(1 warning\) in 1 file; 1 fixable with --fix/);
      expect(r.stdout).not.toContain(ESC);
    } finally {
      ws.done();
    }
  });

  it('says so when a file is clean, and exits 0', () => {
    const ws = workspace({ Dockerfile: CLEAN });
    try {
      const r = cli(['lint', 'Dockerfile'], { cwd: ws.dir });
      expect(lint(CLEAN).findings).toEqual([]);
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe('✓ no findings in 1 file');
      expect(r.stderr).toBe('');
    } finally {
      ws.done();
    }
  });

  it('colours severities on a terminal and not with colour turned off', async () => {
    const ws = workspace({ Dockerfile: BROKEN_REF });
    try {
      const coloured = fakeIO({ color: true, cwd: ws.dir });
      expect(await run([], coloured)).toBe(1);
      expect(coloured.out()).toContain(`${ESC}31merror${ESC}39m`);
      const plain = fakeIO({ color: false, cwd: ws.dir });
      await run([], plain);
      expect(plain.out()).not.toContain(ESC);
    } finally {
      ws.done();
    }
  });

  it('prints no colour codes with NO_COLOR or --no-color, even on a terminal', () => {
    const ws = workspace({ Dockerfile: BROKEN_REF });
    try {
      const withColour = ttyRun('lint', ws.dir);
      if (withColour === null) return; // no `script` here to give the bin a terminal
      expect(withColour).toContain(`${ESC}31merror`);
      expect(ttyRun('lint --no-color', ws.dir)).not.toContain(ESC);
      expect(ttyRun('lint', ws.dir, { NO_COLOR: '1' })).not.toContain(ESC);
    } finally {
      ws.done();
    }
  });

  it('reports many files in the order given, with one summary', () => {
    const ws = workspace({ 'a/Dockerfile': BROKEN_REF, 'b/Dockerfile': CLEAN, 'c.Dockerfile': WARNING_ONLY });
    try {
      const r = cli(['lint', 'c.Dockerfile', 'a/Dockerfile', 'b/Dockerfile'], { cwd: ws.dir });
      expect(r.status).toBe(1);
      const heads = r.stdout
        .split('\n')
        .filter((l) => /^\S+:\d+:\d+ /.test(l))
        .map((l) => l.split(':')[0]);
      expect(heads).toEqual([
        ...lint(WARNING_ONLY).findings.map(() => 'c.Dockerfile'),
        ...lint(BROKEN_REF).findings.map(() => 'a/Dockerfile'),
      ]);
      expect(r.stdout).toMatch(/in 3 files/);
    } finally {
      ws.done();
    }
  });

  it('answers the same through its own bundle (lint first) and through the app (an option first)', () => {
    const ws = workspace({ Dockerfile: NUMERIC_REF, bad: Buffer.from([0, 1, 2]) });
    try {
      const direct = cli(['lint', 'Dockerfile', 'bad', '--format', 'json'], { cwd: ws.dir });
      const viaApp = cli(['--no-color', 'lint', 'Dockerfile', 'bad', '--format', 'json'], { cwd: ws.dir });
      expect(viaApp).toEqual(direct);
      expect(direct.status).toBe(2);
      expect(cli(['lint', '--help']).stdout).toBe(cli(['--no-color', 'lint', '--help']).stdout);
    } finally {
      ws.done();
    }
  });

  it('reads standard input for -', () => {
    const r = cli(['lint', '-'], { input: BROKEN_REF });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('<stdin>:8:13 error MS007');
  });
});

describe('lint --format json', () => {
  it('prints the version-1 object of cli.md, with the engine findings and an error entry for unreadable files', () => {
    const ws = workspace({ Dockerfile: NUMERIC_REF });
    try {
      const r = cli(['lint', '--format', 'json', 'Dockerfile', 'missing/Dockerfile'], { cwd: ws.dir });
      expect(r.status).toBe(2);
      const out = JSON.parse(r.stdout);
      expect(Object.keys(out)).toEqual(['version', 'files']);
      expect(out.version).toBe(1);
      expect(out.files).toHaveLength(2);
      expect(out.files[0]).toEqual({
        file: 'Dockerfile',
        findings: lint(NUMERIC_REF).findings.map((f) => ({
          rule: f.rule,
          name: f.name,
          severity: f.severity,
          line: f.span.start.line,
          column: f.span.start.column,
          endLine: f.span.end.line,
          endColumn: f.span.end.column,
          message: f.message,
          fixable: Boolean(f.fix?.length),
        })),
      });
      const ms003 = out.files[0].findings.find((f: { rule: string }) => f.rule === 'MS003');
      expect(ms003).toMatchObject({ line: 8, column: 13, endLine: 8, endColumn: 14, fixable: true, severity: 'warning' });
      expect(Object.keys(out.files[1])).toEqual(['file', 'error']);
      expect(out.files[1].file).toBe('missing/Dockerfile');
      expect(out.files[1].error).toMatch(/no such file/);
    } finally {
      ws.done();
    }
  });

  it('keeps stdout pure JSON when a file is missing (the error also goes to stderr)', () => {
    const r = cli(['lint', '--format', 'json', 'nope'], {});
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toMatch(/nope: no such file/);
  });
});

/** Runs the bin under `script`, so its stdout is a terminal; null when `script` is missing. */
function ttyRun(args: string, cwd: string, env: Record<string, string> = {}): string | null {
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args}`;
  const result = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    env: { ...withoutColourVariables(process.env), ...env },
  });
  return result.error ? null : result.stdout;
}

function withoutColourVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...rest } = env;
  return rest;
}
