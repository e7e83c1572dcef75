import type { RuleReport } from '../rule';
import { aotWithoutLinker, rootImage } from '../facts';
import { defineRule, headSpan, stageName, buildFailureSeverity } from './util';

/**
 * A Native AOT `dotnet publish` on an SDK image that has no native linker: the publish fails.
 * Its teaching: content/rules/MS108.md.
 */
export default defineRule({
  id: 'MS108',
  name: 'aot-without-linker',
  severity: 'error',
  fixable: false,
  check({ model, shipped }) {
    const reports: RuleReport[] = [];
    for (const stage of model.stages) {
      for (const build of aotWithoutLinker(model, stage)) {
        const image = rootImage(model, stage)!;
        reports.push({
          message: `this 'dotnet publish' compiles with Native AOT (PublishAot=true), which links with clang, but ${stageName(stage)} is built on '${image.resolved}', which has no clang: the publish stops with "Platform linker ('clang' or 'gcc') not found" and the build fails. Build on an '-aot' SDK tag (e.g. 'mcr.microsoft.com/dotnet/sdk:10.0-noble-aot'), or install ${/alpine/i.test(image.tag ?? '') ? "clang, build-base and zlib-dev ('apk add')" : "clang and zlib1g-dev ('apt-get install')"} first`,
          ...buildFailureSeverity(shipped, stage),
          span: headSpan(build.command.instruction),
        });
      }
    }
    return reports;
  },
});
