// Where node_modules come from (facts/dependencies.ts), as the goals and MS013 read it.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../src/engine';
import { nodeModulesAt } from '../src/engine/facts';

const state = (text: string) => {
  const model = buildModel(text);
  return nodeModulesAt(model, model.stages.at(-1)!).state;
};

describe('node_modules of a stage', () => {
  it('an install into a cache or tmpfs mount over node_modules leaves none in the image', () => {
    expect(state('FROM node:24 AS deps\nWORKDIR /app\nRUN --mount=type=cache,target=/app/node_modules npm ci\n')).toBe('none');
    expect(state('FROM node:24 AS deps\nWORKDIR /app\nRUN --mount=type=tmpfs,target=node_modules npm ci\n')).toBe('none');
    expect(state('FROM node:24 AS deps\nWORKDIR /srv\nRUN --mount=type=cache,target=/srv npm ci\n')).toBe('none');
  });
  it("a cache on npm's own folder keeps the install", () => {
    expect(state('FROM node:24 AS deps\nWORKDIR /app\nRUN --mount=type=cache,target=/root/.npm npm ci\n')).toBe('development');
    expect(state('FROM node:24 AS deps\nWORKDIR /app\nRUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n')).toBe('production');
  });
});

describe('node_modules in a cache mount, within its own RUN', () => {
  it('the rest of that RUN sees them; the next RUN does not', async () => {
    const { buildModel: build } = await import('../src/engine');
    const model = build(
      'FROM node:24 AS b\nWORKDIR /app\nRUN --mount=type=cache,target=/app/node_modules npm ci && npm run build\nRUN npm test\n',
    );
    const stage = model.stages[0]!;
    const [, buildCmd, testCmd] = stage.commands;
    expect(nodeModulesAt(model, stage, buildCmd!).state).toBe('development');
    expect(nodeModulesAt(model, stage, testCmd!).state).toBe('none');
  });
});
