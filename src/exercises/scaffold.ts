// `exercises new ID`: a team exercise to start from. It is a working example (a Go service
// split into a build and a distroless runtime stage), with TODO marks where the author writes
// their own text; `exercises validate` reports each TODO until it is gone.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const EXERCISE_ID = /^[a-z0-9][a-z0-9-]*$/;

const START = `# syntax=docker/dockerfile:1
# TODO: the broken Dockerfile the learner starts from (it must fail at least one goal).
FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app ./cmd/app
ENTRYPOINT ["/usr/local/bin/app"]
`;

const SOLUTION = `# syntax=docker/dockerfile:1
FROM golang:1.27 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian13:nonroot AS runtime
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`;

const WRONG = `# syntax=docker/dockerfile:1
# A near miss the checker must reject: two stages, but the final one is still the Go toolchain.
FROM golang:1.27 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM golang:1.27 AS runtime
COPY --from=build /out/app /app
USER 65532
ENTRYPOINT ["/app"]
`;

const ALTERNATIVE = `# syntax=docker/dockerfile:1
# Another right answer the checker must accept: scratch, with the user given by number.
FROM golang:1.27 AS builder
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app

FROM scratch AS release
COPY --from=builder /out/app /app
USER 65532:65532
ENTRYPOINT ["/app"]
`;

function exerciseJson(id: string, order: number): string {
  const words = id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const title = words.length >= 3 ? words : `Exercise ${id}`;
  const data = {
    title,
    order,
    language: 'Go',
    concepts: ['TODO: what the learner practises'],
    rules: ['MS011', 'MS012', 'MS015'],
    sections: ['concept'],
    hints: [
      'TODO: a gentle hint. Link the reference as [the idea](ref:concept).',
      'TODO: a closer hint: which stage, which instruction.',
      'TODO: nearly the answer.',
    ],
    goals: [
      { id: 'two-stages', description: 'The build and the runtime are separate stages', kind: 'stage-count', min: 2 },
      { id: 'static-runtime', description: 'The final stage starts from a base with no toolchain (distroless static or scratch)', kind: 'final-base', families: ['distroless-static', 'scratch'] },
      { id: 'copies-binary', description: 'The final stage copies the binary from the stage that runs `go build`', kind: 'final-copies-from', from: { builds: ['go'] } },
      { id: 'non-root', description: 'The final stage runs as a non-root user', kind: 'final-non-root' },
    ],
  };
  return JSON.stringify(data, null, 2) + '\n';
}

const task = (id: string) => `# ${id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())}

TODO: what is wrong with the start file, why it matters to your team, and what to change.
Link reference sections as [the idea](ref:concept).
`;

/** Writes the exercise's files into `<dir>/<id>/`; returns that folder. Refuses to touch an existing one. */
export function scaffoldExercise(dir: string, id: string): string {
  const folder = join(dir, id);
  if (existsSync(folder)) throw new Error(`${folder} exists already; pick another ID or remove it`);
  mkdirSync(join(folder, 'wrong'), { recursive: true });
  mkdirSync(join(folder, 'alternatives'), { recursive: true });
  writeFileSync(join(folder, 'exercise.json'), exerciseJson(id, nextOrder(dir)));
  writeFileSync(join(folder, 'task.md'), task(id));
  writeFileSync(join(folder, 'start.Dockerfile'), START);
  writeFileSync(join(folder, 'solution.Dockerfile'), SOLUTION);
  writeFileSync(join(folder, 'wrong', 'final-on-toolchain.Dockerfile'), WRONG);
  writeFileSync(join(folder, 'alternatives', 'scratch-numeric-user.Dockerfile'), ALTERNATIVE);
  return folder;
}

/** One past the highest `order` of the exercises already in `dir`. */
function nextOrder(dir: string): number {
  let max = 0;
  for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
    if (!entry.isDirectory()) continue;
    try {
      const order = (JSON.parse(readFileSync(join(dir, entry.name, 'exercise.json'), 'utf8')) as { order?: unknown }).order;
      if (typeof order === 'number') max = Math.max(max, order);
    } catch {
      // not an exercise, or one being written: no order to follow
    }
  }
  return max + 1;
}
