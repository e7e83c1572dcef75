import type { Instruction, Stage } from '../types';
import { nodeModules } from '../facts/deps';
import { defineRule, headSpan, stageName } from './util';

export default defineRule({
  id: 'MS013',
  name: 'dev-dependencies-in-final',
  severity: 'warning',
  summary: 'The shipped stage carries Node devDependencies.',
  explanation:
    '`npm ci`, `npm install`, `yarn install` and `pnpm install` install devDependencies too unless told otherwise: test runners, bundlers, type definitions, linters. In the image you ship they add size and attack surface and are never used. The same happens when the final stage copies `node_modules` from a stage that installed everything, a common slip when one `deps` stage serves both the build and production.',
  bad: `# syntax=docker/dockerfile:1
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build

FROM node:20-slim AS runtime
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
`,
  good: `# syntax=docker/dockerfile:1
FROM node:20-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build

FROM node:20-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:20-slim AS runtime
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
`,
  howToFix:
    'Install production dependencies for the final stage on their own: `npm ci --omit=dev` (`yarn install --production`, `pnpm install --prod`, or `NODE_ENV=production`) in a separate stage whose `node_modules` you copy, or run `npm prune --omit=dev` after the build.',
  reference: 'lang-node',
  equivalents: {},
  fixable: false,
  check({ model, final }) {
    if (!final || !model.stages.some((s) => s.dependencyInstalls.some((d) => d.includesDev))) return [];
    const fact = nodeModules(model, final);
    if (fact.state !== 'development' || !fact.at) return [];
    const holder = model.stages[fact.at.stage] ?? final;
    const what = fact.at.keyword === 'RUN' ? devInstall(holder, fact.at) : `COPY --from=${holder.copies.find((c) => c.instruction === fact.at)?.from?.raw ?? '?'} ${holder.copies.find((c) => c.instruction === fact.at)?.sources.join(' ') ?? ''}`;
    return [{
      span: headSpan(fact.at),
      message:
        fact.at.keyword === 'RUN'
          ? `'${what}'${where(holder, final)} installs devDependencies into the shipped stage: add --omit=dev (or --production/--prod, or NODE_ENV=production) or run 'npm prune --omit=dev' afterwards`
          : `'${what.trim()}'${where(holder, final)} copies node_modules that include devDependencies into the shipped stage: copy it from a stage that ran the install with --omit=dev`,
    }];
  },
});

function where(stage: Stage, final: Stage): string {
  return stage === final ? '' : ` (in ${stageName(stage)}, which the shipped stage builds on)`;
}

/** The dev-including install command of a RUN, as written. */
function devInstall(stage: Stage, run: Instruction): string {
  const install = stage.dependencyInstalls.find((d) => d.command.instruction === run && d.includesDev);
  return (install ?? stage.dependencyInstalls.find((d) => d.command.instruction === run))?.command.argv.join(' ') ?? run.text;
}
