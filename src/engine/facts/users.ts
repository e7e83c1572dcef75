// Users: the USER in force in a stage (through its chain) and whether that user exists at the
// point the USER instruction switches to it: numeric, created earlier, or known to the base image.
import { chain, rootImage } from '../query';
import type { Command, Instruction, Stage, StageModel, UserSetting } from '../types';
import { knownUsers } from './families';

export interface UserFact {
  setting: UserSetting;
  /** `yes`: numeric, a variable, known to the base or created before; `later`: created only after; `no`: never. */
  exists: 'yes' | 'later' | 'no';
  /** The command that creates the user (before or after the USER line), if any. */
  createdBy: Instruction | null;
}

const CREATORS = new Set(['adduser', 'useradd', 'addgroup', 'groupadd']);

/** `useradd … app`, `adduser -D app`: the user named as a non-option word of a user-creating command. */
function createsUser(command: Command, user: string): boolean {
  if (command.program !== 'adduser' && command.program !== 'useradd') return false;
  return command.argv.slice(1).some((w, i, words) => w === user && !/^-(g|G|u|s|h|d|c|-home|-shell|-gid|-uid|-ingroup|-gecos|-groups|-comment|-home-dir)$/.test(words[i - 1] ?? ''));
}

/** Every USER of the stage's chain, in file order, each with whether its user exists there. */
export function userSettings(model: StageModel, stage: Stage): UserFact[] {
  const stages = chain(model, stage).reverse();
  const root = stages[0]!;
  const known = knownUsers(root.base);
  const commands = stages.flatMap((s) => s.commands).filter((c) => CREATORS.has(c.program));
  const passwdCopies = stages.flatMap((s) => s.copies).filter((c) => c.dest === '/etc/passwd' || c.sources.some((p) => /(^|\/)passwd$/.test(p)));
  const facts: UserFact[] = [];
  for (const s of stages) {
    for (const instruction of s.instructions) {
      if (instruction.keyword !== 'USER') continue;
      const [user = '', group] = (instruction.args[0]?.value ?? '').replace(/^["']|["']$/g, '').split(':');
      const setting: UserSetting = { user, group: group ?? null, instruction };
      const line = instruction.span.start.line;
      const creator = commands.find((c) => createsUser(c, user));
      let exists: UserFact['exists'];
      if (/^\d+$/.test(user) || user.includes('$') || known.includes(user)) exists = 'yes';
      else if (passwdCopies.some((c) => c.instruction.span.start.line < line)) exists = 'yes';
      else if (creator) exists = creator.instruction.span.start.line < line ? 'yes' : 'later';
      else exists = 'no';
      facts.push({ setting, exists, createdBy: creator?.instruction ?? null });
    }
  }
  return facts;
}

/** The USER in force at the end of the stage, with its existence; null when none is set. */
export function effectiveUserFact(model: StageModel, stage: Stage): UserFact | null {
  return userSettings(model, stage).at(-1) ?? null;
}

/** The stage runs as a non-root user: a USER other than root/0, or a `nonroot` image tag without USER. */
export function runsAsNonRoot(model: StageModel, stage: Stage): boolean {
  const fact = effectiveUserFact(model, stage);
  if (!fact) return /(^|[-.])nonroot($|[-.])/.test(rootImage(model, stage)?.tag ?? '') || isUnprivilegedImage(model, stage);
  const user = fact.setting.user;
  return user !== '' && user !== 'root' && user !== '0';
}

function isUnprivilegedImage(model: StageModel, stage: Stage): boolean {
  const image = rootImage(model, stage);
  if (!image) return false;
  return image.name.includes('nginx-unprivileged') || image.name.startsWith('cgr.dev/chainguard/');
}
