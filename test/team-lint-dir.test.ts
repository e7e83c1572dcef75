// `lint DIR`: a whole repository in one call, as a team runs it.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDockerfileName } from '../src/cli/find-dockerfiles';
import { cli, CLEAN, expectOneLineError, NUMERIC_REF, WARNING_ONLY, workspace } from './cli-helpers';

const filesOf = (stdout: string) => (JSON.parse(stdout).files as { file: string }[]).map((f) => f.file);

describe('lint DIR', () => {
  it('finds Dockerfiles by the names in the spec, sorted, skipping .git, node_modules and what .gitignore files ignore', () => {
    const ws = workspace({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/Dockerfile': CLEAN,
      '.gitignore': 'build/\n*.generated.Dockerfile\n',
      Dockerfile: CLEAN,
      Containerfile: CLEAN,
      'services/web/Dockerfile.dev': WARNING_ONLY,
      'services/api/api.Dockerfile': NUMERIC_REF,
      'services/api/api.Dockerfile.dockerignore': 'node_modules\n',
      'services/api/worker.dockerfile': CLEAN,
      'services/api/x.generated.Dockerfile': CLEAN,
      'services/api/README.md': 'not a Dockerfile',
      'services/legacy/.gitignore': '*\n!keep.Dockerfile\n',
      'services/legacy/old.Dockerfile': CLEAN,
      'services/legacy/keep.Dockerfile': CLEAN,
      'build/Dockerfile': CLEAN,
      'node_modules/pkg/Dockerfile': CLEAN,
      'docs/dockerfile': CLEAN, // not a name the spec lists (case matters)
    });
    try {
      const run = cli(['lint', '.', '--format', 'json'], { cwd: ws.dir });
      expect(filesOf(run.stdout)).toEqual([
        'Containerfile',
        'Dockerfile',
        'services/api/api.Dockerfile',
        'services/api/worker.dockerfile',
        'services/legacy/keep.Dockerfile',
        'services/web/Dockerfile.dev',
      ]);
      // A sub-folder still honours the .gitignore files above it in the repository.
      const sub = cli(['lint', 'services', '--format', 'json'], { cwd: ws.dir });
      expect(filesOf(sub.stdout)).not.toContain('services/api/x.generated.Dockerfile');
      expect(filesOf(cli(['lint', '.', '--format', 'json'], { cwd: join(ws.dir, 'services/api') }).stdout)).toEqual([
        'api.Dockerfile',
        'worker.dockerfile',
      ]);
    } finally {
      ws.done();
    }
  });

  it('gives one summary for the whole tree, and the exit code of the worst file', () => {
    const ws = workspace({ 'a/Dockerfile': CLEAN, 'b/Dockerfile': WARNING_ONLY, 'c/d/Dockerfile': CLEAN });
    try {
      const run = cli(['lint', '.'], { cwd: ws.dir });
      expect(run.stdout.match(/in \d+ files?/g)).toHaveLength(1);
      expect(run.stdout).toMatch(/in 3 files/);
      expect(run.status).toBe(0);
      expect(cli(['lint', '.', '--fail-on', 'warning'], { cwd: ws.dir }).status).toBe(1);
      // Directories and files mix; a folder with no Dockerfile is a one-line error.
      expect(filesOf(cli(['lint', 'a', 'b/Dockerfile', '--format', 'json'], { cwd: ws.dir }).stdout)).toEqual([
        'a/Dockerfile',
        'b/Dockerfile',
      ]);
    } finally {
      ws.done();
    }
    const empty = workspace({ 'src/main.go': 'package main' });
    try {
      const run = cli(['lint', 'src'], { cwd: empty.dir });
      expect(run.status).toBe(2);
      expectOneLineError(run);
      expect(run.stderr).toContain('src: a folder with no Dockerfile in it');
    } finally {
      empty.done();
    }
  });

  it('lints a linked Dockerfile but does not follow linked folders', () => {
    const ws = workspace({ 'real/Dockerfile': CLEAN });
    try {
      symlinkSync(join(ws.dir, 'real'), join(ws.dir, 'loop'));
      symlinkSync(join(ws.dir, 'real/Dockerfile'), join(ws.dir, 'linked.Dockerfile'));
      expect(filesOf(cli(['lint', '.', '--format', 'json'], { cwd: ws.dir }).stdout)).toEqual(['linked.Dockerfile', 'real/Dockerfile']);
    } finally {
      ws.done();
    }
  });

  it('matches names as the spec spells them', () => {
    for (const name of ['Dockerfile', 'Dockerfile.prod', 'api.Dockerfile', 'api.dockerfile', 'Containerfile'])
      expect(isDockerfileName(name), name).toBe(true);
    for (const name of [
      'dockerfile',
      'Dockerfile.dockerignore',
      'api.Dockerfile.dockerignore',
      '.dockerfile',
      'Containerfile.dev',
      'DockerfileX',
      'notes.md',
    ]) {
      expect(isDockerfileName(name), name).toBe(false);
    }
  });
});
