// Bad input never crashes lint: each gets one line on stderr (exit 2), and the other files of the
// run are still linted and reported.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, CLEAN, expectOneLineError, NUMERIC_REF, workspace } from './cli-helpers';

const BAD: Record<string, { content?: string | Buffer; dir?: true; message: RegExp; summary?: string }> = {
  missing: { message: /missing: no such file/ },
  // A folder is searched for Dockerfiles (cli.md); one that holds none is the error.
  folder: { dir: true, message: /folder: a folder with no Dockerfile in it/, summary: 'no Dockerfile found in folder' },
  binary: { content: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x46, 0x52]), message: /binary: is a binary file/ },
  huge: { content: Buffer.alloc(5 * 1024 * 1024, 'RUN echo hello world\n'), message: /huge: over 1 MB/ },
  utf16: { content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('FROM alpine:3.20\n', 'utf16le')]), message: /utf16: is UTF-16/ },
};

describe('lint on bad input', () => {
  for (const [name, bad] of Object.entries(BAD)) {
    it(`reports ${name} in one line, exit 2, and still lints the good file after it`, () => {
      const ws = workspace({ good: NUMERIC_REF, ...(bad.content !== undefined ? { [name]: bad.content } : {}) });
      try {
        if (bad.dir) mkdirSync(join(ws.dir, name));
        const r = cli(['lint', name, 'good'], { cwd: ws.dir });
        expect(r.status).toBe(2);
        expectOneLineError(r);
        expect(r.stderr).toMatch(bad.message);
        expect(r.stdout).toMatch(/^good:8:13 warning MS003/m);
        expect(r.stdout).toContain(` in 1 file; ${bad.summary ?? '1 file could not be read'}`);
      } finally {
        ws.done();
      }
    });
  }

  it('says nothing was linted when no file could be read', () => {
    const ws = workspace({});
    try {
      const r = cli(['lint', 'missing'], { cwd: ws.dir });
      expect(r.status).toBe(2);
      expect(r.stdout.trim()).toBe('✗ nothing linted: 1 file could not be read');
    } finally {
      ws.done();
    }
  });

  it('says a folder with no Dockerfile was found empty, not that a file could not be read', () => {
    const ws = workspace({ 'emptydir/README.md': 'no Dockerfile here\n' });
    try {
      const r = cli(['lint', 'emptydir'], { cwd: ws.dir });
      expect(r.status).toBe(2);
      expect(r.stdout.trim()).toBe('✗ nothing linted: no Dockerfile found in emptydir');
      expect(r.stdout + r.stderr).not.toMatch(/could not be read/);
    } finally {
      ws.done();
    }
  });

  it('reads a UTF-8 file with a byte-order mark and CRLF line ends', () => {
    const ws = workspace({ Dockerfile: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NUMERIC_REF.replace(/\n/g, '\r\n'))]) });
    try {
      const r = cli(['lint'], { cwd: ws.dir });
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Dockerfile:8:13 warning MS003/m);
      expect(r.stdout).not.toContain('\r');
    } finally {
      ws.done();
    }
  });

  it('reads a file that is not UTF-8 as Latin-1, byte for byte, as BuildKit builds it', () => {
    // A Latin-1 comment (é as the single byte 0xE9) in a file whose findings sit after it.
    const bytes = Buffer.from('# Maintenu par l\xe9quipe\nFROM golang:1.22\nCOPY --from=0 /a /b\n', 'latin1');
    const ws = workspace({ Dockerfile: bytes });
    try {
      const r = cli(['lint', '--format', 'json', '--fail-on', 'none'], { cwd: ws.dir });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      const rules = JSON.parse(r.stdout).files[0].findings.map((f: { rule: string; line: number }) => `${f.rule}@${f.line}`);
      expect(rules).toContain('MS003@3');
    } finally {
      ws.done();
    }
  });

  it('--fix writes a Latin-1 file back in Latin-1, every other byte unchanged', () => {
    const bytes = Buffer.from('FROM alpine:3.20 as base\n# caf\xe9\nUSER nobody\n', 'latin1');
    const ws = workspace({ Dockerfile: bytes });
    try {
      cli(['lint', '--fix'], { cwd: ws.dir });
      const after = readFileSync(join(ws.dir, 'Dockerfile'));
      expect(after.toString('latin1')).toBe('# syntax=docker/dockerfile:1\nFROM alpine:3.20 AS base\n# caf\xe9\nUSER nobody\n');
      expect(after.includes(0xe9)).toBe(true);
    } finally {
      ws.done();
    }
  });

  it('says how to mend a missing ./Dockerfile when no FILE is given', () => {
    const ws = workspace();
    try {
      const r = cli(['lint'], { cwd: ws.dir });
      expect(r.status).toBe(2);
      expectOneLineError(r);
      expect(r.stderr).toMatch(/Dockerfile: no such file \(give the path of a Dockerfile, or - to read standard input\)/);
    } finally {
      ws.done();
    }
  });

  it('rejects an unknown flag or command in one line, exit 2, without linting', () => {
    for (const args of [
      ['lint', '--frobnicate', '-'],
      ['lint', '-x', '-'],
      ['lnt', 'Dockerfile'],
      ['lint', '--target'],
    ]) {
      const r = cli(args, { input: CLEAN });
      expect(r.status, args.join(' ')).toBe(2);
      expectOneLineError(r);
      expect(r.stdout).toBe('');
    }
  });

  it('reads standard input only once', () => {
    const r = cli(['lint', '-', '-'], { input: CLEAN });
    expect(r.status).toBe(2);
    expectOneLineError(r);
  });

  it('survives a 10,000-character line and shows a cut-down source line', () => {
    const long = `# syntax=docker/dockerfile:1\nFROM alpine:3.20 AS base\nRUN echo ${'x'.repeat(10_000)} && make\nCOPY --from=0 / /\n`;
    const r = cli(['lint', '-'], { input: long });
    expect([0, 1]).toContain(r.status);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThan(200);
  });
});
