// apt's package lists: the official Debian and Ubuntu based images ship with /var/lib/apt/lists
// emptied, so `apt-get install` finds no package until an `apt-get update` has run in the stage's
// chain, and a later `rm -rf /var/lib/apt/lists/*` empties them again.
import type { Command, Stage, StageModel } from '../types';
import { classifyImage, tagParts } from '../images';
import { chain, rootImage } from './stages';
import { runScratchMounts } from './paths';
import { perStage } from './memo';

// Official images built on Debian or Ubuntu that remove the lists after their own installs.
const EMPTY_LISTS = new Set([
  'debian',
  'ubuntu',
  'golang',
  'rust',
  'node',
  'python',
  'gcc',
  'buildpack-deps',
  'eclipse-temurin',
  'nginx',
  'httpd',
]);
const DOTNET = /^mcr\.microsoft\.com\/dotnet\/(sdk|aspnet|runtime|runtime-deps)$/;
const OTHER_DISTROS = ['alpine', 'azurelinux', 'cbl', 'mariner', 'chiseled', 'distroless', 'nanoserver', 'windowsservercore', 'ubi'];

/** Does the stage's chain start from an image whose apt lists are known to be empty? */
function startsWithEmptyLists(model: StageModel, stage: Stage): boolean {
  const image = rootImage(model, stage);
  if (!image || image.unresolved) return false;
  const name = image.name;
  if (!EMPTY_LISTS.has(name) && !DOTNET.test(name)) return false;
  if (tagParts(image.tag).some((p) => OTHER_DISTROS.some((d) => p.startsWith(d)))) return false;
  return classifyImage(image).libc === 'glibc';
}

// apt options that take the next word as their value (`-o Acquire::Retries=3 update`).
const VALUE_OPTIONS = new Set(['-o', '-c', '-t', '--option', '--config-file', '--target-release', '--default-release']);

/** apt's action (`update`, `install`), past its options and their values. */
function subcommand(c: Command): string | undefined {
  for (let i = 1; i < c.argv.length; i++) {
    const word = c.argv[i]!;
    if (VALUE_OPTIONS.has(word)) i++;
    else if (!word.startsWith('-')) return word;
  }
  return undefined;
}
const isApt = (c: Command) => c.program === 'apt-get' || c.program === 'apt';

/**
 * `apt-get install` / `apt install` commands of the stage that run while the package lists are
 * empty: no `apt-get update` before them (in the same RUN or an earlier one of the chain), or a
 * `rm` of /var/lib/apt/lists since. Not judged: images not known to ship empty lists, a cache
 * mount over /var/lib/apt, anything after a command that may run a script (`| bash`, `./setup.sh`,
 * `add-apt-repository`), and installs of local .deb files only.
 */
export function installsWithoutLists(model: StageModel, stage: Stage): Command[] {
  return perStage(model, stage, 'installsWithoutLists', () => {
    if (!startsWithEmptyLists(model, stage)) return [];
    let lists = false;
    const found: Command[] = [];
    for (const s of chain(model, stage).slice().reverse()) {
      let run: unknown = null;
      for (const command of s.commands) {
        if (command.instruction !== run) {
          run = command.instruction;
          if (runScratchMounts(model, s, command.instruction).some((m) => m === '/var/lib/apt' || m.startsWith('/var/lib/apt/')))
            return found;
        }
        const sub = subcommand(command);
        if (isApt(command) && sub === 'update') lists = true;
        else if (command.program === 'rm' && command.argv.some((w) => w.startsWith('/var/lib/apt/lists'))) lists = false;
        else if (runsScript(command)) return found;
        else if (isApt(command) && (sub === 'install' || sub === 'upgrade' || sub === 'dist-upgrade') && !lists) {
          const wanted = command.argv.slice(command.argv.indexOf(sub) + 1).filter((w) => !w.startsWith('-') && !w.includes('='));
          if (sub === 'install' && (wanted.length === 0 || wanted.every((w) => w.includes('/') || w.endsWith('.deb') || w.includes('$'))))
            continue;
          if (s === stage) found.push(command);
        }
      }
    }
    return found;
  });
}

/** A command that may run apt-get itself: a shell, a script, or a repository helper. */
function runsScript(c: Command): boolean {
  return (
    /^(ba|da|z)?sh$/.test(c.program) ||
    (c.argv[0] ?? '').includes('/') ||
    c.program.endsWith('.sh') ||
    c.program === 'add-apt-repository' ||
    c.program === 'install_packages' ||
    c.program === 'source' ||
    c.program === '.'
  );
}
