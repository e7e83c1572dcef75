// Team exercise packs: folders of exercises in the built-in format, added with `--exercises DIR`
// or a settings file's `exercises:`. A pack's exercises are `<pack>/<ID>`, so their working
// copies and progress stay apart from the built-in ones and from other packs'.
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A pack that cannot be added: one line for the user. */
export class PackError extends Error {
  override readonly name = 'PackError';
}

const packs = new Map<string, string>();

/**
 * A pack's name: `name` in its pack.json, else its folder's name (the parent's, for a folder
 * called `exercises`), lowercased to the characters an exercise ID may hold.
 */
export function packNameOf(dir: string): string {
  let name: unknown;
  try {
    name = (JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8')) as { name?: unknown }).name;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new PackError(`${join(dir, 'pack.json')}: not valid JSON with a "name"`);
  }
  if (name !== undefined && (typeof name !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(name))) {
    throw new PackError(`${join(dir, 'pack.json')}: "name" must be lowercase letters, digits and dashes`);
  }
  const folder = basename(dir) === 'exercises' ? basename(dirname(dir)) : basename(dir);
  return (name as string | undefined) ?? (folder.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'team');
}

/** Adds the pack in `dir` (absolute or relative to `cwd`); the same folder twice is one pack. Returns its name. */
export function registerPack(dir: string, cwd: string): string {
  const path = resolve(cwd, dir);
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new PackError(`--exercises ${dir}: no such folder`);
  const name = packNameOf(path);
  const known = packs.get(name);
  if (known !== undefined && known !== path) throw new PackError(`--exercises ${dir}: a pack named '${name}' is already added from ${known} (give one a "name" in its pack.json)`);
  packs.set(name, path);
  return name;
}

export const packNames = (): string[] => [...packs.keys()];
export const packDir = (name: string): string | undefined => packs.get(name);

/** `pack/ID` split, or null for a built-in ID. */
export function splitPackId(id: string): { pack: string; name: string } | null {
  const slash = id.indexOf('/');
  return slash > 0 ? { pack: id.slice(0, slash), name: id.slice(slash + 1) } : null;
}

/** For tests: forget every pack. */
export function clearPacks(): void {
  packs.clear();
}
