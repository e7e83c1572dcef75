import type { RuleReport } from '../rule';
import type { PackageInstall, Stage } from '../types';
import { installedBuildTools } from '../facts/packages';
import { defineRule, headSpan, stageName } from './util';

export default defineRule({
  id: 'MS008',
  name: 'build-tools-in-final-stage',
  severity: 'warning',
  fixable: false,
  check({ model, final, extraPackages }) {
    // A single-stage file is MS012's alone.
    if (!final || model.stages.length < 2) return [];
    const byInstall = new Map<PackageInstall, { pkgs: string[]; install: PackageInstall; stage: Stage }>();
    for (const p of installedBuildTools(model, final, extraPackages.buildTools)) {
      const entry = byInstall.get(p.install) ?? { pkgs: [], install: p.install, stage: p.stage };
      entry.pkgs.push(p.pkg);
      byInstall.set(p.install, entry);
    }
    const reports: RuleReport[] = [];
    for (const { pkgs, install, stage } of byInstall.values()) {
      const via = stage === final ? '' : ` (in ${stageName(stage)}, which the final stage builds on)`;
      reports.push({
        message: `the shipped stage installs build tools ${pkgs.join(', ')}${via}: install them in a build stage and copy only its output`,
        span: headSpan(install.command.instruction),
      });
    }
    return reports;
  },
});
