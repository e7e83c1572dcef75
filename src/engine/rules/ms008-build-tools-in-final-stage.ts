import type { RuleReport } from '../rule';
import type { PackageInstall, Stage } from '../types';
import { isBuildToolPackage } from '../classify';
import { installedPackages } from '../query';
import { defineRule, headSpan, stageName } from './util';

export default defineRule({
  id: 'MS008',
  name: 'build-tools-in-final-stage',
  severity: 'error',
  summary: 'The shipped stage installs compilers or -dev packages.',
  explanation:
    'Compilers, `make`, headers and `-dev` packages are needed to build, never to run. In the image you ship they add hundreds of megabytes and give an attacker who gets in a toolchain to build with. Install them in a build stage and copy only what it produces.',
  bad: `# syntax=docker/dockerfile:1
FROM python:3.12-slim AS build
WORKDIR /app
COPY requirements.txt .
RUN pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:3.12-slim AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev && rm -rf /var/lib/apt/lists/*
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*
USER 10001
CMD ["python", "-m", "app"]
`,
  good: `# syntax=docker/dockerfile:1
FROM python:3.12-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev
WORKDIR /app
COPY requirements.txt .
RUN pip wheel --wheel-dir /wheels -r requirements.txt

FROM python:3.12-slim AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*
USER 10001
CMD ["python", "-m", "app"]
`,
  howToFix: 'Move the build tools to the build stage. In the final stage install only the runtime libraries (`libpq5`, not `libpq-dev`).',
  reference: 'critical-rules',
  equivalents: {},
  fixable: false,
  check({ model, final, extraPackages }) {
    if (!final) return [];
    const byInstall = new Map<PackageInstall, { pkgs: string[]; install: PackageInstall; stage: Stage }>();
    for (const p of installedPackages(model, final).filter((found) => isBuildToolPackage(found.pkg, extraPackages.buildTools))) {
      const entry = byInstall.get(p.install) ?? { pkgs: [], install: p.install, stage: p.stage };
      entry.pkgs.push(p.pkg);
      byInstall.set(p.install, entry);
    }
    const reports: RuleReport[] = [];
    for (const { pkgs, install, stage } of byInstall.values()) {
      const via = stage === final ? '' : ` (in ${stageName(stage)}, which the final stage builds on)`;
      reports.push({
        message: `the shipped stage installs build tools ${pkgs.join(', ')}${via}: install them in a build stage and copy only its output`,
        span: headSpan(install.command.instruction),
      });
    }
    return reports;
  },
});
