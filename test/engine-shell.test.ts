import { describe, expect, it } from 'vitest';
import { splitCommands } from '../src/engine/shell';

const argvs = (script: string) => splitCommands(script).map((c) => c.argv.join(' '));

describe('splitting a RUN script into commands', () => {
  it('splits on && || ; | and newlines', () => {
    expect(argvs('apt-get update && apt-get install -y gcc || true; make | tee log\ncargo build')).toEqual([
      'apt-get update',
      'apt-get install -y gcc',
      'true',
      'make',
      'tee log',
      'cargo build',
    ]);
  });
  it('marks a command whose failure the script ignores', () => {
    const masked = (script: string) =>
      splitCommands(script)
        .filter((c) => c.masked)
        .map((c) => c.argv.join(' '));
    expect(masked('pytest -q || true')).toEqual(['pytest -q']);
    expect(masked('make && pytest || echo "tests failed"')).toEqual(['pytest']);
    expect(masked('go test ./... || exit 0; echo done')).toEqual(['go test ./...']);
    expect(masked('npm test || :')).toEqual(['npm test']);
    // Still fails the RUN: exit 1 after the message, a bare exit (the test's status), false.
    expect(masked('pytest || echo failed && exit 1')).toEqual([]);
    expect(masked('pytest || exit')).toEqual([]);
    expect(masked('pytest || exit 1')).toEqual([]);
    expect(masked('pytest && true')).toEqual([]);
    expect(masked('pytest -q || { echo "tests failed"; exit 1; }')).toEqual([]);
  });
  it('marks a command whose status a pipe or a later command replaces, as sh runs the script', () => {
    const masked = (script: string, options = {}) =>
      splitCommands(script, 0, options)
        .filter((c) => c.masked && c.argv[0] !== 'set')
        .map((c) => c.argv[0]);
    // Only the last command's status counts: `;`, a new line (a heredoc's lines), a pipe.
    expect(masked('pytest; echo done')).toEqual(['pytest']);
    expect(masked('pip install -r req.txt\npytest -q\necho finished')).toEqual(['pip', 'pytest']);
    expect(masked('pytest -q | tee /tmp/report.txt')).toEqual(['pytest']);
    expect(masked('go test ./... && echo ok; exit 0')).toEqual(['go', 'echo']);
    // Still fails the RUN: the last command, a bare exit or $? passing the status on, an if around it.
    expect(masked('pip install x && pytest')).toEqual([]);
    expect(masked('pytest;')).toEqual([]);
    expect(masked('pytest; exit')).toEqual([]);
    expect(masked('pytest; status=$?; rm -rf /tmp/t; exit $status')).toEqual(['rm']);
    expect(masked('if ! pytest; then exit 1; fi; echo done')).toEqual([]);
    expect(masked('for t in a b; do pytest $t; done; echo done')).toEqual([]);
    // set -e stops at a failing command that ends its list; inside an && list it does not.
    expect(masked('set -eux\npytest\necho done')).toEqual([]);
    expect(masked('set -e; pytest && coverage report; echo done')).toEqual(['pytest']);
    expect(masked('set -e; set +e; pytest; echo done')).toEqual(['pytest']);
    // pipefail from the script, from SHELL (options), or from the flags of an inner shell.
    expect(masked('set -o pipefail; pytest | tee log')).toEqual([]);
    expect(masked('pytest | tee log', { pipefail: true })).toEqual([]);
    expect(masked('pytest; echo done', { errexit: true })).toEqual([]);
    expect(masked(`bash -eo pipefail -c 'pytest | tee log; echo done'`)).toEqual([]);
    expect(masked(`sh -c 'pytest; echo done'`)).toEqual(['pytest']);
  });
  it('keeps quoted operators inside their word', () => {
    expect(argvs(`echo "a && make" 'b; gcc'`)).toEqual(['echo a && make b; gcc']);
  });
  it('takes VAR=value prefixes as the command environment', () => {
    const [cmd] = splitCommands('CGO_ENABLED=0 GOOS=linux go build -o /app .');
    expect(cmd?.env).toEqual({ CGO_ENABLED: '0', GOOS: 'linux' });
    expect(cmd?.argv.slice(0, 2)).toEqual(['go', 'build']);
  });
  it('looks inside sh -c and past sudo, env and shell keywords', () => {
    expect(argvs(`sh -c 'npm ci && npm run build'`)).toEqual(['npm ci', 'npm run build']);
    expect(argvs('sudo -E make install')).toEqual(['make install']);
    expect(splitCommands('env NODE_ENV=production npm ci')[0]).toEqual({ env: { NODE_ENV: 'production' }, argv: ['npm', 'ci'] });
    expect(argvs('if [ -f yarn.lock ]; then yarn build; else npm run build; fi')).toEqual([
      '[ -f yarn.lock ]',
      'yarn build',
      'npm run build',
    ]);
  });
  it('does not take command substitutions, comments or redirections for commands', () => {
    expect(argvs('echo $(make version) # make all\nls > /dev/null 2>&1')).toEqual(['echo $(make version)', 'ls']);
  });
  it('survives unbalanced quotes and substitutions', () => {
    expect(() => splitCommands(`echo "unclosed && make`)).not.toThrow();
    expect(() => splitCommands('echo $(make (')).not.toThrow();
  });
});
