// apt's package lists: the official `debian` and `ubuntu` images ship with /var/lib/apt/lists
// empty, so `apt-get install` of a package the image does not already have finds nothing until an
// `apt-get update` has run in the stage's chain; a later `rm -rf /var/lib/apt/lists/*` empties
// them again. apt still knows what is installed, so installing one of those succeeds.
import type { Command, PackageInstall, Stage, StageModel } from '../types';
import { tagParts } from '../images';
import { knownDistribution } from './images';
import { END_OF_LIFE, distroRelease } from '../end-of-life';
import { chain, rootImage } from './stages';
import { isWithin, mountsOf, resolvePath, workdirAt } from './paths';
import { perStage } from './memo';

// Only these images are judged: their package set is small and known (other official images
// preinstall curl, git, gcc and more, which an install without lists would find).
const JUDGED_IMAGES = new Set(['debian', 'ubuntu']);
// Packages the debian and ubuntu images hold (Essential and required), library packages aside.
const PREINSTALLED = new Set([
  'adduser',
  'apt',
  'base-files',
  'base-passwd',
  'bash',
  'bsdutils',
  'coreutils',
  'dash',
  'debconf',
  'debian-archive-keyring',
  'ubuntu-keyring',
  'debianutils',
  'diffutils',
  'dpkg',
  'e2fsprogs',
  'findutils',
  'gpgv',
  'sqv',
  'grep',
  'gzip',
  'hostname',
  'init-system-helpers',
  'login',
  'login.defs',
  'logsave',
  'mawk',
  'mount',
  'ncurses-base',
  'ncurses-bin',
  'passwd',
  'perl-base',
  'procps',
  'sed',
  'sensible-utils',
  'sysvinit-utils',
  'tar',
  'tzdata',
  'usr-is-merged',
  'util-linux',
  'util-linux-extra',
  'zlib1g',
]);
const LISTS = '/var/lib/apt/lists';

// Runtime libraries may come with the image; header packages (`libpq-dev`) never do.
const preinstalled = (pkg: string) => PREINSTALLED.has(pkg) || (pkg.startsWith('lib') && !/-dev$/.test(pkg)) || /^gcc-\d+-base$/.test(pkg);

/** Does the stage's chain start from an image whose apt lists are known to be empty? */
function startsWithEmptyLists(model: StageModel, stage: Stage): boolean {
  const image = rootImage(model, stage);
  return image !== null && !image.unresolved && JUDGED_IMAGES.has(image.name) && !tagParts(image.tag).includes('windowsservercore');
}

/**
 * The apt installs of the stage that run while the package lists are empty and name a package
 * the image does not have: no `apt-get update` before them (in the same RUN or an earlier one of
 * the chain), or the lists removed since. Not judged: other images, any mount or copy into
 * /var/lib/apt, anything after a command that may run apt itself (a piped or local script,
 * `add-apt-repository`), and installs of local .deb files or of variables.
 */
export function installsWithoutLists(model: StageModel, stage: Stage): PackageInstall[] {
  return perStage(model, stage, 'installsWithoutLists', () => {
    if (!startsWithEmptyLists(model, stage)) return [];
    let lists = false;
    const found: PackageInstall[] = [];
    for (const s of chain(model, stage).slice().reverse()) {
      // A COPY or ADD into /var/lib/apt/lists (or over it: `COPY rootfs/ /`) may bring lists.
      const copiedAt = s.copies
        .filter((copy) => {
          const dest = resolvePath(workdirAt(model, s, copy.instruction), copy.dest || '.');
          return isWithin(dest, [LISTS]) || isWithin(LISTS, [dest]);
        })
        .map((copy) => copy.instruction.span.start.line);
      let run: unknown = null;
      for (const command of s.commands) {
        const line = command.instruction.span.start.line;
        if (copiedAt.some((at) => at < line)) return found;
        if (command.instruction !== run) {
          run = command.instruction;
          if (mountsApt(model, s, command)) return found;
        }
        const action = aptAction(command);
        // APT 3's `install --update` (trixie) refreshes the lists itself first.
        if (action === 'update' || updatesThroughWrapper(command) || (action !== null && command.argv.includes('--update'))) lists = true;
        else if ((command.program === 'rm' && command.argv.some(emptiesLists)) || action === 'dist-clean') lists = false;
        else if (runsScript(command)) return found;
        else if (action === 'install' && !lists && s === stage) {
          const install = s.packages.find((p) => p.command === command);
          const named = (install?.packages ?? []).map((p) => p.toLowerCase());
          if (named.some((p) => !p.includes('/') && !p.endsWith('.deb') && !p.includes('$') && !preinstalled(p))) found.push(install!);
        }
      }
    }
    return found;
  });
}

// apt options that take the next word as their value (`-o Acquire::Retries=3 update`).
const VALUE_OPTIONS = new Set(['-o', '-c', '-t', '--option', '--config-file', '--target-release', '--default-release']);

/** apt's action (`update`, `install`), past its options and their values; null for other programs. */
function aptAction(c: Command): string | null {
  if (c.program !== 'apt-get' && c.program !== 'apt') return null;
  for (let i = 1; i < c.argv.length; i++) {
    const word = c.argv[i]!;
    if (VALUE_OPTIONS.has(word)) i++;
    else if (!word.startsWith('-')) return word;
  }
  return null;
}

/** `timeout 300 apt-get update`, `nice -n 10 apt-get update`: apt run by another program. */
function updatesThroughWrapper(c: Command): boolean {
  const at = c.argv.findIndex((w, i) => i > 0 && /(^|\/)apt(-get)?$/.test(w));
  return at > 0 && c.argv.slice(at + 1).includes('update');
}

/** `rm -rf /var/lib/apt/lists/*` (or the folder itself), not one file or folder inside it. */
const emptiesLists = (w: string) => w === LISTS || w === `${LISTS}/` || w === `${LISTS}/*` || w === `${LISTS}/*/`;

/** A `--mount` of any kind over /var/lib/apt or its lists (a cache, a bind of lists made elsewhere). */
function mountsApt(model: StageModel, stage: Stage, c: Command): boolean {
  return mountsOf(model, stage, c.instruction).some(
    (m) => m.target !== null && (isWithin(m.target, ['/var/lib/apt']) || isWithin('/var/lib/apt', [m.target])),
  );
}

/** A command that may run apt-get itself (or install anything): a shell, a script, or a repository helper. */
export function runsScript(c: Command): boolean {
  return (
    /^(ba|da|z)?sh$/.test(c.program) ||
    (c.argv[0] ?? '').includes('/') ||
    c.program.endsWith('.sh') ||
    c.program === 'add-apt-repository' ||
    c.program === 'install_packages' ||
    c.program === 'eatmydata' ||
    c.program === 'source' ||
    c.program === '.'
  );
}

// Debian 13 and Ubuntu 24.04 renamed many libraries for 64-bit time (`libssl3` → `libssl3t64`):
// the t64 names do not exist in the releases before, where apt stops with "Unable to locate package".
const FIRST_T64 = { debian: 13, ubuntu: 24.04 } as const;

/** The release before the t64 renames that the stage's root image names in its tag (`Debian 12 (bookworm)`), else null. */
function releaseBeforeT64(model: StageModel, stage: Stage): string | null {
  const image = rootImage(model, stage);
  const release = image && !image.unresolved ? distroRelease(image.name, image.tag) : null;
  if (!release || Number(release.cycle.version) >= FIRST_T64[release.product]) return null;
  const codename = release.cycle.names?.[0];
  return `${END_OF_LIFE[release.product]!.label} ${release.cycle.version}${codename ? ` (${codename})` : ''}`;
}

/** The stage's root image names a release with the t64 names (Debian 13, Ubuntu 24.04 and later) in its tag. */
export function usesT64Names(model: StageModel, stage: Stage): boolean {
  const image = rootImage(model, stage);
  const release = image && !image.unresolved ? distroRelease(image.name, image.tag) : null;
  return release !== null && Number(release.cycle.version) >= FIRST_T64[release.product];
}

/** apt installs of a `…t64` package on a release from before the t64 renames: the package does not exist there. */
export function t64OnOlderRelease(model: StageModel, stage: Stage): { install: PackageInstall; pkg: string; release: string }[] {
  const apt = (p: PackageInstall) => p.manager === 'apt' || p.manager === 'apt-get';
  if (!stage.packages.some((p) => apt(p) && p.packages.some((n) => n.endsWith('t64')))) return [];
  // The chain's root image decides the release, for the stage and every stage built FROM it.
  const release = releaseBeforeT64(model, stage);
  if (!release) return [];
  return stage.packages.flatMap((install) =>
    apt(install) ? install.packages.filter((n) => /^lib.*t64$/.test(n)).map((pkg) => ({ install, pkg, release })) : [],
  );
}

const MANAGER_OF: Record<'alpine' | 'debian', string> = { alpine: 'apk', debian: 'apt-get' };

/**
 * A package manager the stage's distribution does not have: `apt-get` on an Alpine image, `apk`
 * or `dnf` on a Debian or Ubuntu one. The shell stops with "not found" (status 127) and the
 * build fails. Only an unconditional RUN is judged (`if command -v apk …; else apt-get …` is how
 * a file serves both).
 */
export function foreignPackageManagers(model: StageModel, stage: Stage): { install: PackageInstall; has: string }[] {
  if (stage.packages.length === 0) return [];
  const family = knownDistribution(model, stage)?.family;
  if (family === undefined) return [];
  const foreign = (manager: string) =>
    family === 'alpine' ? manager !== 'apk' : manager === 'apk' || ['yum', 'dnf', 'microdnf', 'zypper'].includes(manager);
  return stage.packages
    .filter((p) => foreign(p.manager) && !/\b(if|case|command\s+-v|which|type)\b|\|\|/.test(p.command.instruction.text))
    .map((install) => ({ install, has: MANAGER_OF[family] }));
}
