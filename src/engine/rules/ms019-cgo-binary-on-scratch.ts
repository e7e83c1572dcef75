import type { RuleReport } from '../rule';
import { canonicalImageName } from '../images';
import { chain, rootImage, rootIsScratch, variableAt } from '../query';
import type { BuildCommand, ImageRef, Stage, StageModel } from '../types';
import { defineRule, headSpan, stageName } from './util';

export default defineRule({
  id: 'MS019',
  name: 'cgo-binary-on-scratch',
  severity: 'warning',
  fixable: false,
  check({ model, final }) {
    if (!final) return [];
    const runtime = libcOf(model, final);
    if (runtime === 'glibc' || runtime === 'unknown') return [];
    const reports: RuleReport[] = [];
    const seen = new Set<number>();
    const memo = new Map<number, { build: BuildCommand; stage: Stage } | null>();
    for (const stage of chain(model, final)) {
      for (const copy of stage.copies) {
        const target = copy.from?.target;
        if (!target || target.kind !== 'stage' || target.stage >= stage.index) continue;
        // Certificates and time zones are data, not the binary.
        if (copy.sources.length > 0 && copy.sources.every((s) => /^\/(etc|usr\/share)\//.test(s))) continue;
        if (seen.has(target.stage)) continue;
        seen.add(target.stage);
        const source = model.stages[target.stage]!;
        const build = cgoBuild(model, source, memo);
        if (!build) continue;
        if (runtime === 'musl' && !glibcGolang(rootImage(model, build.stage))) continue;
        const base = runtime === 'none' ? 'has no libc at all' : 'is Alpine, with musl instead of glibc';
        reports.push({
          message: `${stageName(build.stage)} runs '${build.build.command.argv.slice(0, 2).join(' ')}' without CGO_ENABLED=0 and the shipped stage ${base}, so the binary may need a libc the final stage lacks (a pure-Go binary that uses neither net nor os/user is static even with cgo on): set CGO_ENABLED=0`,
          span: headSpan(copy.instruction),
        });
      }
    }
    return reports;
  },
});

type Libc = 'none' | 'musl' | 'glibc' | 'unknown';

function libcOf(model: StageModel, stage: Stage): Libc {
  if (rootIsScratch(model, stage)) return 'none';
  const image = rootImage(model, stage);
  if (!image || image.unresolved) return 'unknown';
  const name = canonicalImageName(image.name);
  if (/(^|\/)distroless\/static/.test(name)) return 'none';
  if (name === 'alpine' || name.endsWith('/alpine') || tagParts(image).includes('alpine')) return 'musl';
  return 'glibc';
}

function tagParts(image: ImageRef): string[] {
  return (image.tag ?? '').toLowerCase().split(/[-.]/);
}

function glibcGolang(image: ImageRef | null): boolean {
  return !!image && !image.unresolved && canonicalImageName(image.name) === 'golang' && !tagParts(image).includes('alpine');
}

/** The last `go build`/`go install` in the stage's chain that may link libc (memoised: chains can be long). */
function cgoBuild(model: StageModel, stage: Stage, memo: Map<number, { build: BuildCommand; stage: Stage } | null>): { build: BuildCommand; stage: Stage } | null {
  if (memo.has(stage.index)) return memo.get(stage.index)!;
  memo.set(stage.index, null);
  let found: { build: BuildCommand; stage: Stage } | null = null;
  for (const build of stage.builds) {
    // `go install tool@v1.2.3` fetches a build tool; it is not the binary that ships.
    if (build.tool !== 'go' || isToolInstall(build)) continue;
    if (!staticGo(model, stage, build)) found = { build, stage };
  }
  if (!found && stage.parent !== null && stage.parent < stage.index) found = cgoBuild(model, model.stages[stage.parent]!, memo);
  memo.set(stage.index, found);
  return found;
}

function staticGo(model: StageModel, stage: Stage, build: BuildCommand): boolean {
  const { command } = build;
  const argv = command.argv.join(' ');
  // Flags that force a static binary even with cgo on.
  if (/-extldflags[= ]+['"]?[^'"]*-static/.test(argv) || (/\bnetgo\b/.test(argv) && /\bosusergo\b/.test(argv))) return true;
  const inline = command.env.CGO_ENABLED;
  if (inline !== undefined) return inline === '0';
  // `export CGO_ENABLED=0` or `go env -w CGO_ENABLED=0` earlier in the same RUN.
  const before = stage.commands.slice(0, stage.commands.indexOf(command)).filter((c) => c.instruction === command.instruction);
  for (const c of before.reverse()) {
    const set = c.argv.find((w) => w.startsWith('CGO_ENABLED='));
    if (set && (c.program === 'export' || (c.program === 'go' && c.argv[1] === 'env'))) return set === 'CGO_ENABLED=0';
  }
  const value = variableAt(model, stage, command.instruction, 'CGO_ENABLED') ?? goEnvSetting(model, stage, command.instruction);
  return value === '0';
}

/** A `go env -w CGO_ENABLED=…` in an earlier RUN of the stage's chain (it persists in the Go env file). */
function goEnvSetting(model: StageModel, stage: Stage, until: BuildCommand['command']['instruction']): string | undefined {
  let value: string | undefined;
  for (const s of chain(model, stage).reverse()) {
    for (const c of s.commands) {
      if (s === stage && c.instruction === until) return value;
      if (c.program !== 'go' || c.argv[1] !== 'env' || !c.argv.includes('-w')) continue;
      const set = c.argv.find((w) => w.startsWith('CGO_ENABLED='));
      if (set) value = set.slice('CGO_ENABLED='.length);
    }
  }
  return value;
}

function isToolInstall(build: BuildCommand): boolean {
  const argv = build.command.argv;
  return argv[1] === 'install' && argv.slice(2).some((a) => !a.startsWith('-') && a.includes('@'));
}
