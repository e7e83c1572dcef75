import type { RuleReport } from '../rule';
import { libcMismatches, rootImage } from '../facts';
import { defineRule, headSpan } from './util';

const LACKS = { none: 'has no C library at all', musl: 'has musl, not glibc', glibc: 'has glibc, not musl' } as const;

/**
 * A Rust or .NET binary linked against one C library, shipped on a final stage with the other
 * (or none): the image builds, the container does not start. Go's case is MS019.
 * Its teaching: content/rules/MS106.md.
 */
export default defineRule({
  id: 'MS106',
  name: 'libc-mismatch',
  severity: 'warning',
  fixable: false,
  check({ model, final }) {
    if (!final) return [];
    const reports: RuleReport[] = [];
    const seen = new Set<unknown>();
    for (const m of libcMismatches(model, final)) {
      if (seen.has(m.copy)) continue;
      seen.add(m.copy);
      const image = rootImage(model, final);
      const base = image ? `'${image.resolved}'` : 'scratch';
      const fix =
        // A cargo build needing the other libc is always a glibc one (a musl build is static).
        m.build.tool === 'cargo'
          ? 'build for a musl target (rustup target add $(uname -m)-unknown-linux-musl, then cargo build --target it) or ship on a glibc image such as debian:trixie-slim'
          : m.needs === 'musl'
            ? 'publish for linux-x64/linux-arm64, or ship on an -alpine runtime-deps image'
            : 'publish for linux-musl-x64/linux-musl-arm64, or ship on a Debian or Ubuntu runtime-deps image';
      reports.push({
        message: `${m.why}, so the binary needs ${m.needs}, but the shipped stage's base ${base} ${LACKS[m.has]}: the image builds but the program cannot start ("no such file or directory"): ${fix}`,
        span: headSpan(m.copy.copy.instruction),
      });
    }
    return reports;
  },
});
