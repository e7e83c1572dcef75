// A corpus of generated Dockerfiles for the throughput bench: single- and multi-stage, 10 to 80
// lines, with the constructs the rules read (continuations, heredocs, ARG-parameterised FROMs,
// COPY --from, RUN --mount, package installs, language builds, USER, pragmas). Seeded, so every
// run lints the same files.

/** A small seeded PRNG (mulberry32): the same seed gives the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGS = {
  go: {
    builder: ['golang:1.22', 'golang:1.23-alpine', 'golang:${GO_VERSION}', 'golang'],
    runtime: ['gcr.io/distroless/static-debian12:nonroot', 'scratch', 'alpine:3.20', 'golang:1.22'],
    deps: ['COPY go.mod go.sum ./', 'RUN go mod download'],
    build: (r) => [
      r() < 0.5 ? 'ENV CGO_ENABLED=0' : '# cgo left on',
      r() < 0.4
        ? 'RUN --mount=type=cache,target=/root/.cache/go-build \\\n    --mount=type=cache,target=/go/pkg/mod \\\n    go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app'
        : 'RUN go build -o /out/app ./cmd/app',
    ],
    artifact: ['/out/app', '/app'],
  },
  node: {
    builder: ['node:20', 'node:20-alpine', 'node:${NODE_VERSION}-slim', 'node:latest'],
    runtime: ['node:20-alpine', 'node:20-slim', 'gcr.io/distroless/nodejs20-debian12', 'node:20'],
    deps: ['COPY package.json package-lock.json ./', 'RUN npm ci'],
    build: (r) => [
      r() < 0.5 ? 'RUN npm run build' : 'RUN npx tsc -p tsconfig.build.json',
      r() < 0.5 ? 'RUN npm prune --omit=dev' : '# keep dev deps',
    ],
    artifact: ['/app/dist', './dist'],
  },
  rust: {
    builder: ['rust:1.80', 'rust:1.80-slim', 'rust'],
    runtime: ['debian:bookworm-slim', 'gcr.io/distroless/cc-debian12', 'rust:1.80'],
    deps: ['COPY Cargo.toml Cargo.lock ./', 'RUN cargo fetch'],
    build: (r) => [
      r() < 0.5 ? 'RUN cargo build --release --locked' : 'RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release',
    ],
    artifact: ['/src/target/release/app', '/usr/local/bin/app'],
  },
  python: {
    builder: ['python:3.12', 'python:3.12-slim', 'python:${PY}'],
    runtime: ['python:3.12-slim', 'python:3.12', 'python:3.12-alpine'],
    deps: ['COPY requirements.txt ./', 'RUN pip install --no-cache-dir --prefix=/install -r requirements.txt'],
    build: () => ['RUN python -m compileall -q .'],
    artifact: ['/install', '/usr/local'],
  },
  java: {
    builder: ['maven:3.9-eclipse-temurin-21', 'eclipse-temurin:21-jdk', 'gradle:8.8-jdk21'],
    runtime: ['eclipse-temurin:21-jre', 'eclipse-temurin:21-jdk', 'gcr.io/distroless/java21-debian12'],
    deps: ['COPY pom.xml ./', 'RUN mvn -B dependency:go-offline'],
    build: () => ['RUN mvn -B package -DskipTests'],
    artifact: ['/src/target/app.jar', '/app/app.jar'],
  },
};

const APT = ['curl', 'ca-certificates', 'git', 'build-essential', 'make', 'gcc', 'libssl-dev', 'pkg-config', 'tzdata', 'strace'];
const APK = ['curl', 'ca-certificates', 'git', 'build-base', 'musl-dev', 'make', 'tzdata', 'libc6-compat', 'gdb'];

/** One Dockerfile, roughly `target` lines long. */
export function dockerfile(r, target) {
  const pick = (list) => list[Math.floor(r() * list.length)];
  const some = (list, n) => [...list].sort(() => r() - 0.5).slice(0, n);
  const lang = pick(Object.keys(LANGS));
  const l = LANGS[lang];
  const lines = [];
  if (r() < 0.7) lines.push('# syntax=docker/dockerfile:1');
  if (r() < 0.15) lines.push('# multistage-tutor ignore-file=MS014');
  if (r() < 0.4) lines.push('ARG GO_VERSION=1.22', 'ARG NODE_VERSION=20', 'ARG PY=3.12');
  const multi = r() < 0.8;
  const stageName = () => pick(['build', 'builder', 'Build', 'deps', 'compile', 'test', 'assets']);
  const names = [];
  const install = () => {
    if (r() < 0.5) {
      lines.push(
        'RUN apt-get update \\',
        `    && apt-get install -y --no-install-recommends ${some(APT, 1 + Math.floor(r() * 4)).join(' ')} \\`,
        '    && rm -rf /var/lib/apt/lists/*',
      );
    } else {
      lines.push(`RUN apk add --no-cache ${some(APK, 1 + Math.floor(r() * 4)).join(' ')}`);
    }
  };
  const builders = multi ? 1 + Math.floor(r() * 3) : 0;
  for (let s = 0; s < builders; s++) {
    const name = r() < 0.85 ? `${stageName()}${s || ''}` : null;
    names.push(name);
    const from = s > 0 && names[0] && r() < 0.3 ? names[0].toLowerCase() : pick(l.builder);
    const as = name ? (r() < 0.8 ? ` AS ${name}` : ` as ${name}`) : '';
    lines.push('', `FROM ${r() < 0.1 ? '--platform=$BUILDPLATFORM ' : ''}${from}${as}`);
    if (r() < 0.2) lines.push('ARG TARGETOS', 'ARG TARGETARCH');
    lines.push(`WORKDIR ${pick(['/src', '/app', '/build'])}`);
    if (r() < 0.5) install();
    if (r() < 0.7) lines.push(...l.deps, 'COPY . .');
    else lines.push('COPY . .', ...l.deps);
    lines.push(...l.build(r));
    if (r() < 0.25) {
      lines.push('RUN <<EOF', 'set -eux', 'echo "building $(date)"', 'ls -la', 'EOF');
    }
    if (r() < 0.2) lines.push('COPY <<EOF /etc/app.conf', 'listen = 8080', 'log = info', 'EOF');
  }
  // Grow towards the target length with realistic padding: env, labels, more steps.
  const padding = [
    () => lines.push(`ENV APP_ENV=production \\`, `    APP_PORT=${8000 + Math.floor(r() * 100)}`),
    () => lines.push(`LABEL org.opencontainers.image.source="https://example.com/${lang}/app"`),
    () => lines.push('RUN echo "step" && \\', '    true'),
    () => lines.push(`# ${pick(['keep the cache warm', 'build steps follow', 'see docs/build.md'])}`),
    () => lines.push(`EXPOSE ${8000 + Math.floor(r() * 100)}`),
  ];
  while (lines.join('\n').split('\n').length < target - 8) pick(padding)();
  const finalName = r() < 0.7 ? pick(['runtime', 'app', 'prod', 'final', 'debug', 'Runtime']) : null;
  lines.push('', `FROM ${multi ? pick(l.runtime) : pick(l.builder)}${finalName ? ` AS ${finalName}` : ''}`);
  if (!multi) {
    lines.push('WORKDIR /app');
    if (r() < 0.6) install();
    lines.push(...l.deps, 'COPY . .', ...l.build(r));
  } else {
    const ref = () => {
      const i = Math.floor(r() * names.length);
      return r() < 0.15 ? String(i) : (names[i] ?? String(i));
    };
    lines.push(`COPY --from=${ref()} ${r() < 0.1 ? '/' : l.artifact[0]} ${l.artifact[1]}`);
    if (r() < 0.2) lines.push(`COPY --from=${pick(['nginx:1.27', 'busybox', 'alpine:3.20'])} /etc/ssl/certs /etc/ssl/certs`);
    if (r() < 0.15) lines.push(`RUN --mount=type=bind,from=${ref()},source=/out,target=/mnt cp /mnt/app /usr/local/bin/`);
    if (r() < 0.3) install();
  }
  if (r() < 0.7) lines.push(`USER ${pick(['nonroot', '10001:10001', 'app', 'root', 'node'])}`);
  lines.push(`CMD ["${pick(['/app', 'node', 'python', 'java'])}"]`);
  return lines.join('\n').split('\n').slice(0, 80).join('\n') + '\n';
}

/** `count` Dockerfiles, each 10–80 lines long. */
export function corpus(count, seed = 2026) {
  const r = random(seed);
  const files = [];
  for (let i = 0; i < count; i++) files.push(dockerfile(r, 10 + Math.floor(r() * 71)));
  return files;
}
