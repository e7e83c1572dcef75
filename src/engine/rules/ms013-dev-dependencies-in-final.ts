import { prunesDev } from '../classify';
import type { Command, Instruction, Stage, StageModel } from '../types';
import { unquote } from '../vars';
import { defineRule, headSpan, stageName } from './util';

export default defineRule({
  id: 'MS013',
  name: 'dev-dependencies-in-final',
  severity: 'error',
  fixable: false,
  check({ model, final }) {
    if (!final || !model.stages.some((s) => s.dependencyInstalls.some((d) => d.includesDev))) return [];
    return pendingDev(model, final, new Map()).map((p) => ({
      span: headSpan(p.instruction),
      message:
        p.kind === 'install'
          ? `'${p.what}'${where(p.stage, final)} installs devDependencies into the shipped stage: add --omit=dev (or --production/--prod, or NODE_ENV=production) or run 'npm prune --omit=dev' afterwards`
          : `'${p.what}'${where(p.stage, final)} copies node_modules that include devDependencies into the shipped stage: copy it from a stage that ran the install with --omit=dev`,
    }));
  },
});

interface Pending {
  kind: 'install' | 'copy';
  what: string;
  instruction: Instruction;
  stage: Stage;
  /** The directory that holds the node_modules, when known. */
  dir: string | null;
}

interface StageState {
  pending: Pending[];
  /** WORKDIR at the end of the stage; null when it depends on a variable. */
  workdir: string | null;
}

function where(stage: Stage, final: Stage): string {
  return stage === final ? '' : ` (in ${stageName(stage)}, which the shipped stage builds on)`;
}

/**
 * Dev-including installs and node_modules copies still in effect at the end of `stage`: what its
 * parent left, then its own steps in order; a prune or a production install clears what came before.
 */
function pendingDev(model: StageModel, stage: Stage, memo: Map<number, StageState>): Pending[] {
  return stateOf(model, stage, memo).pending;
}

function stateOf(model: StageModel, stage: Stage, memo: Map<number, StageState>): StageState {
  const known = memo.get(stage.index);
  if (known) return known;
  memo.set(stage.index, { pending: [], workdir: null }); // guards against cycles in broken files
  const parent = stage.parent !== null && stage.parent < stage.index ? stateOf(model, model.stages[stage.parent]!, memo) : null;
  let pending = parent ? [...parent.pending] : [];
  let workdir = parent ? parent.workdir : '/';
  const commands = new Map<Instruction, Command[]>();
  for (const command of stage.commands) {
    const list = commands.get(command.instruction);
    if (list) list.push(command);
    else commands.set(command.instruction, [command]);
  }
  const installs = new Map(stage.dependencyInstalls.map((d) => [d.command, d]));
  const copies = new Map(stage.copies.map((c) => [c.instruction, c]));
  for (const instruction of stage.instructions) {
    if (instruction.keyword === 'WORKDIR') workdir = join(workdir, unquote(instruction.args.map((a) => a.value).join(' ')));
    for (const command of commands.get(instruction) ?? []) {
      const install = installs.get(command);
      const js = install && (install.tool === 'npm' || install.tool === 'yarn' || install.tool === 'pnpm');
      if (prunesDev(command.program, command.argv) || (js && !install.includesDev)) pending = [];
      else if (js && install.includesDev) pending.push({ kind: 'install', what: command.argv.join(' '), instruction, stage, dir: workdir });
    }
    const copy = copies.get(instruction);
    const target = copy?.from?.target;
    if (!copy || !target || target.kind !== 'stage' || target.stage >= stage.index) continue;
    const source = pendingDev(model, model.stages[target.stage]!, memo);
    if (source.length > 0 && copy.sources.some((src) => carriesNodeModules(src, source))) {
      const dest = join(workdir, copy.dest);
      const dir = dest !== null && /(^|\/)node_modules\/?$/.test(dest) ? dest.replace(/\/?node_modules\/?$/, '') || '/' : null;
      pending.push({ kind: 'copy', what: `COPY --from=${copy.from!.raw} ${copy.sources.join(' ')}`, instruction, stage, dir });
    }
  }
  const state = { pending, workdir };
  memo.set(stage.index, state);
  return state;
}

/** A COPY --from source that names node_modules, or a directory above one the source stage filled. */
function carriesNodeModules(src: string, pending: Pending[]): boolean {
  // node_modules itself (or all of it); a path inside it, like a generated .prisma client, is not the packages.
  if (/(^|\/)node_modules(\/(\*|\.)?)?$/.test(src)) return true;
  // --from sources start at the stage root, whatever its WORKDIR; '' is the root itself.
  const path = `/${src}`.replace(/\/+/g, '/').replace(/\/\.(?=\/|$)/g, '').replace(/\/\*?$/, '');
  return pending.some((p) => p.dir !== null && (path === '' || p.dir === path || p.dir.startsWith(`${path}/`)));
}

function join(base: string | null, dir: string): string | null {
  if (dir.includes('$')) return null;
  if (dir.startsWith('/')) return dir.replace(/\/+$/, '') || '/';
  if (base === null) return null;
  return `${base.replace(/\/+$/, '')}/${dir.replace(/^\.\/?/, '')}`.replace(/\/+$/, '') || '/';
}
