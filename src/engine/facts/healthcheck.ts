// HEALTHCHECK: which program the check runs, and whether the final image has it. A check that
// cannot run marks every container unhealthy, and orchestrators restart or stop sending traffic.
import type { Instruction, Stage, StageModel } from '../types';
import { splitCommands, basename } from '../shell';
import { chain, rootImage, rootIsScratch } from './stages';
import { baseClass, knownDistribution, namesAnImage } from './images';
import { runsScript } from './apt';
import { installedPackages } from './packages';
import { copiesInto } from './copies';

// Official Debian or Ubuntu images with neither curl nor wget (and the slim tags of the others).
const BARE_DEBIAN = new Set(['debian', 'ubuntu']);
const TOOLS = new Set(['curl', 'wget']);
const ALPINE_WITHOUT_CURL = new Set(['alpine', 'node', 'python', 'golang']);
// A COPY of a whole tree into one of these may bring any program (`COPY --from=deps /install/usr /usr`).
const PROGRAM_TREES = new Set(['/', '/usr', '/usr/local', '/usr/bin', '/usr/local/bin', '/bin']);

/** The HEALTHCHECK in force for the stage (its own or its chain's), unless it is NONE. */
function healthcheckOf(model: StageModel, stage: Stage): Instruction | null {
  for (const s of chain(model, stage)) {
    const last = s.instructions.findLast((i) => i.keyword === 'HEALTHCHECK');
    if (last) return last.args.some((a) => a.value.toUpperCase() === 'NONE') ? null : last;
  }
  return null;
}

/** The programs a HEALTHCHECK runs: the exec form's first word, or the shell form's commands. */
function checkPrograms(instruction: Instruction): { programs: string[]; shellForm: boolean } {
  if (instruction.json) return { programs: instruction.json.length ? [basename(instruction.json[0]!)] : [], shellForm: false };
  const words = instruction.args.map((a) => a.value);
  const cmd = words.findIndex((w) => w.toUpperCase() === 'CMD');
  if (cmd === -1) return { programs: [], shellForm: false };
  const script = instruction.text.slice(instruction.text.toUpperCase().indexOf('CMD') + 3).trim();
  if (script.startsWith('[')) {
    try {
      const argv = JSON.parse(script) as unknown;
      if (Array.isArray(argv) && typeof argv[0] === 'string') return { programs: [basename(argv[0])], shellForm: false };
    } catch {
      // not JSON: the shell form after all
    }
  }
  return { programs: splitCommands(script).map((c) => basename(c.argv[0]!)), shellForm: true };
}

/** What the final image has of curl and wget, where the base image is one we know; null otherwise. */
function toolsOfBase(model: StageModel, stage: Stage): { has: Set<string>; shell: boolean; image: string } | null {
  if (rootIsScratch(model, stage)) return { has: new Set(), shell: false, image: 'scratch' };
  const base = baseClass(model, stage);
  const image = rootImage(model, stage);
  if (base?.distroless && image && namesAnImage(image))
    return base.noShell ? { has: new Set(), shell: false, image: image.resolved } : null;
  const known = knownDistribution(model, stage);
  if (!known) return null;
  // Alpine itself, and the Alpine tags of the language images that add no curl (nginx's and php's do add it).
  if (known.family === 'alpine')
    return ALPINE_WITHOUT_CURL.has(known.name) ? { has: new Set(['wget']), shell: true, image: known.resolved } : null;
  // debian and ubuntu themselves and the slim tags have neither; the full tags are built on buildpack-deps, which has both.
  const bare = BARE_DEBIAN.has(known.name) || known.parts.some((p) => p.startsWith('slim'));
  return { has: new Set(bare ? [] : ['curl', 'wget']), shell: true, image: known.resolved };
}

/**
 * A HEALTHCHECK that runs curl or wget where the final image has neither that program (not in the
 * base, not installed through the chain, not copied in), or a shell-form check on an image with
 * no shell. Null when it can run, or the base image is one we do not know.
 */
export function healthcheckCannotRun(
  model: StageModel,
  stage: Stage,
): { instruction: Instruction; missing: string; image: string; shell: boolean } | null {
  const check = healthcheckOf(model, stage);
  if (!check) return null;
  const base = toolsOfBase(model, stage);
  if (!base) return null;
  const { programs, shellForm } = checkPrograms(check);
  if (shellForm && !base.shell) return { instruction: check, missing: '/bin/sh', image: base.image, shell: true };
  // A script the build runs (`./install.sh`, `bash setup.sh`, a path) or an install from a variable may bring anything.
  const stages = chain(model, stage);
  const opaque = stages.some((s) => s.commands.some(runsScript) || s.packages.some((p) => p.packages.some((n) => n.includes('$'))));
  if (opaque) return null;
  const installed = new Set(installedPackages(model, stage).map((p) => p.pkg));
  const copies = copiesInto(model, stage);
  const tree = (dest: string, src: string) =>
    src.endsWith('/') ||
    src.endsWith('/.') ||
    ['bin', 'sbin', 'usr', 'local'].includes(basename(src)) ||
    (['/', '/usr', '/usr/local'].includes(dest) && !basename(src).includes('.'));
  if (copies.some((c) => PROGRAM_TREES.has(c.dest) && c.copy.sources.some((src) => tree(c.dest, src)))) return null;
  const copied = copies.flatMap((c) => c.landing.map((l) => basename(l)));
  for (const program of programs) {
    if (!TOOLS.has(program) || base.has.has(program) || installed.has(program) || copied.includes(program)) continue;
    return { instruction: check, missing: program, image: base.image, shell: false };
  }
  return null;
}
