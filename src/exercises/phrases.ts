// How goal messages name things in the learner's file: lines, instructions, commands, stages,
// base images and what a selector looks for.
import type { Command, Instruction, Stage, StageModel } from '../engine/types';
import type { BaseFamily, Selector } from './types';

export const lineOf = (instruction: Instruction): number => instruction.span.start.line;
export const lines = (instructions: Instruction[]): string => [...new Set(instructions.map(lineOf))].join(', ');
export const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A command of a RUN in backticks, and the line it is written on (within the RUN's lines). */
export function commandAt(model: StageModel, command: Command): string {
  // The line holding the longest run of the command's words, as written (quotes aside).
  const { start, end } = command.instruction.span;
  let line = start.line;
  search: for (let k = command.argv.length; k >= 1; k--) {
    const head = command.argv.slice(0, k).join(' ');
    for (let l = start.line; l <= end.line; l++) {
      if ((model.lines[l - 1] ?? '').replace(/["']/g, '').includes(head)) {
        line = l;
        break search;
      }
    }
  }
  const text = command.argv.join(' ').replace(/`/g, "'");
  return `\`${text.length > 72 ? text.slice(0, 69) + '…' : text}\` on line ${line}`;
}

/** The instruction's first line in backticks, shortened. */
export function quote(model: StageModel, instruction: Instruction): string {
  const text = (model.lines[lineOf(instruction) - 1] ?? '').trim().replace(/\s*\\$/, '').replace(/`/g, "'");
  return `\`${text.length > 72 ? text.slice(0, 69) + '…' : text}\``;
}

export function baseText(root: Stage): string {
  if (root.base.kind === 'scratch') return '`scratch`';
  if (root.base.kind === 'image') return `\`${root.base.image.resolved}\``;
  return `\`${root.from.args[0]?.value ?? ''}\``;
}

export function stageName(stage: Stage): string {
  return stage.name ? `\`${stage.name}\`` : `stage ${stage.index}`;
}

export function stagesText(stages: Stage[]): string {
  return stages.map((s) => `${stageName(s)} (line ${lineOf(s.from)})`).join(' or ');
}

const FAMILY_TEXT: Record<BaseFamily, string> = {
  scratch: '`scratch`',
  alpine: 'Alpine',
  'debian-slim': 'Debian slim',
  'distroless-static': 'distroless static',
  'distroless-base': 'distroless base',
  node: 'a Node.js image',
  'node-runtime': 'a slim, Alpine or distroless Node.js image',
  'python-runtime': 'a slim or distroless Python image',
  golang: 'a Go image',
  jre: 'a Java runtime (JRE) image',
  jdk: 'a JDK image',
  aspnet: 'an ASP.NET Core (`aspnet`) image',
  'dotnet-runtime': 'a .NET runtime image',
  'dotnet-runtime-deps': 'a .NET runtime-deps image',
  'dotnet-sdk': 'the .NET SDK',
};

export function familyList(families: BaseFamily[]): string {
  const names = families.map((f) => FAMILY_TEXT[f]);
  return names.length <= 1 ? (names[0] ?? 'an accepted base') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

const TOOL_TEXT: Record<string, string> = {
  go: '`go build`', cargo: '`cargo build`', npm: 'the npm build', yarn: 'the yarn build', pnpm: 'the pnpm build', tsc: '`tsc`',
  mvn: 'the Maven build', gradle: 'the Gradle build', dotnet: '`dotnet publish`', make: '`make`', gcc: '`gcc`',
};

/** "that runs `go build`", "that installs the dependencies", "that runs the tests". */
export function selectorText(selector: Selector): string {
  const parts: string[] = [];
  if (selector.builds) parts.push(`runs ${[...new Set(selector.builds.map((t) => TOOL_TEXT[t] ?? `\`${t}\``))].slice(0, 2).join(' or ')}`);
  if (selector.installsDeps) parts.push('installs the dependencies');
  if (selector.tests) parts.push('runs the tests');
  if (selector.runs) parts.push(`runs \`${selector.runs[0]}\``);
  if (selector.installs) parts.push(`installs ${selector.installs.map((p) => `\`${p}\``).join(' and ')}`);
  if (selector.final === false) parts.push('is not the final one');
  return `that ${parts.join(' and ') || 'matches'}`;
}
