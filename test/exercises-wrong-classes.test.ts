// The ten classes of wrong answer that used to pass `check` (issue #10), each run through the
// real CLI as a learner would: the check fails, and the failed goal names the line at fault.
// Every exercise's own wrong/ folder (exercises-curriculum.test.ts) covers the rest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, test } from 'vitest';
import { checkAnswer, exercisesDir, loadExercise } from '../src/exercises';
import { cli } from './cli-helpers';

interface Case {
  exercise: string;
  file: string;
  goal: string;
  /** What the failed goal must say, line numbers included. */
  says: RegExp;
}

const CLASSES: [string, Case[]][] = [
  [
    "1: a test stage's dev requirements in the virtualenv production copies",
    [
      {
        exercise: 'test-stage',
        file: 'dev-requirements-in-shared-venv',
        goal: 'no-dev-requirements',
        says: /requirements-dev\.txt` on line 10 installs the test tools into `\/opt\/venv`, which `COPY --from=base \/opt\/venv \/opt\/venv` on line 18 copies into production/,
      },
      {
        exercise: 'test-stage',
        file: 'test-tools-via-venv-pip',
        goal: 'no-dev-requirements',
        says: /pytest pytest-cov` on line 10 installs the test tools into `\/venv`/,
      },
      {
        exercise: 'python-venv',
        file: 'dev-requirements-shipped',
        goal: 'no-dev-requirements',
        says: /on line 12 installs the test tools into `\/opt\/venv`/,
      },
    ],
  ],
  [
    '2: npm prune in the dependencies stage the build derives from',
    [
      {
        exercise: 'shared-deps',
        file: 'prune-in-shared-deps',
        goal: 'build-has-dev-deps',
        says: /`npm run build` on line 13 runs without devDependencies .*on line 9 left only production ones/,
      },
      {
        exercise: 'dev-deps-leak',
        file: 'prune-before-build',
        goal: 'build-has-dev-deps',
        says: /`npm run build` on line 13 runs without devDependencies .*`RUN npm prune --omit=dev` on line 9/,
      },
      {
        exercise: 'copy-only-artifacts',
        file: 'prune-then-build',
        goal: 'build-has-dev-deps',
        says: /`npm run build` on line 11 runs without devDependencies/,
      },
      {
        exercise: 'node-slim-runtime',
        file: 'production-install-for-build',
        goal: 'build-has-dev-deps',
        says: /`npm run build` on line 12 .*`RUN npm ci --omit=dev` on line 8/,
      },
      { exercise: 'parallel-stages', file: 'ui-without-devdeps', goal: 'build-has-dev-deps', says: /`npm run build` on line 10/ },
    ],
  ],
  [
    '3: an ASP.NET Core app on dotnet/runtime',
    [
      {
        exercise: 'dotnet-runtime',
        file: 'runtime-not-aspnet',
        goal: 'aspnet-base',
        says: /`mcr\.microsoft\.com\/dotnet\/runtime:[\d.]+` \(line 12\) has the \.NET runtime but not ASP\.NET Core/,
      },
      {
        exercise: 'dotnet-runtime',
        file: 'runtime-deps-framework-dependent',
        goal: 'aspnet-base',
        says: /runtime-deps:[\d.]+` \(line 13\) holds no \.NET runtime.*on line 11 is framework-dependent/,
      },
    ],
  ],
  [
    '4: USER before the RUN that creates the user',
    [
      {
        exercise: 'non-root',
        file: 'user-before-creation',
        goal: 'users-exist',
        says: /`USER notes` on line 12 comes before `notes` is created on line 17/,
      },
      {
        exercise: 'java-jre',
        file: 'user-before-useradd',
        goal: 'users-exist',
        says: /`USER billing` on line 14 comes before `billing` is created on line 16/,
      },
      {
        exercise: 'python-venv',
        file: 'user-first',
        goal: 'users-exist',
        says: /`USER api` on line 14 comes before `api` is created on line 22/,
      },
      {
        exercise: 'rust-static',
        file: 'user-before-adduser',
        goal: 'users-exist',
        says: /`USER ingest` on line 13 comes before `ingest` is created on line 14/,
      },
      {
        exercise: 'node-slim-runtime',
        file: 'user-before-useradd',
        goal: 'users-exist',
        says: /`USER web` on line 18 comes before `web` is created on line 19/,
      },
    ],
  ],
  [
    '5: build tools purged in a later RUN',
    [
      {
        exercise: 'no-build-tools-in-final',
        file: 'purged-in-later-run',
        goal: 'no-build-tools',
        says: /`gcc`, `pkg-config`, `libssl-dev` are installed on line 15 and removed only on line 17, in a later RUN/,
      },
      {
        exercise: 'python-venv',
        file: 'compiler-purged-later',
        goal: 'no-compiler',
        says: /`build-essential`, `libpq-dev` are installed on line 6 and removed only on line 12/,
      },
      {
        exercise: 'python-venv',
        file: 'runtime-purges-later',
        goal: 'no-compiler',
        says: /`gcc` is installed on line 15 and removed only on line 17/,
      },
    ],
  ],
  [
    '6: npm ci without package-lock.json copied before it',
    [
      {
        exercise: 'shared-deps',
        file: 'lockfile-left-out',
        goal: 'install-inputs',
        says: /`npm ci` on line 8 needs `package-lock\.json` in `\/app`/,
      },
      {
        exercise: 'node-slim-runtime',
        file: 'lockfile-not-copied',
        goal: 'install-inputs',
        says: /`npm ci --omit=dev` on line 16 needs `package-lock\.json`/,
      },
      {
        exercise: 'copy-only-artifacts',
        file: 'package-json-only',
        goal: 'install-inputs',
        says: /`npm ci` on line 7 needs `package-lock\.json`/,
      },
      {
        exercise: 'parallel-stages',
        file: 'ui-lockfile-missing',
        goal: 'install-inputs',
        says: /`npm ci` on line 8 needs `package-lock\.json` in `\/web`/,
      },
      {
        exercise: 'syntax-directive',
        file: 'lockfile-dropped',
        goal: 'install-inputs',
        says: /`npm ci` on line 7 needs `package-lock\.json` in `\/site`/,
      },
      {
        exercise: 'dev-deps-leak',
        file: 'no-lockfile-in-production',
        goal: 'install-inputs',
        says: /on line 22 needs `package-lock\.json`/,
      },
    ],
  ],
  [
    "7: the build stage's whole WORKDIR copied instead of the output",
    [
      {
        exercise: 'copy-only-artifacts',
        file: 'whole-workdir',
        goal: 'only-artifacts',
        says: /`COPY --from=build \/app \/app` on line 16 copies `\/app`, the whole working folder of `build`/,
      },
      { exercise: 'node-slim-runtime', file: 'whole-app-folder', goal: 'only-artifacts', says: /on line 15 copies `\/app`/ },
      { exercise: 'java-jre', file: 'whole-workspace', goal: 'only-artifacts', says: /on line 14 copies `\/workspace`/ },
      { exercise: 'split-single-stage', file: 'ships-build-folder', goal: 'only-artifacts', says: /on line 13 copies `\/src`/ },
      { exercise: 'dotnet-runtime', file: 'ships-source-tree', goal: 'only-artifacts', says: /on line 14 copies `\/src`/ },
    ],
  ],
  [
    '8: a musl target built, target/release copied',
    [
      {
        exercise: 'rust-static',
        file: 'musl-built-release-copied',
        goal: 'copies-musl-binary',
        says: /on line 17 takes `\/src\/target\/release\/ingest`, but `cargo build .*` on line 13 writes its binary to `\/src\/target\/x86_64-unknown-linux-musl\/release\/`/,
      },
      {
        exercise: 'rust-static',
        file: 'cp-from-release-dir',
        goal: 'copies-musl-binary',
        says: /`cp target\/release\/ingest \/usr\/local\/bin\/ingest` on line 15 takes/,
      },
    ],
  ],
  [
    '9: a JDK copied over the JRE base',
    [
      {
        exercise: 'java-jre',
        file: 'jdk-copied-over-jre',
        goal: 'no-jdk',
        says: /`COPY --from=eclipse-temurin:\d+-jdk \/opt\/java\/openjdk \/opt\/java\/openjdk` on line 13 copies a whole JDK/,
      },
      { exercise: 'java-jre', file: 'jdk-from-build-stage', goal: 'no-jdk', says: /on line 14 copies a whole JDK/ },
      { exercise: 'index-breaks', file: 'jdk-over-jre', goal: 'no-jdk', says: /on line 16 copies a whole JDK/ },
    ],
  ],
  [
    "10: the UI stage on the Go image with Debian's nodejs",
    [
      {
        exercise: 'parallel-stages',
        file: 'ui-on-go-image',
        goal: 'ui-on-node',
        says: /`web-build`, the stage that runs the npm build.*starts from `golang:[\d.]+-\w+` \(line 5\), not a Node\.js image/,
      },
    ],
  ],
];

const home = mkdtempSync(join(tmpdir(), 'mst-classes-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const path = (c: Case) => join(exercisesDir(), c.exercise, 'wrong', `${c.file}.Dockerfile`);

describe.each(CLASSES)('class %s', (_label, cases) => {
  test.each(cases.map((c) => [`${c.exercise}/${c.file}`, c] as const))('%s fails, and says why naming the line', (_name, c) => {
    const result = checkAnswer(loadExercise(c.exercise), readFileSync(path(c), 'utf8'));
    expect(result.passed).toBe(false);
    const goal = result.goals.find((g) => g.id === c.goal);
    expect(goal?.status).toBe('failed');
    expect(goal?.message).toMatch(c.says);
  });

  test('through the real CLI, `check --file` exits 1 and prints the reason, in text and in JSON', () => {
    const c = cases[0]!;
    const env = { MULTISTAGE_TUTOR_HOME: home };
    const json = cli(['check', c.exercise, '--file', path(c), '--format', 'json'], { env });
    expect(json.status).toBe(1);
    const goal = JSON.parse(json.stdout).goals.find((g: { id: string }) => g.id === c.goal);
    expect(goal).toMatchObject({ status: 'failed', passed: false });
    expect(goal.message).toMatch(c.says);
    const text = cli(['check', c.exercise, '--file', path(c)], { env });
    expect(text.status).toBe(1);
    expect(text.stdout).toMatch(/✗ not yet/);
    // The same sentence sits under the goal (wrapped, inline code rendered plain: compare words).
    const words = (t: string) => t.replace(/[`‘’“”]/g, '').replace(/\s+/g, ' ');
    expect(words(text.stdout)).toContain(words(goal.message).split(' ').slice(0, 8).join(' '));
  });
});
