// Variables a stage sees: ENV and ARG through the chain, global ARGs in scope.
import type { Command, Instruction, Span, Stage, StageModel } from '../types';
import { assignments } from '../vars';
import { chain } from './stages';
import { once } from './memo';

/**
 * The value a RUN at `instruction` sees for variable `name`: ENV (which BuildKit lets win over
 * ARG) or ARG, set earlier in the stage or anywhere in its chain. Undefined when unset.
 * Inline `NAME=value` prefixes are the command's own (Command.env) and not looked at here.
 */
export function variableAt(model: StageModel, stage: Stage, instruction: Instruction | null, name: string): string | undefined {
  return variableSource(model, stage, instruction, name)?.value;
}

/**
 * The value of ENV `name` the container starts with: the stage's own last ENV of it, else the
 * nearest stage of its chain that sets it (ARGs do not reach the running container).
 */
export function envInForce(model: StageModel, stage: Stage, name: string): string | undefined {
  for (const s of chain(model, stage)) {
    const value = s.env.get(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The folders of the PATH the container starts with, without trailing slashes. */
export function pathInForce(model: StageModel, stage: Stage): string[] {
  return (envInForce(model, stage, 'PATH') ?? '').split(':').map((d) => d.replace(/\/+$/, ''));
}

/** As variableAt, with the ENV or ARG instruction the value comes from. */
export function variableSource(
  model: StageModel,
  stage: Stage,
  instruction: Instruction | null,
  name: string,
): { value: string; at: Instruction } | undefined {
  let env: { value: string; at: Instruction } | undefined;
  let arg: { value: string; at: Instruction } | undefined;
  for (const s of chain(model, stage).slice().reverse()) {
    for (const current of s.instructions) {
      if (s === stage && current === instruction) break;
      if (current.keyword !== 'ENV' && current.keyword !== 'ARG') continue;
      for (const [key, value] of assignments(
        current.keyword,
        current.args.map((w) => w.value),
      )) {
        if (key !== name) continue;
        if (current.keyword === 'ENV') env = { value: value ?? '', at: current };
        else {
          const resolved = value ?? s.args.get(name) ?? arg?.value;
          if (resolved !== undefined && resolved !== null)
            arg = { value: resolved, at: resolved === value ? current : (globalArgAt(model, name) ?? current) };
        }
      }
    }
  }
  return env ?? arg;
}

/** The global ARG instruction (before the first FROM) that declares `name`. */
function globalArgAt(model: StageModel, name: string): Instruction | undefined {
  return model.instructions.find((i) => i.stage === -1 && i.keyword === 'ARG' && declaredNames(i).includes(name));
}

/** The value a command sees: its inline prefix, an `export` earlier in its RUN, else ENV/ARG in force. */
export function commandVariable(model: StageModel, stage: Stage, command: Command, name: string): string | undefined {
  const inline = command.env[name];
  if (inline !== undefined) return inline;
  let exported: string | undefined;
  for (const c of stage.commands) {
    if (c === command) break;
    if (c.instruction !== command.instruction || c.program !== 'export') continue;
    for (const word of c.argv.slice(1)) if (word.startsWith(name + '=')) exported = word.slice(name.length + 1);
  }
  return exported ?? variableAt(model, stage, command.instruction, name);
}

/** Names an instruction declares with ARG or sets with ENV. */
export function declaredNames(instruction: Instruction): string[] {
  if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') return [];
  return assignments(
    instruction.keyword,
    instruction.args.map((w) => w.value),
  ).map(([name]) => name);
}

/** The ARGs BuildKit sets for every build, in the global scope only (rules.md MS018). */
export const PLATFORM_ARGS: ReadonlySet<string> = new Set([
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
]);

/**
 * Variables the base images or the shell set themselves (`NODE_VERSION` on node images, `HOME`,
 * `PATH`): a use of a global ARG of that name is not empty in the stage.
 */
export const ENVIRONMENT_NAMES: ReadonlySet<string> = new Set([
  'PATH',
  'HOME',
  'PWD',
  'USER',
  'HOSTNAME',
  'SHELL',
  'LANG',
  'LC_ALL',
  'TERM',
  'GOPATH',
  'GOROOT',
  'GOLANG_VERSION',
  'GOTOOLCHAIN',
  'NODE_VERSION',
  'YARN_VERSION',
  'PYTHON_VERSION',
  'PYTHON_SHA256',
  'PIP_VERSION',
  'GPG_KEY',
  'JAVA_HOME',
  'JAVA_VERSION',
  'RUST_VERSION',
  'RUSTUP_HOME',
  'CARGO_HOME',
  'DOTNET_VERSION',
  'ASPNET_VERSION',
  'ASPNETCORE_VERSION',
  'APP_UID',
  'NGINX_VERSION',
  'MAVEN_HOME',
  'GRADLE_HOME',
  'GRADLE_VERSION',
  'MAVEN_VERSION',
  'PHP_VERSION',
  'RUBY_VERSION',
  'GEM_HOME',
  'BUNDLE_PATH',
]);

/** Global ARGs (before the first FROM) a stage may read by mistake: not platform ARGs, not names base images set. */
export function globalOnlyCandidates(model: StageModel): Set<string> {
  return once(model, 'globalOnlyCandidates', () => {
    const names = new Set<string>();
    for (const name of model.globalArgs.keys()) {
      if (PLATFORM_ARGS.has(name) || ENVIRONMENT_NAMES.has(name)) continue;
      // Named as `$NAME` or `${NAME` by some instruction of a stage other than FROM: else nothing to look for.
      const plain = `$${name}`;
      const braced = `\${${name}`;
      if (!model.text.includes(plain) && !model.text.includes(braced)) continue;
      if (
        model.instructions.some(
          (i) => i.stage >= 0 && i.keyword !== 'FROM' && (i.text.includes(plain) || i.text.includes(braced) || i.heredocs.length > 0),
        )
      )
        names.add(name);
    }
    return names;
  });
}

export interface VariableUse {
  name: string;
  span: Span;
}

const NAME_START = /[A-Za-z_]/;

/**
 * Every `$NAME` / `${NAME…}` of one of `names` in the instruction's lines (heredoc bodies
 * included), with its exact span. Escaped dollars and comment lines between continuations use nothing.
 */
export function variableUses(model: StageModel, instruction: Instruction, names: ReadonlySet<string>): VariableUse[] {
  const result: VariableUse[] = [];
  const { start, end } = instruction.span;
  // Text in single quotes is never expanded, by BuildKit or by the shell (`R -e '$arch'`). The
  // quotes carry over a continued line; any other line starts afresh (a heredoc's "don't").
  let single = false;
  for (let line = start.line; line <= end.line; line++) {
    const text = model.lines[line - 1] ?? '';
    if (line > start.line && text.trimStart().startsWith('#')) continue;
    const from = line === start.line ? start.column - 1 : 0;
    const to = line === end.line ? Math.min(end.column - 1, text.length) : text.length;
    // Most lines hold no quote to change anything: the scan runs only where one may.
    const quoted: { at: ReadonlySet<number>; open: boolean } =
      single || text.includes("'") ? singleQuoted(text, from, to, model.escapeChar, single) : NOT_QUOTED;
    single = quoted.open && text.trimEnd().endsWith(model.escapeChar);
    if (!text.includes('$')) continue;
    for (let i = text.indexOf('$', from); i !== -1 && i < to; i = text.indexOf('$', i + 1)) {
      if (i > 0 && (text[i - 1] === '\\' || text[i - 1] === model.escapeChar)) continue;
      if (quoted.at.has(i)) continue;
      const braced = text[i + 1] === '{';
      let j = braced ? i + 2 : i + 1;
      if (!NAME_START.test(text[j] ?? '')) continue;
      const begin = j;
      while (j < to && /[A-Za-z0-9_]/.test(text[j]!)) j++;
      const name = text.slice(begin, j);
      if (!names.has(name)) continue;
      let stop = j;
      if (braced) {
        const close = text.indexOf('}', j);
        if (close === -1) continue;
        stop = close + 1;
      }
      result.push({ name, span: { start: { line, column: i + 1 }, end: { line, column: stop + 1 } } });
    }
  }
  return result;
}

const NOT_QUOTED = { at: new Set<number>(), open: false };

/** The `$` positions of a line inside single quotes (outside double quotes), and whether a quote is still open at its end. */
function singleQuoted(text: string, from: number, to: number, escape: string, open: boolean): { at: Set<number>; open: boolean } {
  const at = new Set<number>();
  let single = open;
  let double = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (single) {
      if (c === "'") single = false;
      else if (c === '$') at.add(i);
    } else if (c === escape || c === '\\') i++;
    else if (c === '"') double = !double;
    else if (c === "'" && !double) single = true;
  }
  return { at, open: single };
}

/** ARG and ENV names set by the end of each stage, through its chain (stages in file order, a loop). */
export function declaredThroughChain(model: StageModel): Set<string>[] {
  return once(model, 'declaredThroughChain', () => {
    const result: Set<string>[] = [];
    for (const stage of model.stages) {
      const parent = stage.parent !== null && stage.parent < stage.index ? result[stage.parent] : undefined;
      const declared = new Set<string>(parent);
      for (const instruction of stage.instructions) for (const name of declaredNames(instruction)) declared.add(name);
      result.push(declared);
    }
    return result;
  });
}

/**
 * A word of an instruction with the `$NAME` and `${NAME}` that have a known value there put in
 * (BuildKit substitutes ENV and ARG values in COPY's paths); other references stay as written.
 */
export function expandAt(model: StageModel, stage: Stage, instruction: Instruction, word: string): string {
  if (!word.includes('$')) return word;
  return word.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, braced: string | undefined, bare: string | undefined) => {
      const value = variableAt(model, stage, instruction, (braced ?? bare)!);
      return value !== undefined && !value.includes('$') ? value : whole;
    },
  );
}
