import type { RuleReport } from '../rule';
import type { PackageInstall, Stage } from '../types';
import { isBuildToolPackage } from '../classify';
import { installedPackages } from '../query';
import { defineRule, headSpan, stageName } from './util';

export default defineRule({
  id: 'MS008',
  name: 'build-tools-in-final-stage',
  severity: 'error',
  fixable: false,
  check({ model, final, extraPackages }) {
    if (!final) return [];
    const byInstall = new Map<PackageInstall, { pkgs: string[]; install: PackageInstall; stage: Stage }>();
    for (const p of installedPackages(model, final).filter((found) => isBuildToolPackage(found.pkg, extraPackages.buildTools))) {
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
