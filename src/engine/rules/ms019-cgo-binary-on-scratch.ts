import type { RuleReport } from '../rule';
import { dynamicGoBuild } from '../facts/builds';
import { stageCopies } from '../facts/copies';
import { baseClass, libcOf } from '../facts/images';
import { commandWords } from '../shell';
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
    for (const { copy, source } of stageCopies(model, final)) {
      if (!source) continue;
      // Certificates and time zones are data, not the binary.
      if (copy.sources.length > 0 && copy.sources.every((s) => /^\/(etc|usr\/share)\//.test(s))) continue;
      if (seen.has(source.index)) continue;
      seen.add(source.index);
      // The last go build of the source stage's chain that may link libc (`go install tool@v1` fetches a tool).
      const build = dynamicGoBuild(model, source);
      if (!build) continue;
      const builder = baseClass(model, build.stage);
      if (runtime === 'musl' && !(builder?.family === 'golang' && builder.libc === 'glibc')) continue;
      const base = runtime === 'none' ? 'has no libc at all' : 'is Alpine, with musl instead of glibc';
      reports.push({
        message: `${stageName(build.stage)} runs '${commandWords(build.command.argv)}' without CGO_ENABLED=0 and the shipped stage ${base}, so the binary may need a libc the final stage lacks (a pure-Go binary that uses neither net nor os/user is static even with cgo on): set CGO_ENABLED=0`,
        span: headSpan(copy.instruction),
      });
    }
    return reports;
  },
});
