// The goal vocabulary: each kind is a question over the engine's stage model and its facts
// layer, never over the text. Stages are found by what they do (selectors), so names, comments
// and order are free. A check returns null when the goal holds, else why not, naming lines.
import { posix } from 'node:path';
import { leadingDirectives, syntaxFrontend } from '../engine/directives';
import {
  carriedWorkdirs,
  buildsInStage,
  chain,
  commandDir,
  copiesInto,
  copiesJdk,
  dependencies,
  missingInputs,
  cargoOutputs,
  inOutputDir,
  installedPackages,
  familiesOf,
  isBuildToolPackage,
  onBuildPlatform,
  onFixedPlatform,
  variableUses,
  isWithin,
  jlinkOutputs,
  libcOf,
  nodeModulesAt,
  installsIntoMount,
  envInForce,
  pathInForce,
  onlyManifestsFor,
  pythonDevInstalls,
  removedInLaterRun,
  resolvePath,
  publishesSelfContained,
  sourceTrees,
  stageCopies,
  startCommand,
  startCommandRuns,
  userInForce,
  userSettings,
  baseClass,
  referencedStage,
  failedCreation,
  startPathMismatch,
  effectiveWorkdir,
  commandVariable,
  pipInstalls,
  virtualenvsMade,
  pythonVersionOf,
  copiedToolchain,
  unlikelyCopySource,
  missingRuntime,
  doubledRuntime,
  startFileNotCopied,
  copiesInStage,
  javaVersionOf,
  optionValues,
  startNotOnPath,
  missingGroup,
  missingChownUser,
  missingTestInputs,
  installsWithoutLists,
  writes,
  publishedAssembly,
  buildsThrough,
  brokenStartInstruction,
  intendedExecForm,
  libcMismatches,
  t64OnOlderRelease,
  usesT64Names,
  presentPackages,
  startInstruction,
  unusableStartFile,
  jvmOptionAfterJar,
  inlineStartScript,
  inlineScriptRuns,
  type CopyFact,
  type Build,
} from '../engine/facts';
import type { Command, Instruction, Stage, StageModel } from '../engine/types';
import { baseText, capital, commandAt, count, familyList, lineOf, lines, quote, selectorText, stageName, stagesText } from './phrases';
import { finalStage, holdsOutputOf, matches, stagesMatching } from './select';
import type { Goal, GoalCheck, GoalKind, Selector } from './types';

/** "No stage runs the tests", saying why when a test run is there but its failure is ignored. */
function noStage(model: StageModel, selector: Selector): string {
  const text = `No stage ${selectorText(selector).replace(/^that /, '')}`;
  if (!selector.tests) return text;
  const ignored = model.stages.flatMap((s) => s.ignoredTests)[0];
  if (!ignored) return text;
  return `${text} so that a failure stops the build: ${commandAt(model, ignored)} ignores a failing test: ${ignored.failureIgnored}`;
}

/** null: the goal holds; a string: why it does not, in terms of the learner's file. */
type Verdict = string | null;
type Checks = { [K in GoalKind]: (model: StageModel, goal: Extract<GoalCheck, { kind: K }>) => Verdict };

const CHECKS: Checks = {
  'syntax-directive': (model) => {
    const leading = leadingDirectives(model.lines).find((d) => d.name === 'syntax');
    if (leading && syntaxFrontend(leading.value).stableV1) return null;
    if (leading) return `The syntax directive names \`${leading.value}\`, not \`docker/dockerfile:1\``;
    const late = model.lines.findIndex((l) => /^\s*#\s*syntax\s*=/i.test(l));
    if (late >= 0) return `The \`# syntax=\` line is on line ${late + 1}, after a comment or an instruction: Docker reads directives only at the very top`;
    return 'The file has no `# syntax=docker/dockerfile:1` line at the top';
  },

  'stage-count': (model, goal) =>
    model.stages.length >= goal.min ? null : `The file has ${count(model.stages.length, 'stage')}; this needs at least ${goal.min}`,

  'stages-named': (model) => {
    if (model.stages.length === 0) return 'The file has no stage yet';
    const unnamed = model.stages.filter((s) => s.name === null);
    return unnamed.length === 0 ? null : unnamed.map((s) => `${quote(model, s.from)} on line ${lineOf(s.from)} has no \`AS <name>\``).join('; ');
  },

  'no-index-references': (model) => {
    if (model.stages.length === 0) return 'The file has no stage yet';
    const numeric = model.references.filter((r) => r.target.kind === 'index');
    return numeric.length === 0 ? null : numeric.map((r) => `\`--from=${r.raw}\` on line ${lineOf(r.instruction)} refers to a stage by its number`).join('; ');
  },

  'final-base': (model, goal) =>
    withFinal(model, (final) => {
      const root = rootOf(model, final);
      if (familiesOf(root.base).some((f) => goal.families.includes(f))) return null;
      return `The final stage starts from ${baseText(root)} (line ${lineOf(root.from)}), which is not ${familyList(goal.families)}`;
    }),

  'final-copies-from': (model, goal) =>
    withFinal(model, (final) => {
      const builders = stagesMatching(model, goal.from);
      if (builders.length === 0) return `${noStage(model, goal.from)}`;
      if (namedCopies(model, final).some((c) => c.source !== final && holdsOutputOf(model, c.source, goal.from))) return null;
      // Written FROM that stage, the final stage has its output already (a test stage never counts).
      if (goal.kind === 'final-copies-from' && goal.orDerives && chain(model, final).some((s) => builders.includes(s) && s.tests.length === 0)) return null;
      // `RUN --mount=from=<stage>` reads the stage's output without copying it in (installing
      // wheels built there, say): that brings it over as much as a COPY does.
      if (mountedStages(model, final).some((s) => s !== final && holdsOutputOf(model, s, goal.from))) return null;
      const byNumber = model.references.find((r) => r.target.kind === 'index' && r.stage === final.index && builders.some((b) => b.index === (r.target as { index: number }).index));
      if (byNumber) return `\`--from=${byNumber.raw}\` on line ${lineOf(byNumber.instruction)} copies from ${stagesText(builders)} by its number; copy it by name`;
      if (builders.length === 1 && chain(model, final).includes(builders[0]!)) {
        return `The final stage (line ${lineOf(final.from)}) is itself the stage that ${selectorText(goal.from).replace(/^that /, '')}: build in one stage and copy the result into another`;
      }
      // The final stage may itself run the command (installing from mounted wheels): name the others,
      // and a test stage only when no other stage does it.
      const outside = builders.filter((b) => !chain(model, final).includes(b));
      const others = outside.some((b) => b.tests.length === 0) ? outside.filter((b) => b.tests.length === 0) : outside;
      return `The final stage (line ${lineOf(final.from)}) copies nothing from ${stagesText(others.length > 0 ? others : builders)}, the stage that ${selectorText(goal.from).replace(/^that /, '')}`;
    }),

  'final-copies-artifacts-only': (model) =>
    withFinal(model, (final) => {
      const copies = namedCopies(model, final);
      if (copies.length === 0) return `The final stage (line ${lineOf(final.from)}) copies nothing from another stage`;
      const problems: string[] = [];
      for (const step of copies) {
        const at = `${quote(model, step.copy.instruction)} on line ${lineOf(step.copy.instruction)}`;
        if (step.carries === 'whole-stage') problems.push(`${at} copies the whole filesystem of ${stageName(step.source)}`);
        else {
          const dirs = carriedWorkdirs(model, step);
          if (dirs.length > 0) problems.push(`${at} copies \`${dirs[0]}\`, the whole working folder of ${stageName(step.source)} (its sources and everything the build left there), not just what the build produced`);
        }
      }
      return problems.length ? problems.join('; ') : null;
    }),

  'final-runs-artifact': (model, goal) =>
    withFinal(model, (final) => {
      const copies = namedCopies(model, final).filter((c) => holdsOutputOf(model, c.source, goal.from));
      const landed = copies.flatMap((c) => c.landing);
      if (landed.length === 0) return `The final stage copies nothing from the stage that ${selectorText(goal.from).replace(/^that /, '')}, so nothing it starts was built`;
      const start = startCommand(model, final);
      if (start.length === 0) return 'The final stage has no ENTRYPOINT or CMD: nothing starts the copied program';
      const broken = brokenStartInstruction(model, final);
      if (broken) {
        const meant = intendedExecForm(broken);
        return `${quote(model, broken)} on line ${lineOf(broken)} is not valid JSON, so Docker runs it as a shell command and the program never starts: an exec form needs double quotes${meant ? `, ${broken.keyword} ${meant}` : ''}`;
      }
      const doubled = doubledRuntime(model, final, baseClass(model, final));
      if (doubled) {
        const root = rootOf(model, final);
        return `${baseText(root)} (line ${lineOf(root.from)}) already starts \`${doubled}\` (its ENTRYPOINT), so \`${start.join(' ')}\` runs \`${doubled} ${start.join(' ')}\`: drop \`${doubled === 'java -jar' && start[1] === '-jar' ? start.slice(0, 2).join(' ') : start[0]}\` from the CMD`;
      }
      const absent = startFileNotCopied(model, final, copiesInto(model, final));
      if (absent) return `The start command \`${start.join(' ')}\` names \`${absent}\`, but no COPY puts that file there, so the program cannot start`;
      const runtime = missingRuntime(model, final, baseClass(model, final), copiesInto(model, final));
      if (runtime) {
        const root = rootOf(model, final);
        return `The start command \`${start.join(' ')}\` runs \`${runtime}\`, which ${baseText(root)} (line ${lineOf(root.from)}) does not have${runtime === 'dotnet' ? ' (a self-contained publish starts by its own name, `./App`)' : ''}`;
      }
      const startLine = chain(model, final).flatMap((s) => s.instructions).filter((i) => i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD').at(-1);
      const mismatch = startPathMismatch(model, final, copies);
      if (mismatch) {
        const at = `${quote(model, mismatch.copy.copy.instruction)} on line ${lineOf(mismatch.copy.copy.instruction)}`;
        const start = `The start command${startLine ? ` (line ${lineOf(startLine)})` : ''} runs \`${mismatch.path}\``;
        if (mismatch.kind === 'dest-folder') {
          return `${start}, but ${at} names a folder as its destination (it ends in \`/\`), so the file is at \`${mismatch.landed}\` and the start command runs a folder`;
        }
        return mismatch.kind === 'runs-folder'
          ? `${start}, but ${at} makes it a folder: COPY copies a folder's contents, so the binary is at \`${mismatch.landed}\``
          : `${start}, but ${at} copies the folder's contents, not the folder, so that file is at \`${mismatch.landed}\``;
      }
      const lateOption = jvmOptionAfterJar(model, final);
      if (lateOption) {
        return `The start command \`${start.join(' ')}\` puts \`${lateOption}\` after \`-jar\`: everything after the jar goes to the program as its arguments, so the JVM never sees it. Put JVM options before \`-jar\``;
      }
      const unusable = unusableStartFile(model, final, userInForce(model, final).root);
      if (unusable) {
        const at = `${quote(model, unusable.copy.copy.instruction)} on line ${lineOf(unusable.copy.copy.instruction)}`;
        return unusable.problem === 'not-executable'
          ? `${at} gives \`${unusable.path}\` mode ${unusable.mode}, with no execute bit, so the container cannot start it ("permission denied"): use --chmod=755, or drop --chmod to keep the build's own mode`
          : `${at} gives \`${unusable.path}\` mode ${unusable.mode} and no --chown, so only root may read it, but the container runs as a user that is not root: use --chmod=644, or --chown to that user`;
      }
      const bare = startNotOnPath(model, final, copiesInto(model, final));
      if (bare) {
        return `The start command${startLine ? ` (line ${lineOf(startLine)})` : ''} runs \`${bare.name}\` by its bare name, which Docker looks up in PATH only (not in / or the WORKDIR), but the copy put it at \`${bare.at}\`: write its full path, \`${bare.at}\``;
      }
      const linked = libcMismatches(model, final).find((m) => copies.includes(m.copy));
      if (linked) {
        const root = rootOf(model, final);
        const has = linked.has === 'none' ? 'no C library at all' : linked.has;
        return `${commandAt(model, linked.build.command)} makes a binary linked against ${linked.needs} (${linked.why}), but ${baseText(root)} (line ${lineOf(root.from)}) has ${has}: its loader is missing, so the program cannot start`;
      }
      const assembly = dotnetAssemblyMismatch(model, final, start, copies);
      if (assembly) return `The start command \`${start.join(' ')}\`${startLine ? ` (line ${lineOf(startLine)})` : ''} loads \`${assembly.named}\`, but ${commandAt(model, assembly.build.command)} makes \`${assembly.made}\`${assembly.named.toLowerCase() === assembly.made.toLowerCase() ? ': file names on Linux are case-sensitive' : ' (unless the project sets another AssemblyName)'}, so dotnet finds no such file`;
      // `dotnet App.dll` reads App.runtimeconfig.json and App.deps.json beside it, and loads the
      // app's other assemblies from there: one .dll copied alone from the publish output does not start.
      if (posix.basename(start[0] ?? '') === 'dotnet' && /\.dll$/i.test(start[1] ?? '')) {
        const alone = copies.find((c) => c.sources.length > 0 && c.sources.every((src) => /\.dll$/i.test(src)));
        if (alone && !copies.some((c) => c !== alone && c.sources.some((src) => !/\.dll$/i.test(src)))) {
          const dll = posix.basename(alone.sources[0]!);
          const app = dll.replace(/\.dll$/i, '');
          return `${quote(model, alone.copy.instruction)} on line ${lineOf(alone.copy.instruction)} copies only \`${dll}\` from the publish output: \`dotnet ${dll}\` also needs \`${app}.runtimeconfig.json\`, \`${app}.deps.json\` and the app's other assemblies from that folder, so it does not start. Copy the whole publish folder`;
        }
      }
      if (startCommandRuns(model, final, landed) || inlineScriptRuns(model, final, landed)) return null;
      const line = chain(model, final).flatMap((s) => s.instructions).filter((i) => i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD').at(-1);
      const script = inlineStartScript(model, final);
      if (script && !script.shebang) {
        return `The start command \`${start.join(' ')}\` runs the script written on line ${lineOf(script.copy.copy.instruction)}, which has no \`#!\` line: the exec form starts a file with execve, which refuses a script without one ("exec format error"). Begin it with \`#!/bin/sh\``;
      }
      return `The start command \`${start.join(' ')}\`${line ? ` (line ${lineOf(line)})` : ''} runs none of what ${copies.length === 1 ? 'the copy on line' : 'the copies on lines'} ${lines(copies.map((c) => c.copy.instruction))} put in place (${copies.slice(0, 3).map((c) => `\`${c.landing[0]}\``).join(', ')})`;
    }),

  'final-installs-none': (model, goal) =>
    withFinal(model, (final) => {
      const unwanted = (pkg: string) => (goal.buildTools && isBuildToolPackage(pkg)) || goal.packages?.includes(pkg);
      const bad = installedPackages(model, final)
        .filter(({ pkg }) => unwanted(pkg))
        .map((installed) => ({ ...installed, removedLater: removedInLaterRun(model, final, installed) }));
      // `COPY --from=debug /usr/bin/strace /usr/bin/`: the program ships as surely as an install.
      if (bad.length === 0) {
        for (const copy of namedCopies(model, final)) {
          const there = new Set(installedPackages(model, copy.source).map((p) => p.pkg));
          const program = copy.sources.map((src) => posix.basename(src)).find((name) => there.has(name) && unwanted(name));
          if (program) return `${quote(model, copy.copy.instruction)} on line ${lineOf(copy.copy.instruction)} copies \`${program}\` from ${stageName(copy.source)}, which installed it: it ships in the final stage as if installed there`;
        }
      }
      if (bad.length === 0) return null;
      // One sentence per install (and later removal), naming its packages together.
      const groups = new Map<string, { pkgs: string[]; install: Instruction; removal: Instruction | null }>();
      for (const { pkg, install, removedLater } of bad) {
        const key = `${lineOf(install.command.instruction)}:${removedLater ? lineOf(removedLater.instruction) : ''}`;
        const group = groups.get(key) ?? { pkgs: [], install: install.command.instruction, removal: removedLater?.instruction ?? null };
        group.pkgs.push(`\`${pkg}\``);
        groups.set(key, group);
      }
      return [...groups.values()]
        .map(({ pkgs, install, removal }) =>
          removal
            ? `${pkgs.join(', ')} ${pkgs.length === 1 ? 'is' : 'are'} installed on line ${lineOf(install)} and removed only on line ${lineOf(removal)}, in a later RUN: ${pkgs.length === 1 ? 'it stays' : 'they stay'} in the layer line ${lineOf(install)} made, so the image is no smaller`
            : `line ${lineOf(install)} installs ${pkgs.join(', ')} in the final stage`,
        )
        .join('; ');
    }),

  'final-installs-all': (model, goal) =>
    withFinal(model, (final) => {
      // What the base image already ships counts (distroless base has libssl and CA certificates).
      const installed = new Set([...presentPackages(model, final), ...(baseClass(model, final)?.packages ?? [])]);
      const missing = goal.packages.filter((entry) => !(Array.isArray(entry) ? entry : [entry]).some((p) => installed.has(p)));
      // A library by the name the final stage's release gives it (`libssl3t64` on Debian 13).
      const t64 = usesT64Names(model, final);
      const named = (e: string | string[]) => (Array.isArray(e) ? ((t64 && e.find((p) => p.endsWith('t64'))) || e[0]!) : e);
      if (missing.length > 0) return `The final stage (line ${lineOf(final.from)}) no longer installs ${missing.map((e) => `\`${named(e)}\``).join(', ')}`;
      // An install apt cannot carry out (no package lists) installs nothing: the build stops there.
      const stuck = chain(model, final).flatMap((s) => installsWithoutLists(model, s))[0];
      if (stuck) {
        return `${commandAt(model, stuck.command)} installs with empty package lists (no \`apt-get update\` ran before it, or the lists were removed since), so apt finds no such package and the build fails`;
      }
      // A library by its t64 name on a release from before the rename: no such package there.
      const renamed = chain(model, final).flatMap((s) => t64OnOlderRelease(model, s))[0];
      return renamed
        ? `${commandAt(model, renamed.install.command)} asks for \`${renamed.pkg}\`, a name from Debian 13 / Ubuntu 24.04 that ${renamed.release} does not have (there it is \`${renamed.pkg.slice(0, -3)}\`), so the build fails`
        : null;
    }),

  'static-build': (model, goal) =>
    withFinal(model, (final) => {
      const builders = [...new Set(namedCopies(model, final).map((c) => c.source).flatMap((s) => chain(model, s)))].filter((s) => matches(model, s, goal.stage));
      if (builders.length === 0) return `The final stage copies nothing from a stage that ${selectorText(goal.stage).replace(/^that /, '')}`;
      const root = rootOf(model, final);
      for (const builder of builders) {
        if (!needsStaticBinary(model, final, builder)) continue;
        const dynamic = buildsInStage(model, builder).find((b) => b.static === false);
        if (!dynamic) continue;
        const why = dynamic.tool === 'go' ? 'with cgo on (no `CGO_ENABLED=0`)' : 'for glibc (no musl target)';
        return `${commandAt(model, dynamic.command)} builds ${why}, and the final base ${baseText(root)} (line ${lineOf(root.from)}) has ${libcOf(model, root) === 'none' ? 'no C library' : 'musl, not glibc'}`;
      }
      return null;
    }),

  'final-production-dependencies': (model) =>
    withFinal(model, (final) => {
      const modules = nodeModulesAt(model, final);
      if (modules.state === 'production') {
        // `COPY --from=build /app/node_modules ./`: a folder's contents land in the destination, not the folder.
        const spilled = modules.by ? copiesInto(model, final).find((c) => c.copy.instruction === modules.by) : undefined;
        if (
          spilled &&
          spilled.sources.some((src) => /\/node_modules\/?$/.test(src)) &&
          posix.basename(spilled.dest) !== 'node_modules' &&
          // NODE_PATH names folders of packages themselves: their contents are what belongs there.
          !spilled.dest.includes('$') &&
          envInForce(model, final, 'NODE_PATH') === undefined &&
          !spilled.copy.instruction.flags.some((f) => f.name === 'parents') // --parents keeps the folder
        ) {
          return `${quote(model, spilled.copy.instruction)} on line ${lineOf(spilled.copy.instruction)} copies what is inside node_modules into \`${spilled.dest}\`, not the folder itself: there is no \`${posix.join(spilled.dest, 'node_modules')}\`, so every require() fails. Name the folder in the destination: \`./node_modules\``;
        }
        // require() looks in node_modules beside the script and in every folder above it.
        const installedIn = modulesFolder(model, final, modules.by);
        const script = startCommand(model, final).find((w) => /\.(c|m)?js$/.test(w));
        if (installedIn === null || script === undefined) return null;
        const from = posix.dirname(resolvePath(effectiveWorkdir(model, final), script));
        return isWithin(from, [installedIn])
          ? null
          : `The production node_modules are in \`${installedIn}\` (line ${lineOf(modules.by!)}), but the app starts from \`${from}\`: Node looks for packages beside the script and in the folders above it, so every require() fails`;
      }
      if (modules.state === 'none' || !modules.by) {
        // A copy of node_modules from a stage where nothing installed them is the mistake to name.
        const empty = namedCopies(model, final).find((c) => c.sources.some((src) => src.endsWith('/node_modules')) && nodeModulesAt(model, c.source).state === 'none');
        if (empty) {
          return `${quote(model, empty.copy.instruction)} on line ${lineOf(empty.copy.instruction)} copies node_modules from ${stageName(empty.source)} (line ${lineOf(empty.source.from)}), where nothing installed them: the final stage gets no dependencies`;
        }
        // node_modules from the build context are the machine's own, made for its platform and with its devDependencies.
        const fromContext = copiesInto(model, final).find((c) => c.copy.from === null && c.copy.sources.some((src) => posix.basename(src.replace(/\/+$/, '')) === 'node_modules'));
        if (fromContext) {
          return `${quote(model, fromContext.copy.instruction)} on line ${lineOf(fromContext.copy.instruction)} copies node_modules from the build context: those are whatever the machine running \`docker build\` has (its platform's native modules, its devDependencies), not an install of this image's. Install the production dependencies in a stage (\`npm ci --omit=dev\`) and copy them from there`;
        }
        // Point at the stage that has them, when one does: that is the copy to add.
        const holder = namedCopies(model, final)
          .map((c) => c.source)
          .find((s) => nodeModulesAt(model, s).state !== 'none');
        const where = holder ? `; ${stageName(holder)} (line ${lineOf(holder.from)}) has them in \`${effectiveWorkdir(model, holder)}/node_modules\`` : '';
        return `The final stage (line ${lineOf(final.from)}) has no node_modules: nothing installs or copies the production dependencies${where}`;
      }
      return `The final stage's node_modules hold devDependencies: they come from ${quote(model, modules.by)} on line ${lineOf(modules.by)}`;
    }),

  'stage-exists': (model, goal) => (stagesMatching(model, goal.stage).length > 0 ? null : `${noStage(model, goal.stage)}`),

  derives: (model, goal) => {
    const stages = stagesMatching(model, goal.stage);
    if (stages.length === 0) return `${noStage(model, goal.stage)}`;
    if (stages.some((s) => chain(model, s).slice(1).some((parent) => matches(model, parent, goal.from)))) return null;
    return `${capital(stagesText(stages))} is not written \`FROM\` a stage that ${selectorText(goal.from).replace(/^that /, '')}`;
  },

  'final-independent-of': (model, goal) =>
    withFinal(model, (final) => {
      const others = stagesMatching(model, goal.stage);
      if (others.length === 0) return `${noStage(model, goal.stage)}`;
      const needed = dependencies(model, final);
      const used = others.filter((s) => needed.has(s.index));
      if (used.length === 0) return null;
      if (used.includes(final)) return `The final stage (line ${lineOf(final.from)}) is the one that ${selectorText(goal.stage).replace(/^that /, '')}`;
      return `The final stage needs ${stagesText(used)}, which ${selectorText(goal.stage).replace(/^that /, '')}: a plain build runs it and ships what it added`;
    }),

  independent: (model, goal) => {
    const as = stagesMatching(model, goal.a);
    const bs = stagesMatching(model, goal.b);
    if (as.length === 0) return `${noStage(model, goal.a)}`;
    if (bs.length === 0) return `${noStage(model, goal.b)}`;
    const apart = as.some((a) => bs.some((b) => a !== b && !dependencies(model, a).has(b.index) && !dependencies(model, b).has(a.index)));
    if (apart) return null;
    const a = as[0]!;
    const b = bs[0]!;
    if (a === b) return `One stage (${stageName(a)}, line ${lineOf(a.from)}) runs both builds: they cannot run at the same time`;
    const [later, earlier] = dependencies(model, a).has(b.index) ? [a, b] : [b, a];
    return `${capital(stageName(later))} (line ${lineOf(later.from)}) needs ${stageName(earlier)} (line ${lineOf(earlier.from)}), so BuildKit builds them one after the other`;
  },

  'shared-ancestor': (model, goal) => {
    const ancestors = stagesMatching(model, goal.ancestor);
    if (ancestors.length === 0) return `${noStage(model, goal.ancestor)}`;
    const holds = ancestors.some((ancestor) => {
      const derived = (selector: Selector) => stagesMatching(model, selector).filter((s) => s !== ancestor && chain(model, s).includes(ancestor));
      return distinctPicks(goal.stages.map(derived));
    });
    if (holds) return null;
    // Name the install most stages already derive from, and the stages that do not.
    const derivedFrom = (ancestor: Stage) => goal.stages.filter((sel) => stagesMatching(model, sel).some((s) => s !== ancestor && chain(model, s).includes(ancestor)));
    const best = [...ancestors].sort((a, b) => derivedFrom(b).length - derivedFrom(a).length)[0]!;
    const missing = goal.stages.filter((sel) => !derivedFrom(best).includes(sel));
    return missing
      .map((sel) => {
        const stages = stagesMatching(model, sel).filter((s) => s !== best);
        if (stages.length === 0) {
          const verb = selectorText(sel).replace(/^that /, '');
          return stagesMatching(model, sel).includes(best)
            ? `${capital(stageName(best))} (line ${lineOf(best.from)}) both installs the dependencies and ${verb}: do that in a stage written \`FROM\` it`
            : `No stage ${verb}`;
        }
        const who = `${capital(stagesText(stages))}, which ${selectorText(sel).replace(/^that /, '')},`;
        return `${who} is not written \`FROM\` ${stageName(best)} (line ${lineOf(best.from)}), where the dependencies are installed`;
      })
      .join('; ');
  },

  'dependency-installs': (model, goal) => {
    const tools = Array.isArray(goal.tool) ? goal.tool : [goal.tool];
    const installs = model.stages.flatMap((s) => s.dependencyInstalls).filter((d) => tools.includes(d.tool) && d.includesDev === goal.includesDev);
    if (installs.length >= 1 && installs.length <= goal.max) return null;
    const kind = goal.includesDev ? `full \`${tools[0]}\` install (with devDependencies)` : `\`${tools[0]}\` install`;
    if (installs.length === 0) return `No stage runs the ${kind}`;
    return `The ${kind} runs ${installs.length} times, on lines ${lines(installs.map((d) => d.command.instruction))}; once is enough`;
  },

  'manifests-before-source': (model, goal) => {
    const installers = stagesMatching(model, goal.stage);
    if (installers.length === 0) return `${noStage(model, goal.stage)}`;
    const problems = installers.map((stage) => manifestsFirst(model, stage)).filter((p): p is string => p !== null);
    return problems.length ? problems.join('; ') : null;
  },

  'args-declared': (model, goal) => {
    const stages = stagesMatching(model, goal.stage);
    if (stages.length === 0) return `${noStage(model, goal.stage)}`;
    if (stages.some((stage) => goal.names.every((name) => chain(model, stage).some((s) => s.args.has(name))))) return null;
    const stage = stages[0]!;
    const missing = goal.names.filter((name) => !chain(model, stage).some((s) => s.args.has(name)));
    const global = missing.filter((n) => model.globalArgs.has(n));
    return `${capital(stageName(stage))} (line ${lineOf(stage.from)}) does not declare ${missing.map((n) => `\`ARG ${n}\``).join(', ')}${global.length ? ' (an ARG before the first FROM is not seen inside a stage)' : ''}`;
  },

  'build-uses-args': (model, goal) => {
    const stages = stagesMatching(model, goal.stage);
    if (stages.length === 0) return `${noStage(model, goal.stage)}`;
    const names = new Set(goal.names);
    for (const stage of stages) {
      // The build's own RUN, or an ENV of the chain (GOOS=$TARGETOS) that the build reads, or a
      // RUN of the chain that writes Go's env file (`go env -w GOARCH=$TARGETARCH`).
      const envs = chain(model, stage).flatMap((s) =>
        s.instructions.filter(
          (i) => i.keyword === 'ENV' || s.commands.some((c) => c.instruction === i && c.program === 'go' && c.argv[1] === 'env' && c.argv.includes('-w')),
        ),
      );
      for (const build of stage.builds) {
        const used = new Set([build.command.instruction, ...envs].flatMap((i) => variableUses(model, i, names)).map((u) => u.name));
        if (!goal.names.every((name) => used.has(name))) continue;
        // Go reads the target from GOOS/GOARCH: mentioning $TARGETARCH elsewhere in the RUN (an
        // echo) builds for the build machine all the same.
        const unfed = build.tool === 'go' && build.command.program === 'go' ? goal.names.filter((name) => !feedsGo(model, stage, build.command, name)) : [];
        if (unfed.length === 0) return null;
        // The RUN names them elsewhere: an echo, or a `VAR=value` prefix on another command, which sets them for that command alone.
        const prefixed = stage.commands.some(
          (c) => c !== build.command && c.instruction === build.command.instruction && unfed.some((n) => GO_TARGET_VARS[n] !== undefined && GO_TARGET_VARS[n]! in c.env),
        );
        const where = prefixed ? `a \`VAR=value\` prefix before another command of the RUN sets them for that command only` : 'the RUN names them only in another command';
        return `${commandAt(model, build.command)} gets no ${unfed.map((n) => `\`${GO_TARGET_VARS[n] ?? n}\``).join(' or ')} from ${unfed.map((n) => `\`$${n}\``).join(' and ')} (${where}), so it builds for the build machine`;
      }
    }
    const build = stages[0]!.builds[0]!;
    return `${commandAt(model, build.command)} does not use ${goal.names.map((n) => `\`$${n}\``).join(' and ')}`;
  },

  'build-platform': (model, goal) => {
    const stages = stagesMatching(model, goal.stage);
    if (stages.length === 0) return `${noStage(model, goal.stage)}`;
    if (stages.some((stage) => onBuildPlatform(model, stage) !== null)) return null;
    const stage = stages[0]!;
    return `${quote(model, stage.from)} on line ${lineOf(stage.from)} has no \`--platform=$BUILDPLATFORM\`: the compiler runs emulated on the target platform`;
  },

  'final-target-platform': (model) =>
    withFinal(model, (final) => {
      const pinned = onBuildPlatform(model, final);
      if (pinned) return `${quote(model, pinned.from)} on line ${lineOf(pinned.from)} puts the final stage on the build machine's platform, not the target's`;
      // A fixed platform (`--platform=linux/amd64`) gives every target of a multi-platform build that one image.
      for (const s of chain(model, final)) {
        const flag = s.from.flags.find((f) => f.name === 'platform');
        if (flag?.value && !/^\$\{?TARGETPLATFORM\}?$/.test(flag.value)) {
          return `${quote(model, s.from)} on line ${lineOf(s.from)} fixes the final stage's platform to \`${flag.value}\`: a build for another platform (\`--platform linux/arm64\`) still gets a ${flag.value} image. Leave --platform off the final stage (or use \`$TARGETPLATFORM\`)`;
        }
      }
      return null;
    }),

  'final-non-root': (model, goal) =>
    withFinal(model, (final) => {
      const user = userInForce(model, final);
      if (user.root && !baseClass(model, final)?.nonrootByDefault) {
        return user.setting ? `\`USER ${user.setting.user}\` on line ${lineOf(user.setting.instruction)} runs the app as root` : `The final stage (line ${lineOf(final.from)}) has no \`USER\`: the app runs as root`;
      }
      return goal.userMustExist ? missingUsers(model, [final]) : null;
    }),

  'users-exist': (model) => withFinal(model, (final) => missingUsers(model, [...dependencies(model, final)].map((i) => model.stages[i]!))),

  'dotnet-web-base': (model) =>
    withFinal(model, (final) => {
      const root = rootOf(model, final);
      const families = familiesOf(root.base);
      if (families.includes('aspnet')) return null;
      const at = `${baseText(root)} (line ${lineOf(root.from)})`;
      if (families.includes('dotnet-runtime-deps')) {
        const publishes = namedCopies(model, final)
          .flatMap((c) => chain(model, c.source))
          .flatMap((s) => buildsInStage(model, s).filter((b) => b.tool === 'dotnet' && b.command.argv[1] === 'publish'));
        if (publishes.length > 0 && publishes.every((b) => publishesSelfContained(model, b.stage, b.build))) return null;
        const publish = publishes.find((b) => !publishesSelfContained(model, b.stage, b.build));
        return `${at} holds no .NET runtime: it runs only a self-contained or native AOT publish${publish ? `, and ${commandAt(model, publish.command)} is framework-dependent` : ''}`;
      }
      if (families.includes('dotnet-runtime')) return `${at} has the .NET runtime but not ASP.NET Core: the web API does not start. Use \`mcr.microsoft.com/dotnet/aspnet\``;
      if (families.includes('dotnet-sdk')) return `${at} is the whole .NET SDK; the web API needs only \`mcr.microsoft.com/dotnet/aspnet\``;
      return `${at} is not an ASP.NET Core image (\`mcr.microsoft.com/dotnet/aspnet\`)`;
    }),

  'java-runtime': (model) =>
    withFinal(model, (final) => {
      const root = rootOf(model, final);
      const families = familiesOf(root.base);
      const older = olderJavaThanBuild(model, final);
      if (older) return older;
      if (families.includes('jre')) return null;
      const jlinked = namedCopies(model, final).some((c) => c.sources.some((src) => isWithin(src, jlinkOutputs(model, c.source))));
      if (jlinked && !families.includes('jdk')) return null;
      return `The final stage starts from ${baseText(root)} (line ${lineOf(root.from)}), ${families.includes('jdk') ? 'a JDK, compiler and all' : 'which holds no Java runtime'}; use a JRE image (or a \`jlink\` runtime)`;
    }),

  'final-no-jdk': (model) =>
    withFinal(model, (final) => {
      const jdk = copiesInto(model, final).find((c) => copiesJdk(model, c.copy))?.copy;
      return jdk ? `${quote(model, jdk.instruction)} on line ${lineOf(jdk.instruction)} copies a whole JDK into the final stage: the compiler ships after all` : null;
    }),

  'copies-exist': (model) =>
    withFinal(model, (final) => {
      for (const step of namedCopies(model, final)) {
        for (const path of step.sources) {
          const unlikely = unlikelyCopySource(model, step, path);
          if (!unlikely) continue;
          const at = `${quote(model, step.copy.instruction)} on line ${lineOf(step.copy.instruction)} takes \`${path}\``;
          if (unlikely.why === 'not-built') return `${at}, but the build in ${stageName(step.source)} writes it to \`${unlikely.detail.replace('*', '<name>')}\`: the COPY fails with "not found"`;
          if (unlikely.why === 'bind-mount')
            return `${at}, but the build in ${stageName(step.source)} writes it inside the bind mount at \`${unlikely.detail}\`: a bind mount is read-only, and even with \`rw\` its writes are thrown away when the RUN ends, so the COPY fails with "not found" (write the output outside the mount, as \`-o /out/…\`)`;
          if (unlikely.why === 'cache-mount')
            return `${at}, but ${stageName(step.source)} writes there under a cache mount (\`--mount=type=cache,target=${unlikely.detail}\`): those files stay in the build cache, not in the stage, so the COPY fails with "not found"`;
          return `${at}, but nothing in ${stageName(step.source)} (line ${lineOf(step.source.from)}) or its base image puts anything in \`${unlikely.folder ?? `/${path.split('/')[1]}`}\`${unlikely.detail !== '/' ? ` (it works in \`${unlikely.detail}\`)` : ''}: the COPY fails with "not found"`;
        }
      }
      return null;
    }),

  'final-no-toolchain': (model) =>
    withFinal(model, (final) => {
      for (const c of copiesInto(model, final)) {
        const toolchain = copiedToolchain(model, c.copy);
        if (toolchain) return `${quote(model, c.copy.instruction)} on line ${lineOf(c.copy.instruction)} copies the ${toolchain} toolchain into the final stage: the compiler ships after all`;
      }
      return null;
    }),

  'stage-base': (model, goal) => {
    const stages = stagesMatching(model, goal.stage);
    if (stages.length === 0) return `${noStage(model, goal.stage)}`;
    const wrong = stages.filter((s) => !familiesOf(rootOf(model, s).base).some((f) => goal.families.includes(f)));
    if (wrong.length === 0) return null;
    const stage = wrong[0]!;
    const root = rootOf(model, stage);
    return `${capital(stageName(stage))}, the stage that ${selectorText(goal.stage).replace(/^that /, '')}, starts from ${baseText(root)} (line ${lineOf(root.from)}), not ${familyList(goal.families)}`;
  },

  'build-has-dev-dependencies': (model, goal) => {
    const stages = stagesMatching(model, goal.stage);
    if (stages.length === 0) return `${noStage(model, goal.stage)}`;
    for (const stage of stages) {
      for (const build of stage.builds.filter((b) => ['npm', 'yarn', 'pnpm', 'tsc'].includes(b.tool))) {
        const modules = nodeModulesAt(model, stage, build.command);
        const at = commandAt(model, build.command);
        // Sources first: a build with only package.json and the lockfile copied has nothing to build.
        if (onlyManifestsFor(model, stage, build.command))
          return `${at} builds in ${stageName(stage)}, which holds only the dependency manifests: no COPY before it brings the sources, so the build has nothing to compile and fails`;
        if (modules.state === 'none') {
          // The usual cause when an install is there: it wrote into a cache mount, which the image never keeps.
          const mounted = chain(model, stage)
            .flatMap((s) => s.dependencyInstalls.filter((d) => installsIntoMount(model, s, d.command)).map((d) => ({ s, d })))
            .at(0);
          if (mounted)
            return `${at} runs with no node_modules: ${commandAt(model, mounted.d.command)} installs them into a cache mount of its RUN, which is not kept in the image; mount the cache on npm's own cache folder (\`target=/root/.npm\`) instead`;
          return `${at} runs with no node_modules: nothing installs the dependencies before it`;
        }
        if (modules.state === 'production') {
          return `${at} runs without devDependencies (TypeScript, the bundler): ${quote(model, modules.by!)} on line ${lineOf(modules.by!)} left only production ones, so the build fails`;
        }
        // Node looks for node_modules in the working folder and its parents only.
        const installedIn = modulesFolder(model, stage, modules.by);
        const runsIn = commandDir(model, stage, build.command);
        if (installedIn !== null && !isWithin(runsIn, [installedIn])) {
          return `${at} runs in \`${runsIn}\`, but the dependencies were installed in \`${installedIn}\` (line ${lineOf(modules.by!)}): Node looks for node_modules in \`${runsIn}\` and the folders above it, so the build tools are not found`;
        }
      }
    }
    return null;
  },

  // Every stage, not only what the final one needs: a test stage is built with --target in CI.
  'dependency-inputs': (model) =>
    withFinal(model, () => {
      const problems = model.stages
        .flatMap((stage) => missingInputs(model, stage))
        .map(({ install, file, folder }) => {
          const why = file.endsWith('lock.json') || file === 'yarn.lock' || file.endsWith('-lock.yaml') ? ` (\`${install.command.argv.slice(0, 2).join(' ')}\` fails without a lockfile)` : '';
          return `${commandAt(model, install.command)} needs \`${file}\` in \`${folder}\`, but no COPY before it brings it${why}`;
        });
      return problems.length ? problems.slice(0, 3).join('; ') : null;
    }),

  'test-inputs': (model) =>
    withFinal(model, () => {
      for (const stage of model.stages) {
        for (const { command, path, folder } of missingTestInputs(model, stage)) {
          if (path === null) {
            return `${commandAt(model, command)} runs the tests in ${stageName(stage)}, which holds only the dependency manifests: no COPY before it brings the sources or the tests, so there is nothing to test`;
          }
          return `${commandAt(model, command)} runs the tests in \`${path}\`, but no COPY (or bind mount) before it puts \`${path}\` in \`${folder}\`: pytest finds no such folder and the run fails`;
        }
      }
      return null;
    }),

  'copies-built-path': (model, goal) =>
    withFinal(model, (final) => {
      for (const step of namedCopies(model, final)) {
        for (const builder of chain(model, step.source).filter((s) => matches(model, s, goal.from))) {
          const outputs = cargoOutputs(model, builder);
          const paths = [
            ...step.sources.map((path) => ({ path, where: `${quote(model, step.copy.instruction)} on line ${lineOf(step.copy.instruction)}` })),
            // `cp target/…/app /out/app` in the builder moves the binary on: that source counts too.
            ...chain(model, step.source).flatMap((s) =>
              s.commands
                .filter((c) => ['cp', 'mv', 'install'].includes(c.program))
                .flatMap((c) =>
                  c.argv
                    .slice(1, -1)
                    .filter((w) => !w.startsWith('-'))
                    .map((w) => ({ path: resolvePath(commandDir(model, s, c), w), where: commandAt(model, c) })),
                ),
            ),
          ];
          for (const { path, where } of paths) {
            const output = outputs.find((o) => isWithin(path, [o.targetDir]));
            if (!output || outputs.some((o) => inOutputDir(path, o.outputDir))) continue;
            return `${where} takes \`${path}\`, but ${commandAt(model, output.build.command)} writes its binary to \`${output.outputDir.replace('*', '<triple>')}/\``;
          }
          // Any build: a source named as the build's output but in another folder than it writes it.
          for (const path of step.sources) {
            const unlikely = unlikelyCopySource(model, step, path);
            if (unlikely?.why !== 'not-built') continue;
            const build = buildsInStage(model, builder).find((b) => b.artifacts.includes(unlikely.detail));
            if (!build) continue;
            return `${quote(model, step.copy.instruction)} on line ${lineOf(step.copy.instruction)} takes \`${path}\`, but ${commandAt(model, build.command)} writes it to \`${unlikely.detail.replace('*', '<name>')}\``;
          }
          const beside = besideArtifacts(model, builder, step.sources);
          if (beside) {
            return `${quote(model, step.copy.instruction)} on line ${lineOf(step.copy.instruction)} takes \`${beside.path}\`, but what ${commandAt(model, beside.build.command)} produces there is \`${beside.build.artifacts.map((a) => posix.basename(a)).join('` or `')}\`: \`${posix.basename(beside.path)}\` is a by-product of the build, not its result`;
          }
        }
      }
      return null;
    }),

  'build-for-target-arch': (model, goal) => {
    const stages = stagesMatching(model, goal.stage);
    if (stages.length === 0) return `${noStage(model, goal.stage)}`;
    for (const stage of stages) {
      const buildPlatform = onBuildPlatform(model, stage);
      const fixedPlatform = onFixedPlatform(model, stage);
      for (const output of cargoOutputs(model, stage)) {
        const at = commandAt(model, output.build.command);
        const fixed = output.fixedArch ? output.triple : null;
        if (fixed) return `${at} hard-codes the target \`${fixed}\`: on an ${fixed.startsWith('x86_64') ? 'arm64' : 'amd64'} build it makes a binary for the wrong machine (derive the triple from \`TARGETARCH\` or \`uname -m\`)`;
        if (fixedPlatform) return `${quote(model, fixedPlatform.from)} on line ${lineOf(fixedPlatform.from)} pins the build to \`${fixedPlatform.platform}\` whatever the target`;
        // Docker's architecture names are not Rust's: amd64 is x86_64, arm64 is aarch64.
        const dockerArch = [output.triple ?? '', ...output.tripleValues].map((v) => /^["']?\$\{?(TARGETARCH|BUILDARCH)\}?-.*/.exec(v)).find((m) => m !== null) ?? null;
        // Unless the file maps it in place first (`case … amd64) TARGETARCH=x86_64 ;;`).
        const remapped =
          dockerArch !== null &&
          chain(model, stage).some(
            (s) =>
              s.env.has(dockerArch[1]!) ||
              s.instructions.some((i) => i.keyword === 'RUN' && new RegExp(`(^|[\\s;&|(])${dockerArch[1]}=`).test([i.text, ...i.heredocs.map((h) => h.body)].join('\n'))),
          );
        if (dockerArch && !remapped) {
          return `${at} builds for \`${dockerArch[0]}\`, but ${dockerArch[1]} holds Docker's names (\`amd64\`, \`arm64\`), not Rust's (\`x86_64\`, \`aarch64\`): \`amd64-unknown-linux-musl\` is no Rust target, so the build fails. Map it first (\`case "$${dockerArch[1]}" in amd64) …=x86_64 ;; arm64) …=aarch64 ;; esac\`)`;
        }
        if (output.targetNotInstalled) {
          return `${at} builds for \`${output.triple}\`, a target the rust image does not have: add it first with \`rustup target add\` (or the build stops with "can't find crate for core")`;
        }
        // On $BUILDPLATFORM the triple must come from the target (a variable, xx-cargo), not the build machine (`uname -m`).
        if (buildPlatform && (output.triple === null || !output.triple.includes('$') || output.fromBuildMachine)) {
          return `${at} runs on \`$BUILDPLATFORM\` (line ${lineOf(buildPlatform.from)}) and builds for the build machine's architecture: map \`TARGETARCH\` to the musl triple`;
        }
      }
    }
    return null;
  },

  'python-environment': (model) =>
    withFinal(model, (final) => {
      const finalChain = chain(model, final);
      const finalVersion = pythonVersionOf(model, final);
      for (const step of namedCopies(model, final)) {
        const installs = pipInstalls(model, step.source).filter((i) => !finalChain.includes(i.stage));
        const at = `${quote(model, step.copy.instruction)} on line ${lineOf(step.copy.instruction)}`;
        // Wheels are packages to install, not installed ones: the final stage must pip install them.
        const wheelDirs = chain(model, step.source).flatMap((s) =>
          s.commands.filter((c) => /^pip[\d.]*$/.test(c.program) && c.argv[1] === 'wheel').flatMap((c) => optionValues(c.argv, '-w', '--wheel-dir').map((d) => resolvePath(commandDir(model, s, c), d))),
        );
        const copiesWheels = step.sources.some((src) => wheelDirs.some((w) => isWithin(src, [w]) || isWithin(w, [src])));
        if (copiesWheels && pipInstalls(model, final).length === 0) {
          return `${at} copies the wheels built in ${stageName(step.source)}, but the final stage never installs them (no \`pip install\`): the app's packages are missing`;
        }
        // The final install must read the copied wheels (--find-links DIR, or the .whl paths):
        // otherwise pip downloads from PyPI and builds source-only packages with no compiler there.
        const unused = copiesWheels ? pipInstalls(model, final).find((i) => !i.command.argv.some((w) => w.includes(step.dest) || isWithin(step.dest, [w]))) : undefined;
        if (unused && !pipInstalls(model, final).some((i) => i !== unused && i.command.argv.some((w) => w.includes(step.dest)))) {
          return `${commandAt(model, unused.command)} does not read the wheels ${at} put in \`${step.dest}\` (no \`--no-index --find-links ${step.dest}\`): pip downloads the packages again and must compile the ones published only as source, with no compiler in the final stage`;
        }
        if (installs.length === 0) continue;
        for (const venv of virtualenvsMade(model, step.source)) {
          const carried = step.sources.some((src) => isWithin(venv.path, [src]) || isWithin(src, [venv.path]));
          if (!carried) continue;
          if (!installs.some((i) => isWithin(i.into, [venv.path]))) {
            const install = installs[0]!;
            // Why the install missed the venv: --user (refused inside an active venv, and aimed at ~/.local), --target/--prefix, or a pip not the venv's.
            const argv = install.command.argv;
            const why = argv.includes('--user')
              ? `\`--user\` sends it to the user's site-packages, and with the venv active pip refuses it ("Can not perform a '--user' install. User site-packages are not visible in this virtualenv")`
              : argv.some((w) => /^(--target|-t|--prefix|--root)(=|$)/.test(w))
                ? `its \`--target\`/\`--prefix\` sends the packages elsewhere`
                : /^\/usr(\/local)?\/bin\//.test(argv[0]!)
                  ? `it names the image's own \`${argv[0]}\` by its path, which installs for the system Python whatever PATH says`
                  : `the virtualenv is not activated: its \`bin\` is not first on PATH`;
            return `${commandAt(model, install.command)} installs into \`${install.into}\`, not the virtualenv \`${venv.path}\` made on line ${lineOf(venv.command.instruction)} (${why}), so ${at} brings an empty environment`;
          }
          if (step.sources.includes(venv.path) && step.dest !== venv.path) {
            return `${at} moves the virtualenv \`${venv.path}\` to \`${step.dest}\`: a virtualenv works only where it was made (its scripts start \`#!${venv.path}/bin/python\`), so copy it to \`${venv.path}\``;
          }
          // The copied environment is used only if its bin is on the final stage's PATH, or the
          // start command names it: else `uvicorn` is not found, and `python` is the image's own.
          const bin = `${venv.path}/bin`;
          const path = pathInForce(model, final);
          const start = startCommand(model, final);
          // Part of the environment copied (`/opt/venv/lib`): its bin/, with python and the console scripts, stays behind.
          const landed = namedCopies(model, final).some((c) => c.sources.some((src) => isWithin(bin, [src])));
          const program = start[0] ? posix.basename(start[0]) : '';
          if (!landed && start.length > 0 && path.includes(bin) && !/^python[\d.]*$/.test(program) && !start[0]!.includes('/')) {
            return `${at} copies only part of the virtualenv \`${venv.path}\`: its \`bin\` (python and the scripts its packages install, such as \`${program}\`) stays behind, so \`${program}\` is not found. Copy the whole \`${venv.path}\``;
          }
          if (start.length > 0 && !path.includes(bin) && !start.some((w) => w.startsWith(`${bin}/`))) {
            const startAt = startInstruction(model, final);
            return `The start command \`${start.join(' ')}\`${startAt ? ` (line ${lineOf(startAt)})` : ''} runs \`${start[0]}\` from the final stage's PATH, which does not hold \`${bin}\` (its ENV PATH is the build stage's, not inherited): ${/^python[\d.]*$/.test(posix.basename(start[0]!)) ? "that is the image's own Python, without the environment's packages" : 'the program is not found'}. Add ENV PATH="${bin}:$PATH" to the final stage`;
          }
        }
        for (const install of installs) {
          const carried = step.sources.find((src) => isWithin(install.into, [src]) || src === install.into);
          if (!carried) continue;
          // pip --target makes a plain folder of packages: Python searches it only when PYTHONPATH names it.
          if (install.command.argv.some((w) => w === '-t' || w.startsWith('--target'))) {
            const landing = resolvePath(step.dest, posix.relative(carried, install.into));
            const pythonPath = envInForce(model, final, 'PYTHONPATH') ?? '';
            const searched =
              pythonPath.split(':').some((d) => d.replace(/\/+$/, '') === landing.replace(/\/+$/, '')) ||
              // The interpreter's own site-packages, or the folder `python -m app` starts in (on sys.path).
              /\/(site|dist)-packages\/?$/.test(landing) ||
              (/^python[\d.]*$/.test(posix.basename(startCommand(model, final)[0] ?? '')) &&
                startCommand(model, final)[1] === '-m' &&
                effectiveWorkdir(model, final) === landing.replace(/\/+$/, ''));
            if (!searched) {
              return `${at} puts the \`pip install --target\` packages in \`${landing}\`, a folder Python does not search: nothing sets PYTHONPATH to it, so every import of them fails (and their scripts in \`${landing}/bin\` are not on PATH). Add ENV PYTHONPATH=${landing}, or install into a virtualenv`;
            }
          }
          // pip --prefix lays out bin/ and lib/pythonX.Y/site-packages for the interpreter's own prefix:
          // the official images' Python lives in /usr/local and looks nowhere else.
          if (install.command.argv.some((w) => w.startsWith('--prefix')) && carried === install.into && step.dest !== '/usr/local' && pythonVersionOf(model, final)) {
            return `${at} puts a \`pip install --prefix\` tree in \`${step.dest}\`, but the python image's interpreter lives in /usr/local and only looks for packages there: copy it to /usr/local`;
          }
          // A --user install lives in root's home, which other users cannot enter (mode 0700).
          const user = userInForce(model, final);
          if (install.into.startsWith('/root/') && isWithin(step.dest, ['/root']) && !user.root) {
            return `${at} puts the \`pip install --user\` packages in \`${step.dest}\`, but the app runs as \`${user.setting?.user}\`, who cannot read /root (mode 0700): install into a virtualenv or a --prefix tree instead`;
          }
        }
        const builtWith = pythonVersionOf(model, step.source);
        const carriesPackages = installs.some((i) => step.sources.some((src) => isWithin(i.into, [src]) || isWithin(src, [i.into])));
        if (carriesPackages && builtWith && finalVersion && builtWith !== finalVersion) {
          const root = rootOf(model, step.source);
          return `The packages ${at} copies were installed for Python ${builtWith} (${baseText(root)}, line ${lineOf(root.from)}), but the final stage runs Python ${finalVersion} (line ${lineOf(rootOf(model, final).from)}): they live in \`lib/python${builtWith}/\` and their compiled parts are built for ${builtWith}, so the app cannot import them`;
        }
        // pip picks musllinux wheels (or compiles) on Alpine and manylinux ones on glibc: a copied
        // environment keeps the C library it was installed for.
        const builtOn = libcOf(model, step.source);
        const runsOn = libcOf(model, final);
        if (carriesPackages && (builtOn === 'musl' || runsOn === 'musl') && (builtOn === 'glibc' || runsOn === 'glibc') && builtOn !== runsOn) {
          const root = rootOf(model, step.source);
          return `The packages ${at} copies were installed on ${baseText(root)} (line ${lineOf(root.from)}), built against ${builtOn}, but the final stage runs on ${runsOn} (${baseText(rootOf(model, final))}, line ${lineOf(rootOf(model, final).from)}): their compiled parts fail to load there. Build on the same kind of image the final stage uses`;
        }
      }
      return null;
    }),

  'final-no-dev-requirements': (model) =>
    withFinal(model, (final) => {
      for (const dev of pythonDevInstalls(model, final)) {
        return `${commandAt(model, dev.command)} installs development requirements into the stage that ships`;
      }
      for (const step of namedCopies(model, final)) {
        const sources = step.sources;
        const dev = pythonDevInstalls(model, step.source).find((d) => sources.some((src) => isWithin(d.into, [src]) || isWithin(src, [d.into])));
        if (dev) {
          return `${commandAt(model, dev.command)} installs the test tools into \`${dev.into}\`, which ${quote(model, step.copy.instruction)} on line ${lineOf(step.copy.instruction)} copies into production`;
        }
      }
      return null;
    }),
};

export const GOAL_KINDS = Object.keys(CHECKS) as GoalKind[];

/** Why the goal does not hold for the model, or null when it holds. Throws on an unknown kind. */
export function goalVerdict(model: StageModel, goal: Goal | GoalCheck): string | null {
  // Own keys only: a team's exercise.json may name any kind, `constructor` included.
  const check = Object.hasOwn(CHECKS, goal.kind) ? (CHECKS[goal.kind] as (m: StageModel, g: GoalCheck) => Verdict) : undefined;
  if (!check) throw new Error(`unknown goal kind '${goal.kind}'`);
  return check(model, goal);
}

/** Does the goal hold for the model? */
export function goalHolds(model: StageModel, goal: Goal | GoalCheck): boolean {
  return goalVerdict(model, goal) === null;
}

type NamedCopy = CopyFact & { source: Stage };

/** COPY --from=<stage name> through the chain (a copy by number is what MS003 forbids, not a copy by name). */
function namedCopies(model: StageModel, stage: Stage): NamedCopy[] {
  return stageCopies(model, stage).filter((c): c is NamedCopy => c.source !== null && c.copy.from?.target.kind === 'stage');
}

/** The Go variable each platform ARG sets. */
const GO_TARGET_VARS: Record<string, string> = { TARGETOS: 'GOOS', TARGETARCH: 'GOARCH', TARGETVARIANT: 'GOARM' };

/** `go build` sees GOOS/GOARCH set from the platform ARG (inline, exported, ENV or ARG); names without a Go variable count as fed. */
function feedsGo(model: StageModel, stage: Stage, command: Command, name: string): boolean {
  if (!Object.hasOwn(GO_TARGET_VARS, name)) return true;
  const goVar = GO_TARGET_VARS[name]!;
  // In single quotes the shell passes `$TARGETARCH` on as those letters, not the value.
  if (new RegExp(`\\b${goVar}='[^']*\\$\\{?${name}\\b`).test(command.instruction.text)) return false;
  const value = commandVariable(model, stage, command, goVar);
  if (value !== undefined) return new RegExp(`\\$\\{?${name}\\b`).test(value);
  // `go env -w GOARCH=$TARGETARCH` earlier (in this RUN or before): it persists in Go's env file.
  const set = new RegExp(`^${goVar}=.*\\$\\{?${name}\\b`);
  return chain(model, stage).some((s) =>
    s.commands.some(
      (c) =>
        c.program === 'go' &&
        c.argv[1] === 'env' &&
        c.argv.includes('-w') &&
        c.argv.some((w) => set.test(w)) &&
        (s !== stage || stage.commands.indexOf(c) < stage.commands.indexOf(command)),
    ),
  );
}

/**
 * The final base's Java is older than the JDK that compiled the jar it runs: class files of Java N
 * do not load on an older runtime (UnsupportedClassVersionError), unless the build targets it
 * (`--release`, `-Dmaven.compiler.release`, …), which the Dockerfile shows or not.
 */
function olderJavaThanBuild(model: StageModel, final: Stage): Verdict {
  const runtime = javaVersionOf(model, final);
  if (runtime === null) return null;
  for (const step of namedCopies(model, final)) {
    for (const s of chain(model, step.source)) {
      const build = buildsInStage(model, s).find((b) => b.language === 'java');
      if (!build) continue;
      const compiler = javaVersionOf(model, s);
      const targets = build.command.argv.some((w) => /release|\.target=|--target|sourceCompatibility|targetCompatibility/.test(w));
      if (compiler !== null && compiler > runtime && !targets) {
        const root = rootOf(model, final);
        return `${commandAt(model, build.command)} compiles with Java ${compiler} (${baseText(rootOf(model, s))}), but the final stage runs Java ${runtime} (${baseText(root)}, line ${lineOf(root.from)}): classes built for ${compiler} do not load on ${runtime} (UnsupportedClassVersionError). Use a Java ${compiler} runtime`;
      }
    }
  }
  return null;
}

/** The folder whose node_modules an install (its RUN's folder) or a copy of node_modules (where it lands) filled; null when unknown. */
function modulesFolder(model: StageModel, stage: Stage, by: Instruction | null): string | null {
  if (!by) return null;
  for (const s of chain(model, stage)) {
    const install = s.dependencyInstalls.find((d) => d.command.instruction === by && ['npm', 'yarn', 'pnpm'].includes(d.tool));
    if (install) {
      if (install.command.argv.some((w) => w.startsWith('--prefix') || w.startsWith('--cwd') || w.startsWith('--dir'))) return null;
      return commandDir(model, s, install.command);
    }
    const copy = copiesInStage(model, s).find((c) => c.copy.instruction === by);
    if (copy) return copy.dest.endsWith('/node_modules') ? copy.dest.slice(0, -'/node_modules'.length) || '/' : null;
  }
  return null;
}

/** Stages that a RUN of the stage or its chain mounts (`RUN --mount=from=<name>`). */
function mountedStages(model: StageModel, stage: Stage): Stage[] {
  return chain(model, stage)
    .flatMap((s) => s.references.filter((r) => r.via === 'mount'))
    .flatMap((r) => referencedStage(model, r) ?? []);
}

function withFinal(model: StageModel, test: (final: Stage) => Verdict): Verdict {
  const final = finalStage(model);
  return final ? test(final) : 'The file has no stage yet';
}

const rootOf = (model: StageModel, stage: Stage): Stage => chain(model, stage).at(-1)!;

/** Only a static binary starts on a base without libc, or on musl when built against glibc. */
function needsStaticBinary(model: StageModel, final: Stage, builder: Stage): boolean {
  const libc = libcOf(model, final);
  return libc === 'none' || (libc === 'musl' && libcOf(model, builder) !== 'musl');
}

/** `dotnet X.dll` where the copied publish output holds another assembly name. */
function dotnetAssemblyMismatch(model: StageModel, final: Stage, start: string[], copies: NamedCopy[]): { named: string; made: string; build: Build } | null {
  const dll = start[0] === 'dotnet' ? start.find((w, i) => i > 0 && /\.dll$/i.test(w) && !w.includes('$')) : undefined;
  if (!dll) return null;
  const named = posix.basename(dll);
  for (const copy of copies) {
    for (const build of buildsThrough(model, copy.source)) {
      const made = publishedAssembly(build.build);
      if (!made || made === named || !build.outputDir) continue;
      if (!copy.sources.some((src) => isWithin(build.outputDir!, [src]) || isWithin(src, [build.outputDir!]))) continue;
      return { named, made, build };
    }
  }
  return null;
}

/**
 * A copied path inside the folder a build writes its artifacts to (Maven's `target/`), that is
 * none of them (`target/classes` for `target/*.jar`) and that no other command of the stage names
 * (a layered-jar `extract` into `target/extracted`, `dependency:copy-dependencies`).
 */
function besideArtifacts(model: StageModel, builder: Stage, sources: readonly string[]): { path: string; build: Build } | null {
  const texts = chain(model, builder).flatMap((s) => s.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.text));
  for (const path of sources) {
    if (/[*?[$]/.test(path)) continue;
    for (const build of buildsInStage(model, builder)) {
      const patterns = build.artifacts.filter((a) => /\/\*\.[a-z]+$/i.test(a));
      if (patterns.length === 0 || build.artifacts.some((a) => writes(a, path))) continue;
      const dir = patterns.map((a) => posix.dirname(a)).find((d) => isWithin(path, [d]) && path !== d);
      if (!dir) continue;
      const name = path.slice(dir.length + 1).split('/')[0]!;
      // Another command of the stage writes or names it: not a by-product to judge.
      if (texts.some((t) => t.includes(name))) continue;
      return { path, build };
    }
  }
  return null;
}

/** One distinct stage per list (a build and a test stage must not be the same stage). */
function distinctPicks(lists: Stage[][], taken = new Set<Stage>()): boolean {
  if (lists.length === 0) return true;
  const [first, ...rest] = lists;
  return first!.some((s) => !taken.has(s) && distinctPicks(rest, new Set([...taken, s])));
}

/** The stage's first install comes after its manifests and before the whole context; else why not. */
function manifestsFirst(model: StageModel, stage: Stage): string | null {
  const install = stage.dependencyInstalls[0]!;
  const run = install.command.instruction;
  const before = copiesInto(model, stage).filter((c) => c.copy.from === null && !c.copy.inline && (c.into !== stage || lineOf(c.copy.instruction) < lineOf(run)));
  const trees = sourceTrees(model, stage);
  const whole = before.find((c) => trees.includes(c.dest) && c.copy.sources.some((src) => ['.', './', './*', '*'].includes(src.trim())))?.copy;
  if (whole) return `${quote(model, whole.instruction)} on line ${lineOf(whole.instruction)} copies the whole source before ${quote(model, run)} on line ${lineOf(run)}: every source change reinstalls the dependencies`;
  const missing = missingInputs(model, stage).find((m) => m.install === install);
  if (missing) {
    // Copied, but elsewhere: name where they went rather than say they come too late.
    const elsewhere = before.find((c) => c.copy.sources.some((src) => posix.basename(src) === missing.file) && c.dest !== missing.folder);
    if (elsewhere)
      return `${quote(model, run)} on line ${lineOf(run)} runs in \`${missing.folder}\`, but ${quote(model, elsewhere.copy.instruction)} on line ${lineOf(elsewhere.copy.instruction)} put the manifests in \`${elsewhere.dest}\`: there is no \`${missing.file}\` where the install looks`;
    return `${quote(model, run)} on line ${lineOf(run)} runs before the manifests it reads are copied`;
  }
  return before.length > 0 || run.flags.some((f) => f.name === 'mount') ? null : `Nothing copies the manifests before ${quote(model, run)} on line ${lineOf(run)}`;
}

/** Each USER of the stages that names a user that does not exist there yet. */
function missingUsers(model: StageModel, stages: Stage[]): Verdict {
  const problems: string[] = [];
  const seen = new Set<Instruction>();
  for (const stage of stages) {
    for (const fact of userSettings(model, stage)) {
      const group = fact.setting.group;
      if (!seen.has(fact.setting.instruction) && missingGroup(model, stage, group)) {
        seen.add(fact.setting.instruction);
        problems.push(
          `\`USER ${fact.setting.user}:${group}\` on line ${lineOf(fact.setting.instruction)} names a group this image does not have${group === 'nobody' ? ' (on Debian and Ubuntu the group of `nobody` is `nogroup`)' : ''}: nothing in its chain creates \`${group}\`, so the container cannot start`,
        );
        continue;
      }
      if (fact.exists === 'yes' || seen.has(fact.setting.instruction)) continue;
      seen.add(fact.setting.instruction);
      const user = fact.setting.user;
      const at = `\`USER ${fact.setting.group ? `${user}:${fact.setting.group}` : user}\` on line ${lineOf(fact.setting.instruction)}`;
      const failed = fact.exists === 'no' ? failedCreation(model, stage, user) : null;
      problems.push(
        fact.exists === 'later'
          ? `${at} comes before \`${user}\` is created on line ${lineOf(fact.createdBy!)}`
          : failed
            ? `${at} names \`${user}\`, whom line ${lineOf(failed.instruction)} would create, but that RUN cannot run: ${failed.why}`
            : `${at} names a user this image does not have: nothing in its chain creates it, and its base image has no user of that name`,
      );
    }
  }
  // `COPY --chown=app:app` needs the user (and group) to exist when the COPY runs: BuildKit
  // looks the names up in the stage's /etc/passwd and /etc/group, and fails the build otherwise.
  for (const stage of stages) {
    for (const copy of stage.copies) {
      const chown = copy.instruction.flags.find((f) => f.name === 'chown')?.value?.replace(/^["']|["']$/g, '');
      if (!chown) continue;
      const [user = '', group = null] = chown.split(':');
      const at = `\`--chown=${chown}\` on line ${lineOf(copy.instruction)}`;
      if (missingChownUser(model, stage, user, copy.instruction)) problems.push(`${at} names \`${user}\`, who does not exist yet at that COPY: the build fails ("no such user")`);
      else if (missingGroup(model, stage, group)) problems.push(`${at} names the group \`${group}\`, which this image does not have: the build fails`);
    }
  }
  return problems.length ? problems.join('; ') : null;
}
