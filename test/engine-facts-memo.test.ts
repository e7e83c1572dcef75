// Facts are memoised per model: a reader that reorders an answer in place would change it for
// every later reader (MS015 once reversed the cached chain, and so did missingInputs).
import { expect, it } from 'vitest';
import { buildModel } from '../src/engine';
import { chain, missingInputs, userName } from '../src/engine/facts';
import { lint } from '../src/engine';

const FILE = `FROM node:24 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
FROM deps AS build
ARG APP_USER=node
USER $APP_USER
RUN npm ci
`;

it('keeps the cached chain in order after the facts and rules that walk it backwards', () => {
  const model = buildModel(FILE);
  const build = model.stages[1]!;
  missingInputs(model, build);
  userName(model, build, build.user!);
  expect(chain(model, build).map((s) => s.name)).toEqual(['build', 'deps']);
  // The same through a whole lint: the rules run in one model and must agree with a fresh one.
  expect(lint(FILE).findings).toEqual(lint(FILE).findings);
  expect(chain(lint(FILE).model, lint(FILE).model.stages[1]!).map((s) => s.name)).toEqual(['build', 'deps']);
});
