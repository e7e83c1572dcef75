// Users: the USER in force and whether that user exists at that point (created earlier in the
// chain by useradd/adduser, numeric, copied in with /etc/passwd, or known to the base image).
import type { Command, Instruction, Stage, StageModel, UserSetting } from '../types';
import { baseClass } from './images';
import { lacksShell } from './shell';
import { classifyImage, tagParts } from '../images';
import { expand } from '../vars';
import { chain, rootImage, rootIsScratch } from './stages';
import { copiesInto } from './copies';
import { once, perStage } from './memo';
import { pipInstalls, virtualenvsMade } from './dependencies';
import { isWithin } from './paths';
import { posix } from 'node:path';

export interface UserInForce {
  /** The last USER through the chain, or null (root). */
  setting: UserSetting | null;
  /** The user part with ARG/ENV values substituted; null when it depends on a value the file does not show. */
  name: string | null;
  /** The user part is root (`root` or `0`), or no USER is set. */
  root: boolean;
  /** Exists where the USER runs: true, false, or null when unknowable (a variable). */
  exists: boolean | null;
  /** Where it was created (useradd/adduser), when it was. */
  createdAt: Instruction | null;
}

/** The USER in force at the end of a stage, through its chain. */
export function effectiveUser(model: StageModel, stage: Stage): UserSetting | null {
  for (const s of chain(model, stage)) if (s.user) return s.user;
  return null;
}

/** The USER in force at the end of the stage, and whether it exists at its USER instruction. */
export function userInForce(model: StageModel, stage: Stage): UserInForce {
  return perStage(model, stage, 'userInForce', () => {
    const setting = effectiveUser(model, stage);
    if (!setting) return { setting, name: null, root: true, exists: true, createdAt: null };
    const name = userName(model, stage, setting);
    const root = name === '' || name === 'root' || (name !== null && /^0+$/.test(name));
    if (name === null) return { setting, name, root: false, exists: null, createdAt: null };
    const created = createdBefore(model, stage, name, setting.instruction);
    const exists = root || /^\d+$/.test(name) || created !== null || passwdCopied(model, stage) || knownToBase(model, stage, name);
    return { setting, name, root, exists, createdAt: created ?? laterCreation(model, stage, name) };
  });
}

/** The user part with ARG/ENV substituted; null when a value is unknowable (base image ENV such as APP_UID, --build-arg). */
export function userName(model: StageModel, stage: Stage, setting: UserSetting): string | null {
  const written = (setting.instruction.args[0]?.value ?? '').replace(/^["']|["']$/g, '');
  if (!written.includes('$')) return setting.user;
  const vars = new Map<string, string | null>();
  for (const s of chain(model, stage).slice().reverse()) {
    for (const [k, v] of s.args) vars.set(k, v);
    for (const [k, v] of s.env) vars.set(k, v);
  }
  // A global ARG the stage does not declare again expands to nothing there.
  for (const [, braced, plain] of written.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g)) {
    const key = (braced ?? plain)!;
    if (!vars.has(key) && model.globalArgs.has(key)) vars.set(key, '');
  }
  const { value, unresolved } = expand(written, vars);
  return unresolved ? null : value.split(':')[0]!;
}

const CREATORS = new Set(['useradd', 'adduser']);

/** The user names a useradd/adduser may create: its non-option words that are no option's value. */
function createdNames(argv: readonly string[]): string[] {
  return argv
    .slice(1)
    .filter(
      (w, i, words) =>
        !w.startsWith('-') &&
        !/^-(g|G|u|s|h|d|c|k|K|-home|-shell|-gid|-uid|-ingroup|-gecos|-groups|-comment|-home-dir|-skel)$/.test(words[i - 1] ?? ''),
    );
}

interface Creation {
  instruction: Instruction;
  names: string[];
  /** Why the command cannot run where it is (no shell, or useradd on BusyBox), else null: it creates no one. */
  fails: string | null;
}

/** Every useradd/adduser of the file: instruction, the user names it may create, and whether it can run. */
function creations(model: StageModel): Map<Stage, Creation[]> {
  return once(model, 'userCreations', () => {
    const result = new Map<Stage, Creation[]>();
    for (const stage of model.stages) {
      const creators = stage.commands.filter((c) => CREATORS.has(c.program));
      const written = stage.instructions.filter((i) => i.keyword === 'RUN' && i.text.includes('/etc/passwd'));
      if (creators.length === 0 && written.length === 0) continue;
      const missing = missingUserTools(model, stage);
      const busybox = baseClass(model, stage)?.busyboxUserTools === true;
      const noShell = (i: Instruction) => (lacksShell(model, stage, i) ? 'its base image has no shell to run it' : null);
      result.set(stage, [
        ...creators.map((c) => ({
          instruction: c.instruction,
          names: createdNames(c.argv),
          fails:
            noShell(c.instruction) ??
            (missing.includes(c)
              ? busybox
                ? `\`${c.program}\` does not exist on that BusyBox base (it has \`adduser\`)`
                : `\`${c.program}\` does not exist on Debian 13 (trixie) and later (use \`useradd\`)`
              : null),
        })),
        // `echo 'app:x:10001:10001::/home/app:/sbin/nologin' >> /etc/passwd`: a user written in by hand.
        ...written.flatMap((i) => {
          const names = passwdLines(i.text);
          return names.length > 0 ? [{ instruction: i, names, fails: noShell(i) }] : [];
        }),
      ]);
    }
    return result;
  });
}

/** Users a RUN appends to /etc/passwd (`echo 'name:x:UID:GID:…' >> /etc/passwd`, or through `tee -a`). */
function passwdLines(text: string): string[] {
  if (!/(>>\s*|tee\s+(-a|--append)\s+)\/etc\/passwd\b/.test(text)) return [];
  return [...text.matchAll(/(?:^|['"\s])([a-z_][a-z0-9_.-]*):[^:\s'"]*:\d+:\d+:/g)].map((m) => m[1]!);
}

/** A useradd/adduser of the chain that would create `name` but cannot run, with why; null when none. */
export function failedCreation(model: StageModel, stage: Stage, name: string): { instruction: Instruction; why: string } | null {
  for (const s of chain(model, stage))
    for (const c of creations(model).get(s) ?? [])
      if (c.fails && c.names.includes(name)) return { instruction: c.instruction, why: c.fails };
  return null;
}

function createdBefore(model: StageModel, stage: Stage, name: string, at: Instruction): Instruction | null {
  const atStage = chain(model, stage).find((s) => s.instructions.includes(at)) ?? stage;
  for (const s of chain(model, atStage)) {
    for (const c of creations(model).get(s) ?? []) {
      if (s === atStage && c.instruction.span.start.line > at.span.start.line) continue;
      if (c.names.includes(name) && c.fails === null) return c.instruction;
    }
  }
  return null;
}

function laterCreation(model: StageModel, stage: Stage, name: string): Instruction | null {
  for (const s of chain(model, stage))
    for (const c of creations(model).get(s) ?? []) if (c.names.includes(name) && c.fails === null) return c.instruction;
  return null;
}

function passwdCopied(model: StageModel, stage: Stage): boolean {
  return copiesInto(model, stage).some((c) => c.landing.some((p) => p === '/etc/passwd' || p === '/etc'));
}

/** Users the base image holds (`node` on node images, `nonroot` on distroless, `app` on .NET 8+, `nobody` almost anywhere). */
export function knownToBase(model: StageModel, stage: Stage, name: string): boolean {
  if (rootIsScratch(model, stage)) return false;
  const image = rootImage(model, stage);
  if (!image || image.unresolved) return name === 'nobody';
  return classifyImage(image).users.includes(name);
}

export interface UserFact {
  setting: UserSetting;
  /** `yes`: numeric, a variable, known to the base or created before; `later`: created only after; `no`: never. */
  exists: 'yes' | 'later' | 'no';
  /** The command that creates the user (before or after the USER line), if any. */
  createdBy: Instruction | null;
}

/** Every USER of the stage's chain, in file order, each with whether its user exists there. */
export function userSettings(model: StageModel, stage: Stage): UserFact[] {
  return perStage(model, stage, 'userSettings', () => {
    const facts: UserFact[] = [];
    for (const s of chain(model, stage).slice().reverse()) {
      for (const instruction of s.instructions) {
        if (instruction.keyword !== 'USER') continue;
        const [user = '', group] = (instruction.args[0]?.value ?? '').replace(/^["']|["']$/g, '').split(':');
        const setting: UserSetting = { user, group: group ?? null, instruction };
        const before = createdBefore(model, s, user, instruction);
        const any = before ?? laterCreation(model, stage, user);
        const passwd = copiesInto(model, s).some(
          (c) => c.copy.instruction.span.start.line < instruction.span.start.line && c.landing.some((p) => p === '/etc/passwd'),
        );
        const known = /^\d+$/.test(user) || user.includes('$') || knownToBase(model, s, user) || passwd || before !== null;
        facts.push({ setting, exists: known ? 'yes' : any ? 'later' : 'no', createdBy: any });
      }
    }
    return facts;
  });
}

/** The USER in force at the end of the stage, with its existence; null when none is set. */
export function effectiveUserFact(model: StageModel, stage: Stage): UserFact | null {
  return userSettings(model, stage).at(-1) ?? null;
}

/** The stage runs as a non-root user: a USER other than root/0, or an image that defaults to an unprivileged user. */
export function runsAsNonRoot(model: StageModel, stage: Stage): boolean {
  const fact = userInForce(model, stage);
  if (!fact.setting) {
    const image = rootImage(model, stage);
    return image !== null && (classifyImage(image).nonrootByDefault || /(^|[-.])nonroot($|[-.])/.test(image.tag ?? ''));
  }
  return !fact.root;
}

/** shadow-utils programs, which BusyBox does not have (it has adduser, addgroup, deluser, delgroup). */
const SHADOW_TOOLS: ReadonlySet<string> = new Set(['useradd', 'groupadd', 'usermod', 'groupmod', 'userdel', 'groupdel']);

/** Debian's adduser package: the `adduser` and `addgroup` front ends to useradd and groupadd. */
const ADDUSER_TOOLS: ReadonlySet<string> = new Set(['adduser', 'addgroup', 'deluser', 'delgroup']);

/**
 * Commands of the stage (through its chain) that call a user tool the base does not have, with no
 * install of its package before them in the chain, so `/bin/sh: useradd: not found` fails the build:
 * - a shadow-utils program (`useradd`) on a BusyBox userland (Alpine), without `apk add shadow`;
 * - `adduser`/`addgroup` on Debian 13 and later, without `apt-get install adduser`.
 */
export function missingUserTools(model: StageModel, stage: Stage): Command[] {
  const kind = baseClass(model, stage);
  const absent = kind?.busyboxUserTools ? SHADOW_TOOLS : kind?.noAdduser ? ADDUSER_TOOLS : null;
  if (!absent) return [];
  const provider = kind!.busyboxUserTools ? 'shadow' : 'adduser';
  // A RUN that also calls the other userland's tool, or tests which one exists, is written for either.
  const other = kind!.busyboxUserTools ? ADDUSER_TOOLS : SHADOW_TOOLS;
  const missing: Command[] = [];
  let installed = false;
  for (const s of [...chain(model, stage)].reverse()) {
    // One pass each (a file may hold thousands of commands): which install the tool, which RUNs cater for both.
    const installs = new Set(
      s.packages
        .filter(
          (p) =>
            p.packages.includes(provider) ||
            (provider === 'adduser' && (p.packages.some(mayBringAdduser) || !skipsRecommends(p.command.argv))),
        )
        .map((p) => p.command),
    );
    const handlesBoth = new Set(s.commands.filter((c) => other.has(c.program) || PROBES.has(c.program)).map((c) => c.instruction));
    for (const command of s.commands) {
      if (installs.has(command) || (provider === 'adduser' && wrappedAptInstall(command))) installed = true;
      else if (!installed && absent.has(command.program) && !handlesBoth.has(command.instruction)) missing.push(command);
    }
  }
  return missing;
}

/**
 * Without `--no-install-recommends`, apt installs recommended packages too, and common ones lead
 * to adduser (git recommends openssh-client, which depends on it): only a lean install is judged.
 */
function skipsRecommends(argv: readonly string[]): boolean {
  return argv.some(
    (w) =>
      w === '--no-install-recommends' || /^APT::Install-Recommends=(false|0)$/i.test(w) || /^-oAPT::Install-Recommends=(false|0)$/i.test(w),
  );
}

/** `apt-dpkg-wrap apt-get install …`: an install through a wrapper the model does not know, of packages it cannot read. */
function wrappedAptInstall(command: Command): boolean {
  if (command.program === 'apt-get' || command.program === 'apt') return false;
  const at = command.argv.findIndex((w, i) => i > 0 && (w === 'apt-get' || w === 'apt'));
  return at > 0 && command.argv.includes('install', at);
}

/**
 * Many Debian packages depend on adduser (daemons that make their own user: openssh-server,
 * postgresql-common, dirmngr under gnupg …), so an apt install may bring it back. Only the
 * common tools and libraries below are known not to, installed without their recommendations;
 * after any other package, adduser may be there.
 */
function mayBringAdduser(pkg: string): boolean {
  const name = pkg.replace(/[=:].*$/, '');
  return !WITHOUT_ADDUSER.has(name) && !/^lib.*(-dev|\d|t64)$/.test(name) && !name.endsWith('-dev');
}

const WITHOUT_ADDUSER: ReadonlySet<string> = new Set([
  ...['curl', 'wget', 'ca-certificates', 'git', 'unzip', 'zip', 'xz-utils', 'bzip2', 'gzip', 'tar', 'tzdata', 'locales'],
  ...['jq', 'vim', 'nano', 'less', 'procps', 'iproute2', 'iputils-ping', 'dnsutils', 'netcat-openbsd', 'tini', 'dumb-init'],
  ...['gosu', 'build-essential', 'gcc', 'g++', 'make', 'cmake', 'pkg-config', 'pkgconf', 'python3', 'python3-pip'],
  ...['python3-venv', 'openssl', 'file', 'bash', 'gettext-base', 'patch', 'rsync', 'sudo', 'tar', 'apt-transport-https'],
  ...['passwd', 'login', 'coreutils', 'findutils', 'sed', 'grep', 'gawk', 'lsb-release'],
]);

/** `command -v useradd`, `which adduser`: the RUN looks for the tool before it uses one. */
const PROBES: ReadonlySet<string> = new Set(['command', 'which']);

/** Programs that need root whatever the files: package managers' install/update/remove, user management. (chown is left out: a user may chown what it owns.) */
const ROOT_ONLY = (program: string, argv: readonly string[]): boolean => {
  const sub = argv[1];
  switch (program) {
    case 'apt-get':
    case 'apt':
      return ['install', 'update', 'upgrade', 'remove', 'purge', 'autoremove', 'dist-upgrade'].includes(sub ?? '');
    case 'apk':
      return ['add', 'del', 'update', 'upgrade'].includes(sub ?? '');
    case 'yum':
    case 'dnf':
    case 'microdnf':
    case 'zypper':
      return ['install', 'update', 'upgrade', 'remove', 'erase', 'in'].includes(sub ?? '');
    case 'useradd':
    case 'groupadd':
    case 'usermod':
    case 'adduser':
    case 'addgroup':
      return true;
    default:
      return false;
  }
};

/**
 * Commands that need root but run as a user known not to be root: the USER in force at their RUN
 * (through the chain) is a name or number other than root/0, or none is set on a base that runs
 * unprivileged by default (nginx-unprivileged, Chainguard). Unknown users (a variable) and RUNs
 * that use sudo or doas are not judged; nor a stage with no shell (MS101's).
 */
export function rootCommandsAsNonRoot(model: StageModel, stage: Stage): { command: Command; user: string }[] {
  // Most stages set no USER before their RUNs and start as root: nothing to read.
  if (
    !baseClass(model, stage)?.nonrootByDefault &&
    chain(model, stage).every((s) => s.user === null || (s === stage && lastRunBeforeUser(s)))
  )
    return NO_COMMANDS;
  return perStage(model, stage, 'rootCommandsAsNonRoot', () => {
    const found: { command: Command; user: string }[] = [];
    let user: string | null = baseClass(model, stage)?.nonrootByDefault ? 'the image’s default user' : 'root';
    for (const s of [...chain(model, stage)].reverse()) {
      const byRun = commandsByRun(s);
      for (const instruction of s.instructions) {
        if (instruction.keyword === 'USER') {
          user = userSetBy(model, s, instruction);
          continue;
        }
        if (instruction.keyword !== 'RUN' || user === null || user === 'root' || s !== stage) continue;
        const commands = byRun.get(instruction) ?? [];
        if (/\b(sudo|doas|su)\b/.test(instruction.text) || lacksShell(model, s, instruction)) continue;
        for (const command of commands) if (ROOT_ONLY(command.program, command.argv)) found.push({ command, user });
      }
    }
    return found;
  });
}

const NO_COMMANDS: { command: Command; user: string }[] = [];

/** The user a USER instruction sets: 'root' for root or 0 (whatever the group), the name, or null when a value is unknown. */
function userSetBy(model: StageModel, stage: Stage, instruction: Instruction): string | null {
  const [name0 = '', group] = (instruction.args[0]?.value ?? '').replace(/^["']|["']$/g, '').split(':');
  const setting: UserSetting = { user: name0, group: group ?? null, instruction };
  const name = userName(model, stage, setting);
  return name === null ? null : name === '' || name === 'root' || /^0+$/.test(name) ? 'root' : name;
}

/** A stage's commands by the RUN they belong to. */
function commandsByRun(stage: Stage): Map<Instruction, Command[]> {
  const byRun = new Map<Instruction, Command[]>();
  for (const c of stage.commands) byRun.set(c.instruction, [...(byRun.get(c.instruction) ?? []), c]);
  return byRun;
}

/** The stage's USER lines all come after its last RUN (the usual `USER app` near the end). */
function lastRunBeforeUser(stage: Stage): boolean {
  let sawUser = false;
  for (const i of stage.instructions) {
    if (i.keyword === 'USER') sawUser = true;
    else if (i.keyword === 'RUN' && sawUser) return false;
  }
  return true;
}

// The groups the base images' /etc/group hold as shipped: Debian and Ubuntu (base-passwd; no
// `nobody` group, its group is `nogroup`) and Alpine.
const DEBIAN_GROUPS = new Set(
  'root daemon bin sys adm tty disk lp mail news uucp man proxy kmem dialout fax voice cdrom floppy tape sudo audio dip www-data backup operator list irc src shadow utmp video sasl plugdev staff games users nogroup systemd-journal input kvm render'.split(
    ' ',
  ),
);
const ALPINE_GROUPS = new Set(
  'root bin daemon sys adm tty disk lp kmem wheel floppy mail news uucp cron audio cdrom dialout ftp sshd input tape video netdev kvm games shadow www-data users ping nogroup abuild utmp nobody'.split(
    ' ',
  ),
);

/**
 * A group a USER or `--chown` names that the stage cannot have: not numeric, not in its base
 * image's /etc/group (judged only for Debian, Ubuntu and Alpine based images), and named by no
 * command of the chain (groupadd, addgroup, or a useradd/adduser that may make it), with no
 * /etc/group copied in. `USER nobody:nobody` on Debian is the usual one: there it is `nogroup`.
 */
export function missingGroup(model: StageModel, stage: Stage, group: string | null): boolean {
  if (!group || /^\d+$/.test(group) || group.includes('$')) return false;
  const known = baseGroups(model, stage);
  if (known === null || known.has(group)) return false;
  const named = new RegExp(`(^|[\\s:'"=])${group.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s:'"])`);
  const chained = chain(model, stage);
  // A RUN that names the group may make it, unless every command there that names it is a user
  // creation known to make no group of that name (`adduser -S app`, `adduser --system app`).
  const mentions = chained.flatMap((s) =>
    s.instructions
      .filter((i) => i.keyword === 'RUN' && named.test([i.text, ...i.heredocs.map((h) => h.body)].join('\n')))
      .map((i) => ({ s, i })),
  );
  const noGroupFrom = ({ s, i }: { s: Stage; i: Instruction }) => {
    if (i.heredocs.length > 0) return false;
    const naming = s.commands.filter(
      (c) => c.instruction === i && c.argv.some((w) => w === group || w.endsWith(`:${group}`) || w.endsWith(`=${group}`)),
    );
    return (
      naming.length > 0 &&
      naming.every((c) => makesNoGroup(model, s, c, group)) &&
      naming.length === s.commands.filter((c) => c.instruction === i && named.test(c.argv.join(' '))).length
    );
  };
  if (mentions.some((m) => !noGroupFrom(m))) return false;
  return !chained.some((s) => copiesInto(model, s).some((c) => c.landing.some((p) => p === '/etc/group' || p === '/etc')));
}

/**
 * A user creation that makes no group called `group`: BusyBox's `adduser -S name` (system user,
 * group `nogroup` unless -G), Debian's `adduser --system name` (unless --group or --ingroup), and
 * `useradd -N` (no user group).
 */
function makesNoGroup(model: StageModel, stage: Stage, c: Command, group: string): boolean {
  const last = c.argv.at(-1);
  if (last !== group) return false;
  const busybox = baseClass(model, stage)?.busyboxUserTools === true;
  if (c.program === 'adduser' && busybox) return c.argv.includes('-S') && !c.argv.some((w) => w === '-G' || w.startsWith('-G'));
  if (c.program === 'adduser') return c.argv.includes('--system') && !c.argv.some((w) => w === '--group' || w.startsWith('--ingroup'));
  if (c.program === 'useradd') return c.argv.some((w) => w === '-N' || w === '--no-user-group');
  return false;
}

/** A user a `COPY --chown` names that does not exist at that COPY (BuildKit then fails the build). */
export function missingChownUser(model: StageModel, stage: Stage, user: string, at: Instruction): boolean {
  if (!user || /^\d+$/.test(user) || user.includes('$') || baseGroups(model, stage) === null) return false;
  if (knownToBase(model, stage, user) || passwdCopied(model, stage)) return false;
  return createdBefore(model, stage, user, at) === null;
}

/** The base image's groups, or null where the tool does not know them. */
function baseGroups(model: StageModel, stage: Stage): ReadonlySet<string> | null {
  const image = rootImage(model, stage);
  if (!image || image.unresolved) return null;
  const kind = classifyImage(image);
  if (kind.family === 'other' || kind.distroless || kind.chainguard || kind.windows || kind.family === 'bitnami') return null;
  // Images on other distributions (Amazon Linux, Azure Linux, UBI) have other groups.
  if (image.name === 'amazoncorretto' || tagParts(image.tag).some((p) => /^(azurelinux\d*|cbl|mariner\d*|ubi\d*|al\d+)$/.test(p)))
    return null;
  const distro = kind.busyboxUserTools ? ALPINE_GROUPS : kind.libc === 'glibc' ? DEBIAN_GROUPS : null;
  // An image that adds a user (node, nginx, app) adds its group of the same name; Debian's
  // `nobody` is the one system user whose group is named otherwise (`nogroup`).
  return distro && new Set([...distro, ...kind.users.filter((u) => u !== 'nobody' || distro === ALPINE_GROUPS)]);
}

/** A RUN as a non-root user that writes into a working folder only root may write to. */
export interface UnwritableWrite {
  command: Command;
  user: string;
  /** The working folder, and the WORKDIR that made it while the stage ran as root. */
  folder: string;
  madeBy: Instruction;
  /** How the folder came to be root's: a WORKDIR made it as root, the base image has it (/srv), or a RUN as root made it (a virtualenv). */
  made: 'workdir' | 'system' | 'run';
}

// Folders the Debian, Ubuntu and Alpine bases already have, root's and writable by root alone:
// a WORKDIR there makes nothing, and they stay root's whoever the USER is.
const ROOT_SYSTEM_FOLDERS = new Set(['/', '/root', '/srv', '/opt', '/usr', '/usr/local', '/usr/src', '/var', '/var/lib', '/etc']);
// Folders some bases have with another owner or open to all (/tmp, golang's /go, php's /var/www/html, a user's home).
const OPEN_FOLDERS = new Set(['/tmp', '/var/tmp', '/home', '/go', '/go/src', '/go/bin', '/var/www', '/var/www/html']);

/**
 * BuildKit makes a missing WORKDIR folder as the USER in force (root when none is set), so after
 * `WORKDIR /app` then `USER node`, `/app` is root's and `npm ci` there fails with EACCES; a
 * WORKDIR to a system folder such as /srv leaves it root's too. Judged only where the file shows
 * it all: a literal folder, made in the chain while the user was root (or a root-owned system
 * folder), with no chown/chmod run and no `COPY --chown` since, on an official base; and a RUN as
 * a known non-root user that writes there: a JavaScript dependency install, `npm prune`, or a
 * `mkdir`/`touch` of an entry right in that folder that no COPY brought.
 */
export function unwritableWrites(model: StageModel, stage: Stage): UnwritableWrite[] {
  if (chain(model, stage).every((s) => s.user === null)) return NO_WRITES;
  return perStage(model, stage, 'unwritableWrites', () => {
    const found: UnwritableWrite[] = [];
    const base = baseClass(model, stage);
    // On an image nobody lists the folders it has are unknown; a non-root default user makes them its own.
    if (!base || base.family === 'other' || base.family === 'bitnami' || base.nonrootByDefault || base.windows) return found;
    const rootsFolders = new Map<string, Instruction>();
    const systemFolders = new Set<string>();
    const runFolders = new Set<string>();
    // Virtualenvs a RUN made: `pip install` into one writes there.
    const venvs = virtualenvsMade(model, stage);
    const pips = pipInstalls(model, stage);
    const copiedTo: string[] = [];
    let user: string | null = 'root';
    for (const s of [...chain(model, stage)].reverse()) {
      const byRun = commandsByRun(s);
      for (const instruction of s.instructions) {
        if (instruction.keyword === 'USER') {
          user = userSetBy(model, s, instruction);
        } else if (instruction.keyword === 'WORKDIR') {
          const made = s.workdirAt.get(instruction);
          if (made === undefined || !made.startsWith('/') || made.includes('$') || rootsFolders.has(made)) continue;
          if (OPEN_FOLDERS.has(made) || made.startsWith('/home/') || made.startsWith('/tmp/')) continue;
          if (ROOT_SYSTEM_FOLDERS.has(made) || user === 'root') rootsFolders.set(made, instruction);
          if (ROOT_SYSTEM_FOLDERS.has(made)) systemFolders.add(made);
        } else if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
          // A --chown copy into the folder may hand it over: not judged from here on.
          if (instruction.flags.some((f) => f.name === 'chown')) rootsFolders.clear();
          const step = s.copies.find((c) => c.instruction === instruction);
          const cwd = s.workdirAt.get(instruction);
          if (step && cwd !== undefined) {
            const dest = posix.resolve(cwd, step.dest);
            const intoFolder = step.dest.endsWith('/') || step.dest === '.' || step.sources.length > 1;
            for (const src of step.sources) {
              // A folder's contents (`COPY . .`, `COPY dist/ ./`) may bring any entry: `dest/*` stands for all of them.
              const contents = src === '.' || src.endsWith('/') || src.endsWith('/.') || /[*?[]/.test(src);
              copiedTo.push(contents ? `${dest}/*` : intoFolder ? posix.join(dest, posix.basename(src)) : dest);
            }
          }
        } else if (instruction.keyword === 'RUN') {
          const commands = byRun.get(instruction) ?? [];
          const cwd = s.workdirAt.get(instruction) ?? '/';
          if (user === 'root') {
            for (const venv of venvs) {
              if (venv.command.instruction !== instruction || rootsFolders.has(venv.path)) continue;
              rootsFolders.set(venv.path, instruction);
              runFolders.add(venv.path);
            }
          }
          // A chown or chmod by root (in this RUN too, after the venv) may hand any of them over.
          if (/\b(chown|chmod|setfacl|install\s+-d)\b/.test(instruction.text) && user === 'root') rootsFolders.clear();
          const judged =
            s === stage &&
            user !== null &&
            user !== 'root' &&
            !/\b(sudo|doas|su)\b/.test(instruction.text) &&
            // A `cd` moves the commands after it elsewhere: not read here.
            !commands.some((c) => c.program === 'cd' || c.program === 'pushd') &&
            !instruction.flags.some((f) => f.name === 'mount');
          for (const command of judged ? commands : []) {
            const pip = pips.find((p) => p.command === command);
            const folder = pip
              ? ([...rootsFolders.keys()].find((f) => runFolders.has(f) && isWithin(pip.into, [f])) ?? null)
              : writtenFolder(s, command, cwd, copiedTo);
            const madeBy = folder !== null ? rootsFolders.get(folder) : undefined;
            if (folder !== null && madeBy !== undefined) {
              found.push({
                command,
                user: user!,
                folder,
                madeBy,
                made: runFolders.has(folder) ? 'run' : systemFolders.has(folder) ? 'system' : 'workdir',
              });
              break;
            }
          }
          // What a RUN's mkdir or touch made is there for later ones (a `mkdir -p` of it then makes nothing).
          for (const c of commands)
            if (c.program === 'mkdir' || c.program === 'touch')
              for (const path of c.argv.slice(1)) if (!path.startsWith('-')) copiedTo.push(posix.resolve(cwd, path));
        }
      }
    }
    return found;
  });
}

const NO_WRITES: UnwritableWrite[] = [];

/**
 * The folder a command must write an entry into: its working folder for a JavaScript dependency
 * install or `npm prune` (node_modules), the parent of what `mkdir`/`touch` makes when that entry
 * sits right in a folder and no COPY brought it. Null for anything else.
 */
function writtenFolder(stage: Stage, command: Command, cwd: string, copiedTo: readonly string[]): string | null {
  if (command.argv.some((w) => /^(--prefix|-C|--cwd|--dir|--global|-g|--location=global)(=|$)/.test(w))) return null;
  if (['npm', 'yarn', 'pnpm'].includes(command.program)) {
    if (stage.dependencyInstalls.some((d) => d.command === command)) return cwd;
    return command.program === 'npm' && command.argv[1] === 'prune' ? cwd : null;
  }
  if (command.program === 'mkdir' || command.program === 'touch') {
    const paths = command.argv.slice(1).filter((w) => !w.startsWith('-'));
    for (const path of paths) {
      if (/[~$*?{]/.test(path)) continue;
      const target = posix.resolve(cwd, path);
      const parent = posix.dirname(target);
      if (copiedTo.some((c) => c === target || c === `${parent}/*` || target.startsWith(`${c}/`))) continue;
      return parent;
    }
  }
  return null;
}

// useradd's and groupadd's options that take a value (the rest are flags): to find the name among the words.
const USERADD_VALUES = new Set([
  '-u',
  '--uid',
  '-g',
  '--gid',
  '-G',
  '--groups',
  '-d',
  '--home-dir',
  '--home',
  '-s',
  '--shell',
  '-c',
  '--comment',
  '-e',
  '--expiredate',
  '-f',
  '--inactive',
  '-k',
  '--skel',
  '-K',
  '--key',
  '-p',
  '--password',
  '-R',
  '--root',
  '-P',
  '--prefix',
  '-Z',
  '--selinux-user',
  '-b',
  '--base-dir',
]);
const GROUPADD_VALUES = new Set(['-g', '--gid', '-K', '--key', '-p', '--password', '-R', '--root', '-P', '--prefix', '-U', '--users']);

function lastOperand(argv: readonly string[], withValue: ReadonlySet<string>): string | null {
  let name: string | null = null;
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i]!;
    if (w.startsWith('-')) {
      if (withValue.has(w)) i++;
      continue;
    }
    name = w;
  }
  return name;
}

/**
 * `groupadd app && useradd app`: with USERGROUPS_ENAB (the default in Debian's, Ubuntu's and
 * Fedora's login.defs) useradd makes a group of the user's name, finds one there already and
 * stops ("group app exists - if you want to add this user to that group, use -g"), so the build
 * fails. Not when useradd is told the group (-g) or to make none (-N); not on musl bases, whose
 * user tools are BusyBox's or packaged differently.
 */
export function useraddGroupClashes(model: StageModel, stage: Stage): { command: Command; name: string; groupAdd: Command }[] {
  if (!stage.commands.some((c) => c.program === 'useradd')) return [];
  if (classifyImage(rootImage(model, stage) ?? { name: '', tag: null }).libc !== 'glibc') return [];
  const groups = new Map<string, Command>();
  const found: { command: Command; name: string; groupAdd: Command }[] = [];
  for (const s of [...chain(model, stage)].reverse()) {
    for (const command of s.commands) {
      const { argv } = command;
      if (command.program === 'groupadd') {
        const name = lastOperand(argv, GROUPADD_VALUES);
        if (name && !name.includes('$')) groups.set(name, command);
      } else if (command.program === 'useradd') {
        const told = argv.some((w) => /^(-g|--gid|-N|--no-user-group)(=|$)/.test(w) || /^-[a-zA-Z]*[gN]$/.test(w));
        const name = lastOperand(argv, USERADD_VALUES);
        const groupAdd = name ? groups.get(name) : undefined;
        if (!told && name && groupAdd && s === stage) found.push({ command, name, groupAdd });
      }
    }
  }
  return found;
}
