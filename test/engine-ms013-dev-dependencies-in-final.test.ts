import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import { teaching } from './rule-tester';

const rule = teaching('MS013');
const find = (text: string, target?: string) => lint(text, target ? { target } : {}).findings.filter((f) => f.rule === 'MS013');
const lines = (text: string, target?: string) => find(text, target).map((f) => f.span.start.line);

const runtime = (install: string) => `FROM node:20-slim AS runtime
WORKDIR /app
COPY package.json package-lock.json ./
${install}
COPY . .
USER node
CMD ["node", "index.js"]
`;

describe('MS013 dev-dependencies-in-final', () => {
  it('points at the COPY of node_modules from a stage that installed everything', () => {
    const [finding, ...rest] = find(rule.bad);
    expect(rest).toEqual([]);
    expect(finding!.span).toEqual({ start: { line: 13, column: 1 }, end: { line: 13, column: 50 } });
    expect(finding!.message).toContain('node_modules');
  });

  it('fires on an install without a production switch in the final stage', () => {
    for (const install of ['RUN npm ci', 'RUN npm install', 'RUN yarn install --frozen-lockfile', 'RUN pnpm install --frozen-lockfile']) {
      expect(lines(runtime(install)), install).toEqual([4]);
    }
  });

  it('accepts every production switch: flags, NODE_ENV as ENV, ARG or inline', () => {
    for (const install of [
      'RUN npm ci --omit=dev',
      'RUN npm ci --omit dev',
      'RUN npm install --production',
      'RUN yarn install --production --frozen-lockfile',
      'RUN pnpm install --prod',
      'RUN NODE_ENV=production npm ci',
      'ENV NODE_ENV=production\nRUN npm ci',
      'ENV NODE_ENV production\nRUN npm ci',
      'ARG NODE_ENV=production\nRUN npm ci',
    ]) {
      expect(find(runtime(install)), install).toEqual([]);
    }
  });

  it("reads npm's own settings from npm_config_* variables, in any letter case", () => {
    for (const install of [
      'ENV npm_config_omit=dev\nRUN npm ci',
      'ENV NPM_CONFIG_OMIT="dev optional"\nRUN npm ci',
      'RUN npm_config_production=true npm install',
    ]) {
      expect(find(runtime(install)), install).toEqual([]);
    }
    // include=dev wins over omit=dev and over NODE_ENV=production, as in npm.
    expect(lines(runtime('ENV NODE_ENV=production npm_config_include=dev\nRUN npm ci'))).toEqual([5]);
    expect(lines(runtime('ENV npm_config_omit=dev\nRUN npm_config_include=dev npm ci'))).toEqual([5]);
  });

  it('is not cleared by a prune that only reports (--dry-run)', () => {
    expect(lines(runtime('RUN npm ci && npm prune --omit=dev --dry-run'))).toEqual([4]);
  });

  it('is cleared by a later npm prune --omit=dev, not by an earlier one', () => {
    expect(find(runtime('RUN npm ci && npm run build && npm prune --omit=dev'))).toEqual([]);
    expect(find(runtime('RUN npm ci\nRUN npm prune --production'))).toEqual([]);
    expect(lines(runtime('RUN npm prune --omit=dev && npm ci'))).toEqual([4]);
  });

  it('looks through the stage chain, and NODE_ENV inherited from a parent stage counts', () => {
    const chained =
      'FROM node:20-slim AS deps\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n\nFROM deps AS runtime\nCOPY . .\nUSER node\n';
    const [finding] = find(chained);
    expect(finding!.span.start.line).toBe(4);
    expect(finding!.message).toContain("'deps'");
    const pruned = chained.replace('USER node', 'RUN npm prune --omit=dev\nUSER node');
    expect(find(pruned)).toEqual([]);
    for (const setting of ['ENV NODE_ENV=production', 'ARG NODE_ENV=production']) {
      const text = `FROM node:20-slim AS base\n${setting}\n\nFROM base AS runtime\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nUSER node\n`;
      expect(find(text), setting).toEqual([]);
    }
  });

  it('follows node_modules copied from stage to stage, and trusts a production install', () => {
    const text = `FROM node:20-slim AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci

FROM node:20-slim AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-slim AS runtime
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
USER node
`;
    expect(lines(text)).toEqual([14]);
    expect(find(text.replace('RUN npm ci', 'RUN npm ci --omit=dev'))).toEqual([]);
    // Copying other files from such a stage is fine.
    expect(find(text.replace('COPY --from=build /app/node_modules ./node_modules', 'COPY --from=build /app/dist ./dist'))).toEqual([]);
  });

  it('sees node_modules inside a copied directory: the one the install ran in, or one above it', () => {
    const build = 'FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM node:20-slim AS runtime\n';
    for (const copy of [
      'COPY --from=build /app /app',
      'COPY --from=build /app/ ./',
      'COPY --from=build app /app',
      'COPY --from=build /app/. /app',
    ]) {
      expect(lines(`${build}${copy}\nUSER node\n`), copy).toEqual([7]);
    }
    expect(find(`${build}COPY --from=build /app/dist /app/dist\nUSER node\n`)).toEqual([]);
    expect(
      find(`${build.replace('npm run build', 'npm run build && npm prune --omit=dev')}COPY --from=build /app /app\nUSER node\n`),
    ).toEqual([]);
    // The install ran in /srv: copying /app does not carry it.
    expect(find(`${build.replace('WORKDIR /app', 'WORKDIR /srv')}COPY --from=build /app /app\nUSER node\n`)).toEqual([]);
  });

  it('reads installs in heredocs and sh -c scripts', () => {
    expect(lines(runtime('RUN <<EOF\nset -e\nnpm ci\nEOF'))).toEqual([4]);
    expect(lines(runtime("RUN sh -c 'npm ci'"))).toEqual([4]);
    expect(find(runtime("RUN sh -c 'NODE_ENV=production npm ci'"))).toEqual([]);
  });

  it('judges the --target stage as the shipped one', () => {
    const text =
      'FROM node:20-slim AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM nginx:1.27-alpine AS web\nCOPY --from=build /app/dist /usr/share/nginx/html\nUSER nginx\n';
    expect(find(text)).toEqual([]);
    expect(lines(text, 'build')).toEqual([4]);
  });

  it('ignores installs that are not JavaScript package installs', () => {
    expect(find(runtime('RUN npm install -g pm2'))).toEqual([]);
    expect(find(runtime('RUN pip install -r requirements.txt'))).toEqual([]);
    expect(find(runtime('RUN apk add npm'))).toEqual([]);
  });
});
