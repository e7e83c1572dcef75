import type { RuleReport } from '../rule';
import type { Instruction, PackageInstall, Stage } from '../types';
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
    // One finding per RUN: installs in the branches of one script (`if …; then apt-get install …;
    // else …`) share its line, so their packages go together.
    const byInstall = new Map<Instruction, { pkgs: string[]; install: PackageInstall; stage: Stage }>();
    for (const p of installedBuildTools(model, final, extraPackages.buildTools)) {
      const run = p.install.command.instruction;
      const entry = byInstall.get(run) ?? { pkgs: [], install: p.install, stage: p.stage };
      if (!entry.pkgs.includes(p.pkg)) entry.pkgs.push(p.pkg);
      byInstall.set(run, entry);
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
