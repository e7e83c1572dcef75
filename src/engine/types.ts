// The stage model: what the rules, the exercise goals and the graph read.
// Positions are 1-based; `end` is exclusive (as in ESLint and SARIF).

export interface Pos {
  line: number;
  column: number;
}

export interface Span {
  start: Pos;
  end: Pos;
}

export interface Word {
  value: string;
  span: Span;
}

export interface Flag {
  name: string;
  value: string | null;
  span: Span;
  valueSpan: Span | null;
}

export interface Heredoc {
  name: string;
  body: string;
}

export interface Instruction {
  /** Upper-case keyword as Docker reads it (`from` → `FROM`). */
  keyword: string;
  span: Span;
  keywordSpan: Span;
  /** Arguments after the flags, without heredoc body lines. */
  args: Word[];
  flags: Flag[];
  /** Argument text after the flags, continuations joined (for heredocs: the opening line). */
  text: string;
  heredocs: Heredoc[];
  /** Index of the stage it belongs to; -1 before the first FROM. */
  stage: number;
  /** JSON (exec) form, for RUN/CMD/ENTRYPOINT/COPY. */
  json: string[] | null;
}

export interface ImageRef {
  /** As written, e.g. `golang:${GO_VERSION}`. */
  raw: string;
  /** With ARG defaults substituted. */
  resolved: string;
  /** Repository with registry, lower case, no tag: `golang`, `gcr.io/distroless/static-debian12`. */
  name: string;
  tag: string | null;
  digest: string | null;
  /** A variable remained unresolved (no default). */
  unresolved: boolean;
}

export type RefTarget =
  | { kind: 'stage'; stage: number }
  | { kind: 'index'; index: number }
  | { kind: 'image'; image: ImageRef }
  | { kind: 'scratch' }
  | { kind: 'invalid'; reason: 'empty' | 'variable' };

export interface Reference {
  via: 'copy' | 'mount' | 'from';
  /** The name as written. */
  raw: string;
  span: Span;
  target: RefTarget;
  /** Stage that holds the reference. */
  stage: number;
  instruction: Instruction;
}

/** One simple command of a RUN script, split into words as the shell would. */
export interface Command {
  /** Program and its arguments, after `VAR=value` prefixes and wrappers like `sudo`. */
  argv: string[];
  /** The program's basename (`/usr/local/go/bin/go` → `go`). */
  program: string;
  /** `VAR=value` prefixes. */
  env: Record<string, string>;
  instruction: Instruction;
  /** Set where the shell forgets this command's failure (`|| true`, a pipe, a later command): how to fix that. */
  failureIgnored?: string;
}

export type PackageManager = 'apt-get' | 'apt' | 'apk' | 'yum' | 'dnf' | 'microdnf' | 'zypper';

export interface PackageInstall {
  manager: PackageManager;
  packages: string[];
  /** apk's `--virtual NAME`: a name to delete these packages by. */
  group: string | null;
  command: Command;
}

export interface PackageRemoval {
  /** Names removed (lower case); apk `--virtual` group names are expanded by the facts layer. */
  packages: string[];
  /** Everything installed earlier in the same RUN goes (`apt-mark auto` then `purge --auto-remove`). */
  autoRemove: boolean;
  command: Command;
}

export interface DependencyInstall {
  /** `npm`, `yarn`, `pnpm`, `pip`, `go`, `poetry`, `bundle`, `cargo`, `mvn`, `dotnet`, `composer`. */
  tool: string;
  /** For npm/yarn/pnpm: true when dev dependencies are installed too. */
  includesDev: boolean;
  command: Command;
}

export interface BuildCommand {
  /** Normalised tool: `go`, `cargo`, `gcc`, `make`, `npm`, `tsc`, `dotnet`, … */
  tool: string;
  command: Command;
}

export interface CopyStep {
  instruction: Instruction;
  keyword: 'COPY' | 'ADD';
  /** Reference for `--from`, else null (copy from the build context). */
  from: Reference | null;
  sources: string[];
  dest: string;
  /** Heredoc copies (`COPY <<EOF /x`). */
  inline: boolean;
}

export interface UserSetting {
  user: string;
  group: string | null;
  instruction: Instruction;
}

export interface Stage {
  index: number;
  /** As written after AS, or null. */
  name: string | null;
  from: Instruction;
  nameSpan: Span | null;
  /** Span of the `AS` keyword. */
  asSpan: Span | null;
  /** The image or stage this stage starts from. */
  base: RefTarget;
  baseRef: Reference;
  platform: string | null;
  /** Earlier stage this one is written `FROM`, or null. */
  parent: number | null;
  instructions: Instruction[];
  /** ARGs declared in the stage, with defaults. */
  args: Map<string, string | null>;
  /** ENV set in the stage itself. */
  env: Map<string, string>;
  /** The last USER of the stage itself. */
  user: UserSetting | null;
  /** WORKDIR set in the stage itself (last), resolved to absolute. */
  workdir: string | null;
  /** The WORKDIR in force at each RUN, COPY and ADD of the stage (inherited through the chain). */
  workdirAt: Map<Instruction, string>;
  commands: Command[];
  packages: PackageInstall[];
  /** Package removals as written (`apk del`, `apt-get purge`, `apt-get purge --auto-remove` after `apt-mark auto`); facts/packages.ts decides what they undo. */
  removals: PackageRemoval[];
  dependencyInstalls: DependencyInstall[];
  /** `npm prune --omit=dev` or `--production` ran. */
  prunesDev: boolean;
  builds: BuildCommand[];
  /** Test runs (`go test`, `npm test`, `pytest`, …) whose failure fails the build. */
  tests: Command[];
  /** Test runs whose failure is ignored (`pytest || true`): they gate nothing. */
  ignoredTests: Command[];
  copies: CopyStep[];
  /** The stage's own last ENTRYPOINT and CMD, as argv (shell form split into words). */
  entrypoint: string[] | null;
  cmd: string[] | null;
  references: Reference[];
}

export interface StageModel {
  text: string;
  lines: string[];
  escapeChar: string;
  instructions: Instruction[];
  /** ARGs before the first FROM, with defaults. */
  globalArgs: Map<string, string | null>;
  stages: Stage[];
  references: Reference[];
  /** Facts answered so far, by the facts layer (src/engine/facts/memo.ts); absent until one is asked. */
  facts?: Map<string, unknown>;
}

export type Severity = 'error' | 'warning' | 'info';

export interface TextEdit {
  span: Span;
  text: string;
}

export interface Finding {
  rule: string;
  name: string;
  severity: Severity;
  message: string;
  span: Span;
  fix?: TextEdit[];
}
