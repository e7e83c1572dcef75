// Which C library a shipped native binary needs, against the one the final stage has: a Rust
// binary built for glibc on Alpine or scratch, a .NET publish for musl (linux-musl-x64) on Debian
// or for glibc on Alpine. The binary is there, but its loader is not: "no such file or directory"
// at start. (Go's case is MS019's, by rules.md's own terms.)
import type { Stage, StageModel } from '../types';
import { buildsThrough, optionValue, publishesSelfContained, type Build } from './builds';
import { stageCopies, type StageCopy } from './copies';
import { libcOf } from './images';
import { installedPackages } from './packages';

export interface LibcMismatch {
  copy: StageCopy;
  build: Build;
  /** The C library the binary is linked against. */
  needs: 'glibc' | 'musl';
  /** What the final stage has: the other C library, or none (scratch, distroless static). */
  has: 'glibc' | 'musl' | 'none';
  /** What shows the binary's C library: the cargo target or default, or the .NET runtime identifier. */
  why: string;
}

const DATA =
  /^\/(etc|usr\/share)\/|(^|\/)(static|assets|public|wwwroot|templates|migrations|config|certs?)(\/|$)|\.(json|toml|ya?ml|html?|css|m?js|map|sql|conf|ini|txt|md|pem|crt|svg|png|ico)$/i;

// Packages that let glibc binaries run on Alpine.
const GLIBC_SHIMS = new Set(['gcompat', 'libc6-compat']);

/** The C library a build's binary links dynamically, and why; null when static or not a native binary. */
function binaryLibc(model: StageModel, build: Build): { needs: 'glibc' | 'musl'; why: string } | null {
  const argv = build.command.argv;
  if (build.tool === 'cargo' && argv[1] === 'build' && build.static === false) {
    // Only a target known to be glibc's: a variable's triple (set outside the file) or wasm is not judged.
    if (build.target === null) return { needs: 'glibc', why: 'cargo builds for the default glibc target' };
    if (!build.target.includes('$') && /-linux-gnu/.test(build.target)) return { needs: 'glibc', why: `cargo builds for ${build.target}` };
    return null;
  }
  if (build.tool === 'dotnet' && argv[1] === 'publish' && publishesSelfContained(model, build.stage, build.build)) {
    const rid =
      optionValue(argv, '-r', '--runtime') ?? argv.map((w) => /^[-/]p(?:roperty)?:RuntimeIdentifier=(.+)$/i.exec(w)?.[1]).find(Boolean);
    if (!rid || rid.includes('$')) return null;
    if (/musl|^alpine/i.test(rid)) return { needs: 'musl', why: `dotnet publishes for ${rid}` };
    if (/^linux-/i.test(rid)) return { needs: 'glibc', why: `dotnet publishes for ${rid}` };
  }
  return null;
}

/** Copies into the final stage of a binary whose C library the stage does not have. */
export function libcMismatches(model: StageModel, final: Stage): LibcMismatch[] {
  // Most files build neither Rust nor .NET: nothing to read the copies for.
  if (!model.stages.some((s) => s.builds.some((b) => b.tool === 'cargo' || b.tool === 'dotnet'))) return [];
  const has = libcOf(model, final);
  if (has === 'unknown') return [];
  let shims: boolean | undefined;
  const shimmed = () => (shims ??= installedPackages(model, final).some((p) => GLIBC_SHIMS.has(p.pkg)));
  const found: LibcMismatch[] = [];
  for (const copy of stageCopies(model, final)) {
    // Certificates, time zones, web assets and configuration are no binary.
    if (copy.sources.every((s) => DATA.test(s))) continue;
    for (const build of buildsThrough(model, copy.source)) {
      const linked = binaryLibc(model, build);
      if (!linked || linked.needs === has) continue;
      if (linked.needs === 'glibc' && has === 'musl' && shimmed()) continue;
      found.push({ copy, build, needs: linked.needs, has, why: linked.why });
    }
  }
  return found;
}
