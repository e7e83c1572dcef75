// Builds the stage model from Dockerfile text: stages, their chains and references, and what
// each installs, builds, tests and copies.
import { posix } from 'node:path';
import { parseDockerfile } from './parse';
import { splitCommands, basename, isShellProgram, shellFlags, shellScript, type ShellOptions, type SimpleCommand } from './shell';
import { buildTool, dependencyInstall, isTestCommand, packageInstall, packageRemoval, prunesDev } from './classify';
import { parseImage, looksLikeImage } from './image';
import { lookupStageIndex, stageNameIndex } from './facts/stages';
import { assignments, expand, hasVariable, isAbsolutePath, mountOptions, unquote } from './vars';
import type { Command, CopyStep, Instruction, RefTarget, Reference, Stage, StageModel, Word } from './types';

export function buildModel(text: string): StageModel {
  const parsed = parseDockerfile(text);
  const globalArgs = new Map<string, string | null>();
  const stages = splitStages(parsed.instructions, globalArgs);

  const names = stageNameIndex(stages);
  const references: Reference[] = [];
  const resolve = (via: Reference['via'], raw: string, span: Reference['span'], stage: number, instruction: Instruction): Reference => {
    const ref: Reference = { via, raw, span, stage, instruction, target: target(via, raw, names, globalArgs, stages, stage) };
    references.push(ref);
    return ref;
  };
  for (const stage of stages) {
    const imageWord = stage.from.args[0];
    stage.baseRef = resolve('from', imageWord?.value ?? '', imageWord?.span ?? stage.from.span, stage.index, stage.from);
    stage.base = stage.baseRef.target;
    if (stage.base.kind === 'stage') stage.parent = stage.base.stage;
    fillStage(stage, stages, globalArgs, resolve);
    handedDownBy(stage, stages);
  }

  return { text, lines: parsed.lines, escapeChar: parsed.escapeChar, instructions: parsed.instructions, globalArgs, stages, references };
}

/** Stages in order, each with its instructions; ARGs before the first FROM go to `globalArgs`. */
function splitStages(instructions: Instruction[], globalArgs: Map<string, string | null>): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      stages.push(newStage(stages.length, instruction));
    } else if (stages.length > 0) {
      stages[stages.length - 1]!.instructions.push(instruction);
    } else if (instruction.keyword === 'ARG') {
      for (const [name, value] of assignments('ARG', words(instruction.args))) {
        globalArgs.set(name, value === null ? null : expand(value, globalArgs).value);
      }
    }
    instruction.stage = stages.length - 1;
  }
  return stages;
}

function words(list: Word[]): string[] {
  return list.map((w) => w.value);
}

function newStage(index: number, from: Instruction): Stage {
  const hasAs = from.args[1]?.value.toLowerCase() === 'as';
  const nameWord = hasAs ? from.args[2] : undefined;
  const platform = from.flags.find((f) => f.name === 'platform');
  return {
    index,
    name: nameWord?.value ?? null,
    from,
    nameSpan: nameWord?.span ?? null,
    asSpan: hasAs ? from.args[1]!.span : null,
    base: { kind: 'scratch' },
    baseRef: undefined as unknown as Reference,
    platform: platform?.value ?? null,
    parent: null,
    instructions: [],
    args: new Map(),
    env: new Map(),
    user: null,
    workdir: null,
    workdirAt: new Map(),
    commands: [],
    packages: [],
    removals: [],
    dependencyInstalls: [],
    prunesDev: false,
    builds: [],
    tests: [],
    ignoredTests: [],
    copies: [],
    references: [],
    entrypoint: null,
    cmd: null,
  };
}

function target(
  via: Reference['via'],
  raw: string,
  names: ReadonlyMap<string, number>,
  globalArgs: ReadonlyMap<string, string | null>,
  stages: readonly Stage[],
  from: number,
): RefTarget {
  if (via === 'from') {
    const value = expand(raw, globalArgs).value;
    if (value === '') return { kind: 'invalid', reason: 'empty' };
    if (value.toLowerCase() === 'scratch') return { kind: 'scratch' };
    // BuildKit lowercases stage names but not the FROM operand: `FROM Builder` is an image.
    let stage = looksLikeImage(value) ? undefined : lookupStageIndex(names, value, 'from');
    // BuildKit resolves a FROM among the stages above it, before it registers the new stage's
    // name: the last earlier stage of that name wins, and `FROM gcc AS gcc` names the image gcc.
    if (stage !== undefined && stage >= from) {
      let earlier: number | undefined;
      for (let i = from - 1; i >= 0 && earlier === undefined; i--) if (stages[i]!.name?.toLowerCase() === value) earlier = i;
      stage = earlier ?? (stage === from ? undefined : stage);
    }
    return stage !== undefined ? { kind: 'stage', stage } : { kind: 'image', image: parseImage(raw, globalArgs) };
  }
  if (raw === '') return { kind: 'invalid', reason: 'empty' };
  if (hasVariable(raw)) return { kind: 'invalid', reason: 'variable' };
  if (/^\d+$/.test(raw)) return { kind: 'index', index: Number(raw) };
  const stage = looksLikeImage(raw) ? undefined : lookupStageIndex(names, raw, via);
  return stage !== undefined ? { kind: 'stage', stage } : { kind: 'image', image: parseImage(raw, new Map()) };
}

type Resolver = (via: Reference['via'], raw: string, span: Reference['span'], stage: number, instruction: Instruction) => Reference;

/** What a stage's instructions read and change as they are filled in, in order. */
interface Filling {
  stage: Stage;
  globalArgs: ReadonlyMap<string, string | null>;
  resolve: Resolver;
  /** What a RUN sees: the parent's ENV, this stage's ENV and ARGs so far. */
  runEnv: Map<string, string | null>;
  workdir: string;
  /** What SHELL set so far (`-e`, `-o pipefail`): whether a RUN's failing command fails it. */
  shell: ShellOptions;
}

// One small function per instruction kind: each is compiled on its own when it gets hot, which
// a short lint process waits for less than for one large function.
function fillStage(stage: Stage, stages: Stage[], globalArgs: ReadonlyMap<string, string | null>, resolve: Resolver): void {
  const parent = stage.parent !== null && stage.parent < stage.index ? stages[stage.parent]! : null;
  const filling: Filling = {
    stage,
    globalArgs,
    resolve,
    runEnv: new Map<string, string | null>(parent ? inheritedEnv(parent, stages) : []),
    workdir: parent ? effectiveWorkdir(parent, stages) : '/',
    shell: parent ? handedDownBy(parent, stages).shell : {},
  };
  for (const instruction of stage.instructions) {
    switch (instruction.keyword) {
      case 'ARG':
      case 'ENV':
        setVariables(filling, instruction);
        break;
      case 'USER':
        stage.user = userOf(instruction);
        break;
      case 'WORKDIR':
        setWorkdir(filling, instruction);
        break;
      case 'RUN':
        stage.workdirAt.set(instruction, filling.workdir);
        addRun(filling, instruction);
        break;
      case 'SHELL':
        filling.shell = shellFlags(instruction.json ?? []);
        break;
      case 'COPY':
      case 'ADD':
        stage.workdirAt.set(instruction, filling.workdir);
        stage.copies.push(copyStep(instruction, stage, resolve));
        break;
      case 'ENTRYPOINT':
        stage.entrypoint = argvOf(instruction);
        break;
      case 'CMD':
        stage.cmd = argvOf(instruction);
        break;
    }
  }
}

function setVariables({ stage, globalArgs, runEnv }: Filling, instruction: Instruction): void {
  const keyword = instruction.keyword as 'ARG' | 'ENV';
  for (const [name, value] of assignments(keyword, words(instruction.args))) {
    const resolved = keyword === 'ARG' && value === null ? (globalArgs.get(name) ?? null) : expand(value ?? '', runEnv).value;
    (keyword === 'ARG' ? stage.args : stage.env).set(name, resolved);
    runEnv.set(name, resolved);
  }
}

function userOf(instruction: Instruction): Stage['user'] {
  const value = unquote(instruction.args[0]?.value ?? '');
  const [user, group] = value.split(':');
  return { user: user ?? '', group: group ?? null, instruction };
}

function setWorkdir(filling: Filling, instruction: Instruction): void {
  const dir = expand(unquote(instruction.args.map((a) => a.value).join(' ')), filling.runEnv).value;
  const joined = isAbsolutePath(dir) ? dir : `${filling.workdir.replace(/[\\/]$/, '')}/${dir}`;
  // `WORKDIR ./src` is /src, not /./src: a Linux path is normalised (a Windows one kept as written).
  filling.workdir = joined.startsWith('/') ? posix.normalize(joined).replace(/(.)\/$/, '$1') : joined;
  filling.stage.workdir = filling.workdir;
  filling.stage.workdirAt.set(instruction, filling.workdir);
}

function addRun({ stage, resolve, runEnv, shell }: Filling, instruction: Instruction): void {
  for (const flag of instruction.flags) {
    if (flag.name !== 'mount' || !flag.value) continue;
    const from = mountOptions(flag.value).get('from');
    if (from !== undefined) stage.references.push(resolve('mount', from, flag.valueSpan ?? flag.span, stage.index, instruction));
  }
  for (const command of runCommands(instruction, shell)) addCommand(stage, instruction, command, runEnv);
}

// What each filled stage hands down to stages built FROM it. Stages are filled in file order and
// a parent is always earlier, so the parent's is ready: one step per stage, however long the
// chain (walking the chain from each stage was quadratic, and recursion overflowed at 5,000).
const handedDown = new WeakMap<Stage, { env: Map<string, string>; workdir: string; shell: ShellOptions }>();

function inheritedEnv(stage: Stage, stages: Stage[]): Map<string, string> {
  return handedDownBy(stage, stages).env;
}

function effectiveWorkdir(stage: Stage, stages: Stage[]): string {
  return handedDownBy(stage, stages).workdir;
}

function handedDownBy(stage: Stage, stages: Stage[]): { env: Map<string, string>; workdir: string; shell: ShellOptions } {
  const known = handedDown.get(stage);
  if (known) return known;
  const parent = stage.parent !== null && stage.parent < stage.index ? handedDown.get(stages[stage.parent]!) : undefined;
  const env = new Map<string, string>(parent?.env ?? []);
  // BuildKit hands a stage's ARGs down to the stages built FROM it; ENV wins over ARG.
  for (const [k, v] of stage.args) if (v !== null) env.set(k, v);
  for (const [k, v] of stage.env) env.set(k, v);
  const shellAt = stage.instructions.findLast((i) => i.keyword === 'SHELL');
  const shell = shellAt ? shellFlags(shellAt.json ?? []) : (parent?.shell ?? {});
  const result = { env, workdir: stage.workdir ?? parent?.workdir ?? '/', shell };
  handedDown.set(stage, result);
  return result;
}

function runCommands(instruction: Instruction, shell: ShellOptions): SimpleCommand[] {
  if (instruction.json) {
    // Exec form `["sh", "-c", "npm ci && …"]`: the script's commands are what runs, under that shell's own flags.
    const script = shellScript(instruction.json);
    if (script !== null) return splitCommands(script, 0, shellFlags(instruction.json));
    return instruction.json.length > 0 ? [{ argv: instruction.json, env: {} }] : [];
  }
  const head = instruction.text.includes('<<') ? instruction.text.replace(/<<-?\s*["']?[A-Za-z0-9_]+["']?/g, ' ') : instruction.text;
  const commands = splitCommands(head, 0, shell);
  if (instruction.heredocs.length > 0) {
    const runner = commands[0]?.argv;
    // `RUN <<EOF` runs the body with SHELL; `RUN bash <<EOF` with that shell and its own flags.
    if (runner === undefined || isShellProgram(runner[0]!)) {
      const options = runner === undefined ? shell : shellFlags(runner);
      for (const heredoc of instruction.heredocs) commands.push(...splitCommands(heredoc.body, 0, options));
    }
  }
  return commands;
}

function addCommand(stage: Stage, instruction: Instruction, simple: SimpleCommand, runEnv: Map<string, string | null>): void {
  const program = basename(simple.argv[0]!);
  const command: Command = { argv: simple.argv, program, env: simple.env, instruction };
  if (simple.masked) command.failureIgnored = simple.maskedBy ?? 'its failure is ignored';
  stage.commands.push(command);
  const argv = simple.argv;

  const install = packageInstall(program, argv);
  if (install) {
    stage.packages.push({ ...install, command, group: program === 'apk' ? virtualGroup(argv) : null });
  }
  const removed = packageRemoval(program, argv);
  // The official images' idiom: `apt-mark auto '.*'` then `apt-get purge --auto-remove` drops
  // everything this RUN installed (runtime libraries marked manual again are not build tools).
  const autoRemove = autoRemovesMarked(stage, instruction, program, argv);
  if (removed.length > 0 || autoRemove) stage.removals.push({ packages: removed.map((p) => p.toLowerCase()), autoRemove, command });

  const production = (simple.env.NODE_ENV ?? runEnv.get('NODE_ENV')) === 'production';
  const jsArgv = program === 'npm' ? [...argv, ...npmConfigFlags(simple.env, runEnv)] : argv;
  const deps = dependencyInstall(program, jsArgv, production);
  if (deps) stage.dependencyInstalls.push({ ...deps, command });
  if (prunesDev(program, jsArgv, production)) stage.prunesDev = true;

  const tool = buildTool(program, argv);
  if (tool) stage.builds.push({ tool, command });
  // A test whose failure is ignored (`pytest || true`) gates nothing: no test stage.
  if (isTestCommand(program, argv)) (command.failureIgnored ? stage.ignoredTests : stage.tests).push(command);
}

/**
 * npm reads its settings from `npm_config_*` variables too, in any letter case:
 * `ENV npm_config_omit=dev` is `--omit=dev`, `npm_config_include=dev` is `--include=dev`.
 */
function npmConfigFlags(env: Record<string, string>, runEnv: Map<string, string | null>): string[] {
  const flags: string[] = [];
  const read = (name: string, value: string | null | undefined) => {
    if (value == null || name.length < 12 || name.slice(0, 11).toLowerCase() !== 'npm_config_') return;
    const key = name.slice(11).toLowerCase();
    const words = value.toLowerCase().split(/[\s,]+/);
    if (key === 'omit' && words.includes('dev')) flags.push('--omit=dev');
    else if (key === 'include' && words.includes('dev')) flags.push('--include=dev');
    else if (key === 'production' && value === 'true') flags.push('--omit=dev');
  };
  for (const [name, value] of runEnv) read(name, value);
  for (const name in env) read(name, env[name]);
  return flags;
}

function copyStep(instruction: Instruction, stage: Stage, resolve: Resolver): CopyStep {
  const fromFlag = instruction.flags.find((f) => f.name === 'from');
  const from = fromFlag
    ? resolve('copy', unquote(fromFlag.value ?? ''), fromFlag.valueSpan ?? fromFlag.span, stage.index, instruction)
    : null;
  if (from) stage.references.push(from);
  const inline = instruction.heredocs.length > 0;
  const paths = instruction.json ?? instruction.args.map((a) => unquote(a.value)).filter((a) => !a.startsWith('<<'));
  return {
    instruction,
    keyword: instruction.keyword as 'COPY' | 'ADD',
    from,
    sources: paths.slice(0, -1),
    dest: paths[paths.length - 1] ?? '',
    inline,
  };
}

function argvOf(instruction: Instruction): string[] {
  const json = instruction.json;
  // `["sh", "-c", "exec java $JAVA_OPTS -jar app.jar"]` runs the script as shell form would.
  const script = json ? shellScript(json) : null;
  if (script !== null) return scriptWords(script);
  if (json) return json;
  return scriptWords(instruction.text);
}

/** A shell script's simple commands, each with its `VAR=value` prefixes, as one list of words. */
function scriptWords(script: string): string[] {
  return splitCommands(script).flatMap((c) => [...Object.entries(c.env).map(([k, v]) => `${k}=${v}`), ...c.argv]);
}

/** apk's `--virtual NAME`, `--virtual=NAME` or `-t NAME`: a name to delete the packages by. */
function virtualGroup(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word.startsWith('--virtual=')) return word.slice('--virtual='.length) || null;
    if ((word === '--virtual' || word === '-t') && argv[i + 1]) return argv[i + 1]!;
  }
  return null;
}

/** `apt-get purge --auto-remove` / `autoremove` after an `apt-mark auto` in the same RUN. */
function autoRemovesMarked(stage: Stage, instruction: Instruction, program: string, argv: readonly string[]): boolean {
  if (program !== 'apt-get' && program !== 'apt') return false;
  const removes = argv.includes('autoremove') || (argv.some((w) => w === 'purge' || w === 'remove') && argv.includes('--auto-remove'));
  if (!removes) return false;
  // `apt-mark auto '.*'`, or the list fed through xargs (`apt-mark showmanual | xargs apt-mark auto`).
  const marksAuto = (c: Command) => {
    if (c.program === 'apt-mark') return c.argv[1] === 'auto';
    const at = c.program === 'xargs' ? c.argv.indexOf('apt-mark') : -1;
    return at > 0 && c.argv[at + 1] === 'auto';
  };
  return stage.commands.some((c) => c.instruction === instruction && marksAuto(c));
}
