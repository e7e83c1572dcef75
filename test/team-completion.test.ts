// `completion bash|zsh|fish`. The bash script is sourced in bash and asked for completions the way
// bash asks (COMP_WORDS, COMP_CWORD, then the function `complete -F` named).
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectOneLineError, ROOT, workspace } from './cli-helpers';

/** What bash would offer for the command line `words` (the last word being completed). */
function complete(script: string, words: string[], cwd?: string): string[] {
  const dir = workspace();
  try {
    const file = join(dir.dir, 'completion.bash');
    writeFileSync(file, script);
    const program = [
      `source ${JSON.stringify(file)}`,
      // The function `complete -F` registered for the command.
      'fn=$(complete -p multistage-tutor | sed -E "s/.*-F ([^ ]+).*/\\1/")',
      `COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')})`,
      `COMP_CWORD=${words.length - 1}`,
      '"$fn" multistage-tutor "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"',
      'printf "%s\\n" "${COMPREPLY[@]}"',
    ].join('\n');
    const run = spawnSync('bash', ['--norc', '--noprofile', '-c', program], { cwd: cwd ?? dir.dir, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return run.stdout.split('\n').filter(Boolean).sort();
  } finally {
    dir.done();
  }
}

describe('completion bash', () => {
  const script = cli(['completion', 'bash']).stdout;

  it('completes commands, rule IDs, exercise IDs, tree names and reference topics', () => {
    expect(complete(script, ['multistage-tutor', 'ex'])).toEqual(['exercises', 'explain']);
    expect(complete(script, ['multistage-tutor', 'explain', 'MS01'])).toEqual([
      'MS010',
      'MS011',
      'MS012',
      'MS013',
      'MS014',
      'MS015',
      'MS016',
      'MS017',
      'MS018',
      'MS019',
    ]);
    expect(complete(script, ['multistage-tutor', 'check', 'name-'])).toEqual(['name-your-stages']);
    expect(complete(script, ['multistage-tutor', 'tree', 'final'])).toEqual(['final-base']);
    expect(complete(script, ['multistage-tutor', 'ref', 'copy'])).toEqual(['copy-from']);
    expect(complete(script, ['multistage-tutor', 'completion', ''])).toEqual(['bash', 'fish', 'zsh']);
  });

  it('completes flags and their values', () => {
    expect(complete(script, ['multistage-tutor', 'lint', '--format', 'g'])).toEqual(['github', 'gitlab']);
    expect(complete(script, ['multistage-tutor', 'lint', '--fail-on', ''])).toEqual(['error', 'info', 'none', 'warning']);
    expect(complete(script, ['multistage-tutor', 'lint', '--ignore', 'MS02'])).toEqual(expect.arrayContaining(['MS020', 'MS021']));
    expect(complete(script, ['multistage-tutor', 'lint', '--f'])).toEqual(['--fail-on', '--fix', '--format']);
    expect(complete(script, ['multistage-tutor', 'exercises', 'va'])).toEqual(['validate']);
  });

  it('completes files for lint', () => {
    const ws = workspace({ Dockerfile: 'FROM scratch\n', 'docs/x.md': '' });
    try {
      expect(complete(script, ['multistage-tutor', 'lint', 'Do'], ws.dir)).toEqual(['Dockerfile']);
    } finally {
      ws.done();
    }
  });

  it("includes a team pack's exercises, from the settings file where it is printed", () => {
    const ws = workspace({ '.git/HEAD': 'x', '.multistage-tutor.yaml': 'exercises: [./pack]\n' });
    try {
      cpSync(join(ROOT, 'docs/examples/acme-onboarding'), join(ws.dir, 'pack'), { recursive: true });
      const teamScript = cli(['completion', 'bash'], { cwd: ws.dir }).stdout;
      expect(complete(teamScript, ['multistage-tutor', 'check', 'acme'])).toEqual(['acme/go-distroless-65532']);
    } finally {
      ws.done();
    }
  });
});

describe('completion zsh and fish', () => {
  it('name the same commands, rules, exercises, trees and topics', () => {
    const bash = cli(['completion', 'bash']).stdout;
    const lists = ['commands', 'rules', 'exercises', 'trees', 'topics'].map(
      (name) => new RegExp(`local ${name}="([^"]*)"`).exec(bash)![1]!,
    );
    const zsh = cli(['completion', 'zsh']);
    const fish = cli(['completion', 'fish']);
    expect(zsh.status).toBe(0);
    expect(fish.status).toBe(0);
    for (const list of lists) {
      expect(zsh.stdout).toContain(`(${list})`);
      expect(fish.stdout).toContain(`-a '${list}'`);
    }
    expect(zsh.stdout).toMatch(/^#compdef multistage-tutor/);
    expect(fish.stdout).toContain(`complete -c multistage-tutor -n __fish_use_subcommand -a '${lists[0]}'`);
  });

  it('an unknown shell is a one-line error', () => {
    const run = cli(['completion', 'powershell']);
    expect(run.status).toBe(2);
    expectOneLineError(run);
  });
});
