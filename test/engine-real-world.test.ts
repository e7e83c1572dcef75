// The engine on Dockerfiles written the way real projects write them. Each expectation comes
// from rules.md and what Docker/BuildKit does with the file, not from the engine's output.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
const DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/real-world');

interface Case {
  /** test/fixtures/real-world/<file>.Dockerfile */
  file: string;
  /** Every finding's rule ID, repeated as often as it should fire. */
  expected: string[];
  /** Why these rules and no others. */
  why: string;
  /** Set when the engine is known to get this file wrong: what it does instead. */
}

const CASES: Case[] = [
  // Go
  {
    file: 'go-scratch-static',
    expected: [],
    why: 'ARG-pinned golang alpine, CGO_ENABLED=0 inline, certs and zoneinfo copied by absolute path, numeric USER',
  },
  {
    file: 'go-distroless-go-env',
    expected: ['MS014', 'MS015'],
    why: '`go env -w CGO_ENABLED=0` makes the build static (no MS019); distroless/static without a tag is latest and runs as uid 0',
  },
  {
    file: 'go-cgo-on-alpine',
    expected: ['MS001', 'MS002', 'MS015', 'MS019'],
    why: 'glibc golang builds with cgo on and ships on Alpine; final stage unnamed, no USER; alpine:3 is a tag',
  },
  {
    file: 'go-classic-index-reference',
    expected: ['MS001', 'MS002', 'MS002', 'MS003', 'MS014', 'MS015'],
    why: 'the old docs example: two unnamed stages, --from=0, alpine:latest, no USER; CGO_ENABLED=0 keeps MS019 quiet',
  },
  {
    file: 'go-mixed-case-builder',
    expected: ['MS001', 'MS002', 'MS004', 'MS004', 'MS015', 'MS016'],
    why: '`FROM … as Builder`: AS casing, the name and its --from reference; builder is golang-alpine so musl→Alpine is fine',
  },
  {
    file: 'go-cross-global-platform-args',
    expected: ['MS018', 'MS018'],
    why: 'TARGETOS/TARGETARCH declared only before FROM are empty inside the stage',
  },
  {
    file: 'go-platform-cache-id',
    expected: ['MS001', 'MS015', 'MS018'],
    why: 'a cache id reads $TARGETPLATFORM before the stage declares it (once); the later uses follow the ARG; scratch without USER',
  },
  {
    file: 'go-xx-cross-cgo',
    expected: [],
    why: 'tonistiigi/xx copied whole into a build stage is its documented use; xx-go is not `go build`; runtime Alpine with USER',
  },
  { file: 'go-debug-stage-last', expected: ['MS020'], why: 'the last stage is named debug; the debug-nonroot tag counts as non-root' },
  {
    file: 'go-heredoc-mounts',
    expected: [],
    why: 'heredoc RUNs, secret/cache/bind mounts with from=, COPY --link and a heredoc COPY, all clean',
  },
  {
    file: 'go-crlf-continuations',
    expected: [],
    why: 'a BOM and CRLF line endings do not hide the syntax directive or the inline CGO_ENABLED=0',
  },
  {
    file: 'go-global-uid-arg',
    expected: ['MS015', 'MS024'],
    why: '`USER ${UID}` where UID is only a global ARG: inside the stage it expands to nothing (MS024), so the container runs as root (MS015)',
  },
  {
    file: 'go-templ-tool-install',
    expected: [],
    why: 'a code generator is `go install`ed in the builder, but the binary that ships comes from `CGO_ENABLED=0 go build`',
  },
  {
    file: 'go-goarm-variant',
    expected: ['MS018'],
    why: '`GOARM=${TARGETVARIANT#v}` reads TARGETVARIANT, which the stage never declares (TARGETOS/TARGETARCH it does)',
  },
  {
    file: 'go-single-stage-cgo-alpine',
    expected: ['MS001', 'MS011', 'MS012', 'MS015'],
    why: 'one stage installing build-base (MS012 alone: MS008 judges multi-stage files); golang:alpine is still a toolchain (rules.md MS011)',
  },
  {
    file: 'go-single-stage-latest',
    expected: ['MS001', 'MS011', 'MS012', 'MS014', 'MS015', 'MS021'],
    why: 'golang:latest shipped as is; go mod download after COPY . .',
  },
  // Rust
  {
    file: 'rust-cargo-chef',
    expected: [],
    why: 'cargo-chef planner/cook; the latest-rust-1 tag is not `latest`; debian slim runtime with USER',
  },
  {
    file: 'rust-musl-scratch',
    expected: ['MS002'],
    why: 'rust alpine build with a stub main, unnamed scratch final stage with a numeric USER',
  },
  {
    file: 'rust-single-stage',
    expected: ['MS001', 'MS011', 'MS012', 'MS015'],
    why: 'the rust image README: cargo install in the only stage, on the full rust image',
  },
  // Node
  {
    file: 'node-nextjs-standalone',
    expected: [],
    why: 'Next.js standalone output: traced node_modules only, derived stages of an empty base, USER set',
  },
  {
    file: 'node-pnpm-corepack',
    expected: ['MS001', 'MS002', 'MS015'],
    why: 'pnpm docs layout: prod-deps installs with --prod; the unnamed final stage has no USER; COPY . and install sit in different stages',
  },
  {
    file: 'node-pnpm-deploy',
    expected: ['MS021'],
    why: 'pnpm install after COPY . . in the build stage; pnpm deploy --prod output is shipped; USER $UID with a default of 1000',
  },
  { file: 'node-yarn-berry-focus', expected: [], why: 'yarn workspaces focus --production feeds the shipped node_modules' },
  {
    file: 'node-npm-prune',
    expected: [],
    why: 'npm prune --omit=dev after the build clears the devDependencies before node_modules is copied',
  },
  {
    file: 'node-nest-three-stages',
    expected: ['MS001', 'MS015', 'MS016', 'MS016', 'MS016', 'MS021'],
    why: '`FROM … As` three times; npm ci --only=production after COPY . .; the production stage has no USER',
  },
  {
    file: 'node-single-stage-express',
    expected: ['MS001', 'MS011', 'MS013', 'MS015'],
    why: 'the Node.js guide: npm install with devDependencies on node:18, no USER',
  },
  {
    file: 'node-angular-nginx-relative',
    expected: ['MS001', 'MS015', 'MS022'],
    why: '`COPY --from=build-stage dist/my-app` reads /dist/my-app, not /app/dist/my-app; nginx master runs as root',
  },
  {
    file: 'node-ci-test-stage-last',
    expected: ['MS009', 'MS013', 'MS015', 'MS020'],
    why: 'a test stage last: it ships the build stage chain with npm run build, dev node_modules, no USER',
  },
  {
    file: 'node-copy-whole-app-dir',
    expected: ['MS013'],
    why: 'COPY --from=build /app carries the node_modules npm ci filled with devDependencies',
  },
  {
    file: 'node-prisma-generated-client',
    expected: [],
    why: 'production node_modules come from an --omit=dev stage; only the generated .prisma client is taken from the build stage',
  },
  {
    file: 'node-distroless-prod-stage',
    expected: [],
    why: 'a production stage derived from the dev base reinstalls with `npm ci --omit dev` (space form); distroless nodejs :nonroot',
  },
  { file: 'node-tini-target-arch', expected: ['MS018'], why: 'ADD URL with ${TARGETARCH} in a stage that never declares it' },
  {
    file: 'node-lowercase-check-skip',
    expected: [],
    why: 'lower-case instructions; `# check=skip=FromAsCasing` silences the FROM … as casing',
  },
  // Python
  { file: 'python-venv', expected: [], why: 'ARG-pinned slim images, compilers only in the builder, venv copied, libpq5 at run time' },
  { file: 'python-wheels-dev-headers-in-final', expected: ['MS008'], why: 'the final stage installs libpq-dev (a -dev package)' },
  {
    file: 'python-flask-single-stage',
    expected: ['MS001', 'MS015', 'MS021'],
    why: 'pip install -r after COPY . .; no build tools, so no MS012',
  },
  {
    file: 'python-poetry',
    expected: [],
    why: 'poetry install --without dev in the builder; --from source ${VIRTUAL_ENV} expands to an absolute path',
  },
  { file: 'python-uv', expected: ['MS014'], why: 'COPY --from=ghcr.io/astral-sh/uv:latest uses the moving tag' },
  { file: 'python-onbuild-base', expected: [], why: 'ONBUILD steps run in downstream builds, not in this one' },
  {
    file: 'python-single-stage-heredoc-build-deps',
    expected: ['MS012'],
    why: 'build-essential and libpq-dev installed from a RUN heredoc in the only stage (MS012 alone: MS008 judges multi-stage files)',
  },
  {
    file: 'python-alpine-virtual-eq',
    expected: [],
    why: 'apk --virtual=.build-deps … && apk del .build-deps removes the compilers in the same RUN, exactly like the `--virtual .build-deps` spelling',
  },
  // Java
  {
    file: 'java-maven-layertools',
    expected: [],
    why: 'docker init layout; `build/target/…` from WORKDIR /build already names /build/target/…; JRE runtime',
  },
  { file: 'java-gradle-jlink', expected: [], why: 'jlink runtime on alpine; gradle dependencies is not a build task' },
  { file: 'java-jdk-runtime', expected: ['MS002', 'MS011', 'MS015'], why: 'openjdk:17 is a JDK image shipped unnamed without USER' },
  {
    file: 'java-openjdk-slim-prebuilt',
    expected: ['MS001', 'MS011', 'MS015'],
    why: 'openjdk:17-jdk-slim is still a JDK; the jar comes from the context, nothing is built',
  },
  // .NET
  {
    file: 'dotnet-chiseled-cross',
    expected: [],
    why: 'sdk on BUILDPLATFORM with ARG TARGETARCH, chiseled aspnet with USER $APP_UID from the base image',
  },
  {
    file: 'dotnet-test-stage',
    expected: [],
    why: 'restore before COPY . .; test and publish stages derive from build; final on aspnet alpine with USER app',
  },
  {
    file: 'dotnet-visual-studio-template',
    expected: ['MS001'],
    why: 'the Visual Studio template: USER $APP_UID in the base stage the final stage derives from',
  },
  {
    file: 'dotnet-docs-build-env',
    expected: ['MS001', 'MS002', 'MS015', 'MS021'],
    why: 'the .NET docs sample: dotnet restore after COPY . ./, unnamed aspnet final stage without USER',
  },
  {
    file: 'dotnet-windows-servercore-crlf',
    expected: ['MS001', 'MS015'],
    why: '`# escape=`` and CRLF on Windows: `C:\\out\\…` is an absolute path, so the COPY --from is not relative',
  },
  // Other toolchains: nothing in the rule lists, so only the generic rules speak
  {
    file: 'official-image-build-from-source',
    expected: ['MS001'],
    why: 'the official-images idiom: make runs in the only stage with gcc, make and the -dev packages installed and taken out (apt-mark auto + purge --auto-remove) in that same RUN: nothing ships (rules.md MS012)',
  },
  {
    file: 'elixir-phoenix-release',
    expected: [],
    why: 'quoted ARG defaults resolve the images; build-essential stays in the builder; mix is not a listed build or install command',
  },
  { file: 'cpp-cmake-debian', expected: [], why: 'cmake --build on the gcc image, only the stripped binary and its runtime library ship' },
  {
    file: 'cpp-single-stage-gcc',
    expected: ['MS001', 'MS011', 'MS012', 'MS015'],
    why: 'the gcc image README: g++ in the only stage, shipped on gcc',
  },
  {
    file: 'caddy-xcaddy-plugins',
    expected: ['MS002', 'MS015'],
    why: 'xcaddy build is not a listed build command; the caddy image runs as root',
  },
  // PHP, Ruby, nginx
  {
    file: 'php-composer-laravel',
    expected: [],
    why: 'composer --no-dev vendor stage, vite assets stage, .build-deps added and deleted in one RUN',
  },
  {
    file: 'php-apache-extension-installer',
    expected: ['MS014', 'MS014'],
    why: 'COPY --from=mlocati/php-extension-installer and --from=composer name untagged images',
  },
  {
    file: 'ruby-rails-default',
    expected: ['MS002'],
    why: 'the Rails default: the unnamed final stage derives from base; curl comes from base, not from the final stage itself',
  },
  {
    file: 'ruby-rails71-final-installs-curl',
    expected: ['MS002', 'MS016', 'MS016'],
    why: 'the Rails 7.1 default: `FROM … as`, an unnamed final stage that derives from base and installs curl itself, which rules.md no longer counts as a debugging tool (health checks use it)',
  },
  {
    file: 'ruby-sinatra-healthcheck',
    expected: [],
    why: 'curl for HEALTHCHECK in a final stage on an external image; build-base stays in the gems stage',
  },
  { file: 'nginx-static-site', expected: ['MS015'], why: 'nginx runs its master process as root without a USER' },
];

function ruleIds(text: string): string[] {
  return lint(text)
    .findings.map((f) => f.rule)
    .sort();
}

function read(file: string): string {
  return readFileSync(join(DIR, `${file}.Dockerfile`), 'utf8');
}

describe('real-world Dockerfiles get exactly the findings rules.md and Docker call for', () => {
  for (const c of CASES) {
    const title = `${c.file}: ${c.why}`;
    const check = () => expect(ruleIds(read(c.file))).toEqual([...c.expected].sort());
    it(title, check);
  }
});

describe('real-world Dockerfiles built with --target judge only that stage and what it needs', () => {
  it.each([
    ['node-ci-test-stage-last', 'runtime', []],
    ['go-debug-stage-last', 'prod', []],
    ['go-debug-stage-last', 'PROD', []],
    ['dotnet-test-stage', 'publish', ['MS009', 'MS009', 'MS011', 'MS015']],
    ['java-maven-layertools', 'package', ['MS009', 'MS011', 'MS015']],
  ] as const)('%s --target %s', (file, target, expected) => {
    const ids = lint(read(file), { target })
      .findings.map((f) => f.rule)
      .sort();
    expect(ids).toEqual([...expected].sort());
  });
});

describe('the real-world fixtures', () => {
  it('are each asserted by exactly one case', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.Dockerfile'))
      .map((f) => f.slice(0, -'.Dockerfile'.length))
      .sort();
    expect(CASES.map((c) => c.file).sort()).toEqual(files);
  });

  it('give every finding a non-empty range inside the file', () => {
    for (const c of CASES) {
      const text = read(c.file);
      const lines = text.split(/\r\n|\n/).map((l) => l.replace(/^\uFEFF/, ''));
      for (const f of lint(text).findings) {
        const { start, end } = f.span;
        const where = `${c.file} ${f.rule} ${start.line}:${start.column}-${end.line}:${end.column}`;
        expect(start.line >= 1 && end.line <= lines.length, where).toBe(true);
        expect(start.line < end.line || (start.line === end.line && start.column < end.column), where).toBe(true);
        expect(end.column <= lines[end.line - 1]!.length + 1, where).toBe(true);
      }
    }
  });

  it('keep their CRLF line endings and BOM on disk (git must not normalise them)', () => {
    expect(read('dotnet-windows-servercore-crlf')).toMatch(/^# escape=`\r\n/);
    expect(read('go-crlf-continuations').startsWith('\uFEFF# syntax=docker/dockerfile:1\r\n')).toBe(true);
  });

  it.each(['dotnet-windows-servercore-crlf', 'go-crlf-continuations'])(
    '%s: CRLF gives the same findings, at the same places, as LF',
    (file) => {
      const crlf = read(file);
      const lf = crlf.replace(/\r\n/g, '\n');
      const where = (text: string) =>
        lint(text).findings.map((f) => `${f.rule} ${f.span.start.line}:${f.span.start.column}-${f.span.end.line}:${f.span.end.column}`);
      expect(where(crlf)).toEqual(where(lf));
    },
  );
});
