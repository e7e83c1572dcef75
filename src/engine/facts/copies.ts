// Copies: COPY --from steps of a stage through its chain, where their files land, and what they
// carry (a whole filesystem, a build's working tree with its sources, a JDK, or named artifacts).
import { posix } from 'node:path';
import { chain } from '../query';
import type { CopyStep, Stage, StageModel } from '../types';
import { jlinkOutputs } from './builds';
import { familiesOf, imageInFamily } from './families';
import { commandDir, isWithin, sourcePath, workdirAt } from './paths';

export interface StageCopy {
  copy: CopyStep;
  /** The stage copied from (named references only: an index reference is what MS003 forbids). */
  source: Stage;
  /** The stage that holds the COPY (the stage itself or one in its chain). */
  into: Stage;
}

/** COPY --from=<stage> steps of a stage and the stages it is written FROM. */
export function stageCopies(model: StageModel, stage: Stage): StageCopy[] {
  const result: StageCopy[] = [];
  for (const into of chain(model, stage)) {
    for (const copy of into.copies) {
      const target = copy.from?.target;
      if (target?.kind === 'stage') result.push({ copy, source: model.stages[target.stage]!, into });
    }
  }
  return result;
}

const WHOLE_FILESYSTEM = new Set(['/', '/.', '/*', '.', './', './*', '*']);

export function copiesWholeFilesystem(copy: CopyStep): boolean {
  return copy.sources.some((s) => WHOLE_FILESYSTEM.has(s.trim()));
}

/** Where a copy's files may land: the destination itself, and destination/basename of each source. */
export function landingPaths(model: StageModel, step: { copy: CopyStep; into: Stage }): string[] {
  const { copy, into } = step;
  const workdir = workdirAt(model, into, copy.instruction);
  const dest = posix.normalize(posix.isAbsolute(copy.dest) ? copy.dest : posix.join(workdir, copy.dest));
  const base = dest.replace(/\/$/, '') || '/';
  const paths = [base];
  for (const source of copy.sources) {
    const name = posix.basename(source.replace(/\/$/, ''));
    if (name && !name.includes('*')) paths.push(posix.join(base, name));
  }
  return paths;
}

/**
 * The working folders of the source stage's builds (and dependency installs) that a copy takes
 * whole: copying `/app` from a stage that ran `npm run build` in `/app` ships its sources,
 * node_modules and all, not the build output.
 */
export function carriedWorkdirs(model: StageModel, step: StageCopy): string[] {
  const stages = chain(model, step.source);
  const dirs = new Set<string>();
  for (const s of stages) {
    for (const b of s.builds) dirs.add(commandDir(model, s, b.command));
    for (const d of s.dependencyInstalls) if (['npm', 'yarn', 'pnpm'].includes(d.tool)) dirs.add(commandDir(model, s, d.command));
  }
  dirs.delete('/');
  const sources = step.copy.sources.map(sourcePath);
  return [...dirs].filter((dir) => sources.some((src) => src !== '/' && isWithin(dir, [src])));
}

const JAVA_HOMES = ['/opt/java', '/usr/lib/jvm', '/usr/local/openjdk', '/opt/openjdk', '/usr/java'];

/** A COPY --from a JDK (an image, or a stage on one) of a Java home: the compiler comes along. */
export function copiesJdk(model: StageModel, copy: CopyStep): boolean {
  const target = copy.from?.target;
  if (!target) return false;
  let onJdk = false;
  let jlinked: string[] = [];
  if (target.kind === 'image') onJdk = imageInFamily(target.image, 'jdk');
  if (target.kind === 'stage') {
    const source = model.stages[target.stage]!;
    onJdk = familiesOf(chain(model, source).at(-1)!.base).includes('jdk');
    jlinked = jlinkOutputs(model, source);
  }
  if (!onJdk) return false;
  return copy.sources.map(sourcePath).some((src) => !isWithin(src, jlinked) && (isWithin(src, JAVA_HOMES) || JAVA_HOMES.some((home) => isWithin(home, [src])) || /\$\{?JAVA_HOME/.test(src)));
}
