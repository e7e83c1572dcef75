import type { RuleReport } from '../rule';
import { endOfLifeOf } from '../end-of-life';
import { defineRule } from './util';

export default defineRule({
  id: 'MS023',
  name: 'end-of-life-base',
  severity: 'warning',
  summary: 'A FROM names a release that is past its end of life: it gets no more security fixes.',
  explanation:
    'Every base image carries a release of something: a Go toolchain, a Node.js or Python runtime, an Alpine, Debian or Ubuntu userland, a .NET or Java runtime. Once that release reaches its end of life, its maintainers publish no more fixes, and the image tag stops receiving rebuilds that would carry them. The build keeps working, which is why nobody notices: the image simply accumulates known vulnerabilities. The rule compares each `FROM` with a dated table in the engine (the projects\' own release policies and endoflife.date) on the day of the lint and names the supported release to move to. A version newer than the table, a floating tag (`latest`, `lts`, `alpine`, `golang:1`) and a variable without a default are not judged. `multistage-tutor check` shows this warning but never fails an exercise on it.\n\nSources: https://endoflife.date, https://go.dev/doc/devel/release#policy, https://nodejs.org/en/about/previous-releases, https://devguide.python.org/versions/, https://alpinelinux.org/releases/, https://wiki.debian.org/LTS, https://ubuntu.com/about/release-cycle, https://dotnet.microsoft.com/platform/support/policy/dotnet-core, https://adoptium.net/support/',
  bad: `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM alpine:3.19 AS runtime
COPY --from=build /out/server /usr/local/bin/server
USER nobody
ENTRYPOINT ["/usr/local/bin/server"]
`,
  good: `# syntax=docker/dockerfile:1
FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM alpine:3.23 AS runtime
COPY --from=build /out/server /usr/local/bin/server
USER nobody
ENTRYPOINT ["/usr/local/bin/server"]
`,
  howToFix:
    'Move the `FROM` to the supported release the message names, rebuild and run your tests: minor and LTS-to-LTS moves are usually uneventful. If the version sits in an `ARG` default, change it there. Pinned digests need a new digest too (Renovate or Dependabot update both).',
  reference: 'pinning',
  equivalents: {},
  fixable: false,
  check({ model, today }) {
    if (today === null) return [];
    const reports: RuleReport[] = [];
    for (const ref of model.references) {
      if (ref.via !== 'from' || ref.target.kind !== 'image' || ref.target.image.unresolved) continue;
      for (const eol of endOfLifeOf(ref.target.image, today)) {
        const since = eol.planned ? `since ${eol.eol} (the date its release policy sets)` : `since ${eol.eol}`;
        const move = eol.moveTo ? `: move to ${eol.label} ${eol.moveTo}` : ': move to a supported release';
        reports.push({
          message: `FROM image '${ref.target.image.resolved}' uses ${eol.label} ${eol.version}, past its end of life ${since}, so it gets no more security fixes${move}`,
          span: ref.span,
        });
      }
    }
    return reports;
  },
});
