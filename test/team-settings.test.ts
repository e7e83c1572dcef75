// A team's settings file, read by `lint` as a user runs it: a repository with nested Dockerfiles.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, CLEAN, expectOneLineError, ROOT, WARNING_ONLY, workspace } from './cli-helpers';

/** Unpinned base (MS014, warning), runs as root (MS015, warning), apt installs tcpdump and protobuf-compiler. */
const SERVICE = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM debian:bookworm-slim AS base
RUN apt-get update && apt-get install -y --no-install-recommends protobuf-compiler

FROM base AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends tcpdump
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`;

const UNPINNED = CLEAN.replace('gcr.io/distroless/static-debian12:nonroot', 'alpine');

/** A repository (a .git folder) with the files given. */
function repo(files: Record<string, string>) {
  return workspace({ '.git/HEAD': 'ref: refs/heads/main\n', ...files });
}

const rulesIn = (stdout: string) => [...new Set([...stdout.matchAll(/\b(MS\d{3})\b/g)].map((m) => m[1]))].sort();

describe('settings file', () => {
  it('is found from a nested folder up to the repository root, and sets rule severities and off', () => {
    const ws = repo({
      '.multistage-tutor.yaml': 'rules:\n  MS014: error\n  MS015: off\n',
      'services/api/Dockerfile': UNPINNED.replace('USER nonroot\n', ''),
    });
    try {
      const run = cli(['lint', 'Dockerfile', '--format', 'json'], { cwd: join(ws.dir, 'services/api') });
      const findings = JSON.parse(run.stdout).files[0].findings;
      expect(findings.find((f: { rule: string }) => f.rule === 'MS014').severity).toBe('error');
      expect(findings.map((f: { rule: string }) => f.rule)).not.toContain('MS015');
      expect(run.status).toBe(1); // MS014 is an error now, and failOn is error

      const without = cli(['lint', 'Dockerfile', '--no-config', '--format', 'json'], { cwd: join(ws.dir, 'services/api') });
      expect(JSON.parse(without.stdout).files[0].findings.find((f: { rule: string }) => f.rule === 'MS014').severity).toBe('warning');
      expect(without.status).toBe(0);
    } finally {
      ws.done();
    }
  });

  it('is not looked for above the repository root', () => {
    const outer = workspace({
      '.multistage-tutor.yaml': 'rules:\n  MS002: off\n',
      'inner/.git/HEAD': 'x',
      'inner/Dockerfile': WARNING_ONLY,
    });
    try {
      expect(cli(['lint'], { cwd: join(outer.dir, 'inner') }).stdout).toContain('MS002');
      // Without a repository the search goes on up and finds it.
      const loose = workspace({ '.multistage-tutor.yml': 'rules:\n  MS002: off\n', 'sub/Dockerfile': WARNING_ONLY });
      try {
        expect(cli(['lint'], { cwd: join(loose.dir, 'sub') }).stdout).not.toContain('MS002');
      } finally {
        loose.done();
      }
    } finally {
      outer.done();
    }
  });

  it('reads rule keys as the command line does: any case, the number unpadded (ms14 for MS014)', () => {
    const ws = repo({
      '.multistage-tutor.yaml': 'rules:\n  ms14: error\n  MS15: off\n',
      Dockerfile: UNPINNED.replace('USER nonroot\n', ''),
    });
    try {
      const run = cli(['lint', '--format', 'json'], { cwd: ws.dir });
      expect(run.stderr).toBe('');
      const findings = JSON.parse(run.stdout).files[0].findings as { rule: string; severity: string }[];
      expect(findings.find((f) => f.rule === 'MS014')!.severity).toBe('error');
      expect(findings.map((f) => f.rule)).not.toContain('MS015');
    } finally {
      ws.done();
    }
  });

  it('failOn applies unless --fail-on is given, which wins', () => {
    const ws = repo({ '.multistage-tutor.json': '{"failOn": "warning"}', Dockerfile: WARNING_ONLY });
    try {
      expect(cli(['lint'], { cwd: ws.dir }).status).toBe(1);
      expect(cli(['lint', '--fail-on', 'error'], { cwd: ws.dir }).status).toBe(0);
    } finally {
      ws.done();
    }
  });

  it('ignorePaths and overrides are globs relative to the settings file', () => {
    const ws = repo({
      'config/lint.yaml': 'ignorePaths: ["fixtures/**"]\noverrides:\n  - files: ["**/*.dev.Dockerfile"]\n    rules: { MS002: off }\n',
      'config/fixtures/Dockerfile': UNPINNED,
      'config/app.dev.Dockerfile': WARNING_ONLY,
      'config/app.Dockerfile': WARNING_ONLY,
    });
    try {
      const run = cli(['lint', 'config', '--config', 'config/lint.yaml', '--format', 'json'], { cwd: ws.dir });
      const files = JSON.parse(run.stdout).files as { file: string; findings: { rule: string }[] }[];
      expect(files.map((f) => f.file)).toEqual(['config/app.Dockerfile', 'config/app.dev.Dockerfile']);
      expect(files[0]!.findings.map((f) => f.rule)).toContain('MS002');
      expect(files[1]!.findings.map((f) => f.rule)).not.toContain('MS002');
      // An ignored file named on the command line (as pre-commit does) is skipped too.
      const named = cli(['lint', 'config/fixtures/Dockerfile', '--config', 'config/lint.yaml', '--format', 'json'], { cwd: ws.dir });
      expect(JSON.parse(named.stdout).files).toEqual([]);
    } finally {
      ws.done();
    }
  });

  it('a file named on the command line but under ignorePaths is skipped with one warning naming the settings file, exit 0', () => {
    const ws = repo({ '.multistage-tutor.yaml': 'ignorePaths: ["test/fixtures/**"]\n', 'test/fixtures/Dockerfile': UNPINNED });
    try {
      const run = cli(['lint', 'test/fixtures/Dockerfile'], { cwd: ws.dir });
      expect(run.status).toBe(0);
      expect(run.stderr.trim().split('\n')).toEqual([
        "multistage-tutor: warning: test/fixtures/Dockerfile: skipped: it matches ignorePaths 'test/fixtures/**' in the settings file .multistage-tutor.yaml (--no-config lints it)",
      ]);
      expect(run.stdout).toBe('');
      expect(run.stdout + run.stderr).not.toMatch(/could not be read/);
      // The machine formats stay parseable: the warning is on stderr, the report lists no file.
      const json = cli(['lint', 'test/fixtures/Dockerfile', '--format', 'json'], { cwd: ws.dir });
      expect(JSON.parse(json.stdout).files).toEqual([]);
      expect(json.stderr).toMatch(/skipped: it matches ignorePaths/);
      expect(json.status).toBe(0);
    } finally {
      ws.done();
    }
  });

  it("a folder's files under ignorePaths stay silent; when they are all it holds, the summary says so", () => {
    const ws = repo({
      '.multistage-tutor.yaml': 'ignorePaths: ["test/**"]\n',
      'test/a/Dockerfile': UNPINNED,
      'test/b/Dockerfile': UNPINNED,
    });
    try {
      const run = cli(['lint', 'test'], { cwd: ws.dir });
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toBe('nothing linted: all 2 Dockerfiles found match ignorePaths in .multistage-tutor.yaml');
    } finally {
      ws.done();
    }
  });

  it('buildTools and debugTools add to the engine lists (MS008, MS020)', () => {
    const text = SERVICE.replace('tcpdump', 'tcpdump2');
    const ws = repo({ '.multistage-tutor.yaml': 'buildTools: [protobuf-compiler]\ndebugTools: [TCPDUMP2]\n', Dockerfile: text });
    try {
      const without = cli(['lint', '--no-config'], { cwd: ws.dir }).stdout;
      expect(rulesIn(without)).not.toContain('MS008');
      expect(rulesIn(without)).not.toContain('MS020');
      const out = cli(['lint'], { cwd: ws.dir }).stdout;
      expect(out).toMatch(/MS008[^\n]*\n[^\n]*protobuf-compiler/);
      expect(out).toMatch(/MS020[^\n]*\n[^\n]*tcpdump2/);
    } finally {
      ws.done();
    }
  });

  it('a pragma in the Dockerfile still wins over the settings file', () => {
    const ws = repo({
      '.multistage-tutor.yaml': 'rules:\n  MS014: error\n',
      Dockerfile: UNPINNED.replace('FROM alpine', '# multistage-tutor ignore=MS014\nFROM alpine'),
    });
    try {
      const run = cli(['lint'], { cwd: ws.dir });
      expect(run.stdout).not.toContain('MS014');
      expect(run.status).toBe(0);
    } finally {
      ws.done();
    }
  });

  it.each([
    [
      'rules:\n  MS015: of\n',
      /^multistage-tutor: lint: \.multistage-tutor\.yaml:2: rules\.MS015: must be one of off, info, warning, error, not 'of'$/,
    ],
    ['rules:\n  MS999: off\n', /\.multistage-tutor\.yaml:2: rules\.MS999: unknown rule/],
    ['failOn: warning\nfailon: error\n', /\.multistage-tutor\.yaml:2: failon: unknown key \(did you mean 'failOn'\?/],
    ['failOn: sometimes\n', /\.multistage-tutor\.yaml:1: failOn: must be one of error, warning, info, none/],
    [
      'overrides:\n  - files: ["*.Dockerfile"]\n    rule: { MS002: off }\n',
      /\.multistage-tutor\.yaml:3: overrides\[0\]\.rule: unknown key/,
    ],
    ['ignorePaths: [1]\n', /\.multistage-tutor\.yaml:1: ignorePaths\[0\]: must be a glob pattern/],
    ['rules: [\n  MS014\n', /\.multistage-tutor\.yaml:\d+: not valid YAML/],
  ])('a bad file (%j) is one line naming file, line and key, exit 2', (text, message) => {
    const ws = repo({ '.multistage-tutor.yaml': text, Dockerfile: CLEAN });
    try {
      const run = cli(['lint'], { cwd: ws.dir });
      expect(run.status).toBe(2);
      expectOneLineError(run);
      expect(run.stderr.trim()).toMatch(message);
      expect(run.stdout).toBe('');
    } finally {
      ws.done();
    }
  });

  it.each([
    [
      '{"rules": {"MS023": "off",}}',
      /^multistage-tutor: lint: \.multistage-tutor\.json:1:27: not valid JSON: .*\(JSON allows no comma before a closing bracket\)$/,
    ],
    ['{\n  "rules": {\n    "MS023": "off",\n  }\n}\n', /^multistage-tutor: lint: \.multistage-tutor\.json:4:3: not valid JSON: /],
    ['{"rules": {"MS023": "off"}', /^multistage-tutor: lint: \.multistage-tutor\.json:1:27: not valid JSON: /],
    ['{"failOn": "warning"} // strict\n', /^multistage-tutor: lint: \.multistage-tutor\.json:1:23: not valid JSON: /],
    ['failOn: warning\n', /^multistage-tutor: lint: \.multistage-tutor\.json: not valid JSON: .*name it \.yaml/],
  ])('a .json settings file is strict JSON (%j): one line saying JSON, with line and column, exit 2', (text, message) => {
    const ws = repo({ '.multistage-tutor.json': text, Dockerfile: CLEAN });
    try {
      const run = cli(['lint'], { cwd: ws.dir });
      expect(run.status).toBe(2);
      expectOneLineError(run);
      expect(run.stderr.trim()).toMatch(message);
      expect(run.stderr).not.toMatch(/not valid YAML/);
      expect(run.stdout).toBe('');
    } finally {
      ws.done();
    }
  });

  it('a .json settings file that is valid JSON still names the line of a bad key; YAML files stay YAML', () => {
    const ws = repo({ '.multistage-tutor.json': '{\n  "rules": {\n    "MS999": "off"\n  }\n}\n', Dockerfile: CLEAN });
    try {
      const run = cli(['lint'], { cwd: ws.dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/\.multistage-tutor\.json:3: rules\.MS999: unknown rule/);
      writeFileSync(join(ws.dir, 'lint.yaml'), '{"failOn": "warning",}\n'); // YAML's flow mapping allows the comma
      expect(cli(['lint', '--config', 'lint.yaml'], { cwd: ws.dir }).status).toBe(0);
    } finally {
      ws.done();
    }
  });

  it('--config names a file; a missing one is an error; --no-config with --config is a usage error', () => {
    const ws = repo({ Dockerfile: WARNING_ONLY, 'ci/strict.yaml': 'failOn: warning\n' });
    try {
      expect(cli(['lint', '--config', 'ci/strict.yaml'], { cwd: ws.dir }).status).toBe(1);
      const missing = cli(['lint', '--config', 'ci/nope.yaml'], { cwd: ws.dir });
      expect(missing.status).toBe(2);
      expectOneLineError(missing);
      expect(missing.stderr).toContain('ci/nope.yaml');
      expect(cli(['lint', '--config', 'ci/strict.yaml', '--no-config'], { cwd: ws.dir }).status).toBe(2);
    } finally {
      ws.done();
    }
  });

  it('a bad settings file stops lint (exit 2), but not the app: without a command, one line on stderr and on', () => {
    const ws = repo({ Dockerfile: WARNING_ONLY, '.multistage-tutor.yml': 'rules:\n  MS015: offf\n' });
    try {
      expect(cli(['lint'], { cwd: ws.dir }).status).toBe(2);
      // Not a terminal here: the plain home (help and sections) instead of the full-screen app.
      const home = cli([], { cwd: ws.dir });
      expect(home.status).toBe(0);
      expect(home.stdout).toContain('Reference sections');
      expect(home.stderr.trim().split('\n')).toHaveLength(1);
      expect(home.stderr).toMatch(/settings file not used: \.multistage-tutor\.yml:2/);
      // A mistake on the command line is still one.
      expect(cli(['--config', 'x.yml', '--no-config'], { cwd: ws.dir }).status).toBe(2);
    } finally {
      ws.done();
    }
  });

  it("the README's example settings file is one lint reads", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /## A team's settings[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const ws = repo({ '.multistage-tutor.yaml': example, Dockerfile: UNPINNED });
    try {
      const run = cli(['lint', '--format', 'json'], { cwd: ws.dir });
      expect(run.stderr).toBe('');
      const rules = JSON.parse(run.stdout).files[0].findings.map((f: { rule: string; severity: string }) => `${f.rule} ${f.severity}`);
      expect(rules).toContain('MS014 error');
      expect(run.status).toBe(1);
    } finally {
      ws.done();
    }
  });

  it('standard input gets the rules of the settings file, never its ignorePaths', () => {
    const ws = repo({ '.multistage-tutor.yaml': 'ignorePaths: ["**"]\nrules: { MS014: error }\n' });
    try {
      const run = cli(['lint', '-', '--format', 'json'], { cwd: ws.dir, input: UNPINNED });
      const findings = JSON.parse(run.stdout).files[0].findings as { rule: string; severity: string }[];
      expect(findings.find((f) => f.rule === 'MS014')!.severity).toBe('error');
      expect(run.status).toBe(1);
    } finally {
      ws.done();
    }
  });
});
