// The goal vocabulary: each kind is a question over the engine's stage model, never over the
// text. Stages are found by what they do (selectors), so names, comments and order are free.
import { posix } from 'node:path';
import { chain, dependencies, effectiveWorkdir, installedPackages, rootImage, variableAt } from '../engine/query';
import { leadingDirectives } from '../engine/directives';
import { isBuildToolPackage } from '../engine/classify';
import type { Command, Stage, StageModel } from '../engine/types';
import { familiesOf, hasNoLibc, isMusl } from './families';
import {
  copiesWholeFilesystem,
  finalStage,
  holdsOutputOf,
  isWithin,
  landingPaths,
  matches,
  sourcePath,
  stageCopies,
  stagesMatching,
  startCommand,
} from './select';
import type { Goal, GoalCheck, GoalKind, Selector } from './types';

type Checks = { [K in GoalKind]: (model: StageModel, goal: Extract<GoalCheck, { kind: K }>) => boolean };

const CHECKS: Checks = {
  'syntax-directive': (model) =>
    leadingDirectives(model.lines).some((d) => d.name === 'syntax' && /^(docker\.io\/)?docker\/dockerfile:1([.-]|$)/.test(d.value)),

  'stage-count': (model, goal) => model.stages.length >= goal.min,

  'stages-named': (model) => model.stages.length > 0 && model.stages.every((s) => s.name !== null),

  'no-index-references': (model) => model.stages.length > 0 && !model.references.some((r) => r.target.kind === 'index'),

  'final-base': (model, goal) => withFinal(model, (final) => familiesOf(rootBase(model, final)).some((f) => goal.families.includes(f))),

  'final-copies-from': (model, goal) =>
    withFinal(model, (final) => stageCopies(model, final).some((c) => c.source !== final && holdsOutputOf(model, c.source, goal.from))),

  'final-copies-artifacts-only': (model) =>
    withFinal(model, (final) => {
      const copies = stageCopies(model, final);
      return copies.length > 0 && !copies.some((c) => copiesWholeFilesystem(c.copy));
    }),

  'final-runs-artifact': (model, goal) =>
    withFinal(model, (final) => {
      const landed = stageCopies(model, final)
        .filter((c) => holdsOutputOf(model, c.source, goal.from))
        .flatMap((c) => landingPaths(model, c));
      if (landed.length === 0) return false;
      const workdir = effectiveWorkdir(model, final);
      return startCommand(model, final).some((word) => runsPath(word, workdir, landed));
    }),

  'final-installs-none': (model, goal) =>
    withFinal(model, (final) =>
      installedPackages(model, final).every(({ pkg }) => !(goal.buildTools && isBuildToolPackage(pkg)) && !goal.packages?.includes(pkg)),
    ),

  'final-installs-all': (model, goal) =>
    withFinal(model, (final) => {
      const installed = new Set(installedPackages(model, final).map((p) => p.pkg));
      return goal.packages.every((entry) => (Array.isArray(entry) ? entry : [entry]).some((p) => installed.has(p)));
    }),

  'static-build': (model, goal) =>
    withFinal(model, (final) => {
      const builders = stageCopies(model, final)
        .map((c) => c.source)
        .flatMap((s) => chain(model, s))
        .filter((s) => matches(model, s, goal.stage));
      if (builders.length === 0) return false;
      return builders.every((builder) => !needsStaticBinary(model, final, builder) || buildsStatic(model, builder));
    }),

  'final-production-dependencies': (model) => withFinal(model, (final) => nodeModulesState(model, final) === 'production'),

  'stage-exists': (model, goal) => stagesMatching(model, goal.stage).length > 0,

  derives: (model, goal) =>
    stagesMatching(model, goal.stage).some((s) => chain(model, s).slice(1).some((parent) => matches(model, parent, goal.from))),

  'final-independent-of': (model, goal) =>
    withFinal(model, (final) => {
      const others = stagesMatching(model, goal.stage);
      const needed = dependencies(model, final);
      return others.length > 0 && others.every((s) => !needed.has(s.index));
    }),

  independent: (model, goal) =>
    stagesMatching(model, goal.a).some((a) =>
      stagesMatching(model, goal.b).some(
        (b) => a !== b && !dependencies(model, a).has(b.index) && !dependencies(model, b).has(a.index),
      ),
    ),

  'shared-ancestor': (model, goal) =>
    stagesMatching(model, goal.ancestor).some((ancestor) => {
      const derived = (selector: Selector) =>
        stagesMatching(model, selector).filter((s) => s !== ancestor && chain(model, s).includes(ancestor));
      return distinctPicks(goal.stages.map(derived));
    }),

  'dependency-installs': (model, goal) => {
    const installs = model.stages.flatMap((s) => s.dependencyInstalls).filter((d) => d.tool === goal.tool && d.includesDev === goal.includesDev);
    return installs.length >= 1 && installs.length <= goal.max;
  },

  'manifests-before-source': (model, goal) => {
    const installers = stagesMatching(model, goal.stage);
    return installers.length > 0 && installers.every((stage) => manifestsFirst(model, stage));
  },

  'args-declared': (model, goal) =>
    stagesMatching(model, goal.stage).some((stage) => goal.names.every((name) => chain(model, stage).some((s) => s.args.has(name)))),

  'build-uses-args': (model, goal) =>
    stagesMatching(model, goal.stage).some((stage) =>
      stage.builds.some((build) => {
        const words = buildWords(model, stage, build.command);
        return goal.names.every((name) => words.some((w) => mentionsVariable(w, name)));
      }),
    ),

  'build-platform': (model, goal) =>
    stagesMatching(model, goal.stage).some((stage) => chain(model, stage).some((s) => isVariable(s.platform, 'BUILDPLATFORM'))),

  'final-target-platform': (model) =>
    withFinal(model, (final) => !chain(model, final).some((s) => s.platform !== null && mentionsVariable(s.platform, 'BUILDPLATFORM'))),

  'final-non-root': (model, goal) => withFinal(model, (final) => runsAsNonRoot(model, final, goal.userMustExist ?? false)),
};

export const GOAL_KINDS = Object.keys(CHECKS) as GoalKind[];

/** Does the goal hold for the model? Throws on a kind the vocabulary lacks (a broken exercise file). */
export function goalHolds(model: StageModel, goal: Goal | GoalCheck): boolean {
  const check = CHECKS[goal.kind] as ((m: StageModel, g: GoalCheck) => boolean) | undefined;
  if (!check) throw new Error(`unknown goal kind '${goal.kind}'`);
  return check(model, goal);
}

function withFinal(model: StageModel, test: (final: Stage) => boolean): boolean {
  const final = finalStage(model);
  return final ? test(final) : false;
}

function rootBase(model: StageModel, stage: Stage) {
  return chain(model, stage).at(-1)!.base;
}

/** `./server`, `dist/main.js`, `/app/app.jar` or a bare `server` that a copy put in place. */
function runsPath(word: string, workdir: string, landed: string[]): boolean {
  if (word.startsWith('-') || word === '') return false;
  if (word.includes('/') || /\.[a-z]+$/i.test(word)) {
    const path = posix.normalize(posix.isAbsolute(word) ? word : posix.join(workdir, word));
    return isWithin(path, landed);
  }
  return landed.some((p) => posix.basename(p) === word);
}

/** Only a static binary starts on a base without libc, or on musl when built against glibc. */
function needsStaticBinary(model: StageModel, final: Stage, builder: Stage): boolean {
  const base = rootBase(model, final);
  if (hasNoLibc(base)) return true;
  return base.kind === 'image' && isMusl(base.image) && !isMusl(rootImage(model, builder));
}

function buildsStatic(model: StageModel, builder: Stage): boolean {
  // Inline `VAR=value`, an `export` earlier in the RUN, else ENV/ARG in force at that RUN.
  const setting = (name: string, command: Command) =>
    command.env[name] ?? exported(builder, command, name) ?? variableAt(model, builder, command.instruction, name);
  return builder.builds.every(({ tool, command }) => {
    if (tool === 'go') return setting('CGO_ENABLED', command) === '0';
    if (tool === 'cargo') {
      const target = command.argv.find((w, i) => command.argv[i - 1] === '--target' || w.startsWith('--target='));
      const configured = setting('CARGO_BUILD_TARGET', command);
      return Boolean(target?.includes('musl') || configured?.includes('musl') || isMusl(rootImage(model, builder)));
    }
    return true;
  });
}

/** `export NAME=value` earlier in the same RUN. */
function exported(stage: Stage, command: Command, name: string): string | undefined {
  let value: string | undefined;
  for (const c of stage.commands) {
    if (c === command) break;
    if (c.instruction !== command.instruction || c.program !== 'export') continue;
    for (const word of c.argv.slice(1)) if (word.startsWith(name + '=')) value = word.slice(name.length + 1);
  }
  return value;
}

/** Every word the build command sees: its own, its RUN's other commands, the stage chain's ENV. */
function buildWords(model: StageModel, stage: Stage, command: Command): string[] {
  const sameRun = stage.commands.filter((c) => c.instruction === command.instruction);
  const words = sameRun.flatMap((c) => [...c.argv, ...Object.values(c.env)]);
  // ENV as written: the model's ENV values have the ARGs already substituted.
  for (const s of chain(model, stage)) {
    for (const env of s.instructions.filter((i) => i.keyword === 'ENV')) words.push(...env.args.map((a) => a.value));
  }
  return words;
}

/** `$NAME`, `${NAME}` or `${NAME:-…}` inside a word (names here are plain upper-case ARG names). */
function mentionsVariable(word: string, name: string): boolean {
  return new RegExp(`\\$(\\{${name}[}:]|${name}(?![A-Za-z0-9_]))`).test(word);
}

function isVariable(value: string | null, name: string): boolean {
  return value === `$${name}` || value === `\${${name}}`;
}

/** One distinct stage per list (a build and a test stage must not be the same stage). */
function distinctPicks(lists: Stage[][], taken = new Set<Stage>()): boolean {
  if (lists.length === 0) return true;
  const [first, ...rest] = lists;
  return first!.some((s) => !taken.has(s) && distinctPicks(rest, new Set([...taken, s])));
}

const MANIFESTS = [
  'package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'go.mod', 'go.sum',
  'requirements.txt', 'pyproject.toml', 'poetry.lock', 'Pipfile', 'Pipfile.lock', 'Cargo.toml', 'Cargo.lock', 'pom.xml',
  'build.gradle', 'build.gradle.kts', 'settings.gradle', 'Gemfile', 'Gemfile.lock', 'composer.json', 'composer.lock',
];

function isManifest(source: string): boolean {
  const name = posix.basename(source);
  if (!name.includes('*')) return MANIFESTS.includes(name) || /\.(csproj|fsproj|sln)$/.test(name);
  const glob = new RegExp('^' + name.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
  return MANIFESTS.some((m) => glob.test(m)) || glob.test('app.csproj');
}

const isWholeContext = (source: string) => ['.', './', '*', './*'].includes(source.trim());

/** The stage copies a manifest from the context before its first install, and not the whole context. */
function manifestsFirst(model: StageModel, stage: Stage): boolean {
  const install = stage.dependencyInstalls[0];
  if (!install) return false;
  const line = install.command.instruction.span.start.line;
  const ancestors = chain(model, stage).slice(1);
  const before = [
    ...ancestors.flatMap((s) => s.copies),
    ...stage.copies.filter((c) => c.instruction.span.start.line < line),
  ].filter((c) => c.from === null && !c.inline);
  return before.some((c) => c.sources.some(isManifest)) && !before.some((c) => c.sources.some(isWholeContext));
}

type NodeModules = 'none' | 'development' | 'production';

/**
 * Whether a stage's node_modules hold dev dependencies: follow installs, prunes and copies of
 * node_modules in file order down the chain (a copy takes the state of the stage it comes from).
 */
function nodeModulesState(model: StageModel, stage: Stage, seen = new Set<number>()): NodeModules {
  if (seen.has(stage.index)) return 'none';
  seen.add(stage.index);
  let state: NodeModules = 'none';
  for (const s of chain(model, stage).reverse()) {
    const events: { line: number; apply: () => NodeModules }[] = [];
    for (const d of s.dependencyInstalls) {
      if (!['npm', 'yarn', 'pnpm'].includes(d.tool)) continue;
      events.push({ line: d.command.instruction.span.start.line, apply: () => (d.includesDev ? 'development' : 'production') });
    }
    for (const copy of s.copies) {
      const target = copy.from?.target;
      if (target?.kind !== 'stage') continue;
      const source = model.stages[target.stage]!;
      if (!carriesNodeModules(model, source, copy.sources)) continue;
      events.push({ line: copy.instruction.span.start.line, apply: () => nodeModulesState(model, source, new Set(seen)) });
    }
    events.sort((a, b) => a.line - b.line);
    for (const event of events) state = event.apply();
    if (s.prunesDev && state === 'development') state = 'production';
  }
  return state;
}

/** A copy brings node_modules along: it names them, or copies a folder that holds the install. */
function carriesNodeModules(model: StageModel, source: Stage, sources: string[]): boolean {
  const installDir = effectiveWorkdir(model, source);
  return sources.some((s) => {
    const path = sourcePath(s);
    return posix.basename(path) === 'node_modules' || path.includes('/node_modules/') || isWithin(installDir, [path]);
  });
}

/** Users every image of a family has, so `USER name` works without creating it. */
function knownUser(model: StageModel, final: Stage, user: string): boolean {
  const families = familiesOf(rootBase(model, final));
  const image = rootImage(model, final);
  if (user === 'nobody') return !families.includes('scratch');
  if (user === 'nonroot') return image !== null && /distroless|chainguard/.test(image.name);
  if (user === 'node') return families.includes('node-runtime') || image?.name === 'node';
  if (user === 'app') return families.includes('dotnet-runtime');
  return false;
}

function runsAsNonRoot(model: StageModel, final: Stage, mustExist: boolean): boolean {
  const stages = chain(model, final);
  const setting = stages.find((s) => s.user)?.user;
  if (!setting) return /(^|[-.])nonroot($|[-.])/.test(rootImage(model, final)?.tag ?? '');
  const user = setting.user;
  if (user === '' || user === 'root' || user === '0') return false;
  if (!mustExist || /^\d+$/.test(user) || user.startsWith('$')) return true;
  const created = stages.some((s) =>
    s.commands.some((c) => ['adduser', 'useradd'].includes(c.program) && c.argv.slice(1).includes(user)),
  );
  const passwdCopied = stageCopies(model, final).some((c) => landingPaths(model, c).includes('/etc/passwd'));
  return created || passwdCopied || knownUser(model, final, user);
}
