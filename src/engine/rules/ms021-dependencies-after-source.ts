import type { RuleReport } from '../rule';
import type { Instruction } from '../types';
import { defineRule, headSpan } from './util';

const WHOLE_CONTEXT = new Set(['.', './']);

export default defineRule({
  id: 'MS021',
  name: 'dependencies-after-source',
  severity: 'info',
  summary: 'Dependencies are installed after copying the whole source, so any edit reinstalls them.',
  explanation:
    'BuildKit reuses a cached step only while everything before it is unchanged. After `COPY . .`, any edit to any file invalidates the cache, so a dependency install that follows runs again on every build, downloading the same packages. Copying only the manifests (`package.json` and the lock file, `go.mod`/`go.sum`, `requirements.txt`) first, installing, and then copying the rest keeps the install cached until the dependencies really change.',
  bad: `# syntax=docker/dockerfile:1
FROM python:3.14-slim AS runtime
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
USER 10001
CMD ["python", "-m", "app"]
`,
  good: `# syntax=docker/dockerfile:1
FROM python:3.14-slim AS runtime
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001
CMD ["python", "-m", "app"]
`,
  howToFix: 'Copy the dependency manifests first, run the install, then `COPY . .` for the rest of the source.',
  reference: 'build-cache',
  equivalents: {},
  fixable: false,
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      const sourceCopy = stage.copies.find((c) => c.from === null && !c.inline && c.sources.some((s) => WHOLE_CONTEXT.has(s)));
      if (!sourceCopy) continue;
      const after = position(sourceCopy.instruction);
      const reported = new Set<Instruction>();
      for (const install of stage.dependencyInstalls) {
        const instruction = install.command.instruction;
        if (position(instruction) <= after || reported.has(instruction)) continue;
        reported.add(instruction);
        reports.push({
          message: `'${shorten(install.command.argv.join(' '))}' runs after '${sourceCopy.keyword} ${[...sourceCopy.sources, sourceCopy.dest].join(' ')}' (line ${sourceCopy.instruction.span.start.line}), so every source change reinstalls dependencies: copy the manifests and install before copying the source`,
          span: headSpan(instruction),
        });
      }
    }
    return reports;
  },
});

function position(instruction: Instruction): number {
  return instruction.span.start.line;
}

function shorten(command: string): string {
  return command.length <= 60 ? command : `${command.slice(0, 57)}…`;
}
