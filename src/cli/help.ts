// The global help and each command's own help, both drawn from the one command table.
import pkg from '../../package.json' with { type: 'json' };
import { COMMANDS, COMMAND_NAMES, GLOBAL_FLAGS, type CommandName, type CommandSpec, type Takes } from './command-table';
import { wrap } from './format/wrap';

export const VERSION: string = pkg.version;

const BIN = 'multistage-tutor';

const EXIT_CODES = `Exit codes: 0 done or clean; 1 findings at or above --fail-on, or the exercise does not pass yet;
            2 usage or input error.`;

/** Rows of two columns, the second wrapped under itself. */
function table(rows: readonly (readonly [string, string])[], indent: number, width: number): string[] {
  const left = Math.max(...rows.map(([a]) => a.length)) + 2;
  const room = Math.max(20, width - indent - left);
  return rows.flatMap(([a, b]) => {
    if (indent + left + 20 > width) return [' '.repeat(indent) + a, ...wrap(b, width - indent - 4).map((l) => ' '.repeat(indent + 4) + l)];
    const [first = '', ...rest] = wrap(b, room);
    return [' '.repeat(indent) + a.padEnd(left) + first, ...rest.map((l) => ' '.repeat(indent + left) + l)];
  });
}

/** A private-use character wrap() does not break at (\s does not match it). */
const KEEP_TOGETHER = '\uE001';

const usage = (name: string, spec: CommandSpec) => `${BIN} ${name}${spec.args ? ` ${spec.args}` : ''}`;

export function globalHelp(width = 100): string {
  const rows: [string, string][] = [[BIN, 'open the tutor (in a terminal); piped: this help and the reference index']];
  for (const name of COMMAND_NAMES) rows.push([usage(name, COMMANDS[name]), COMMANDS[name].summary]);
  return [
    `${BIN} ${VERSION}: learn, look up and check Docker multi-stage builds`,
    '',
    'Usage:',
    ...table(rows, 2, width),
    '',
    'Options:',
    ...table(GLOBAL_FLAGS, 2, width),
    '',
    ...wrap(`'${BIN} COMMAND --help' shows a command's flags, examples and what it takes (tree names, exercise IDs, rule IDs).`, width),
    '',
    EXIT_CODES,
  ].join('\n');
}

/** The noun for what a command takes, as its help lists them. */
export const TAKES_LABEL: Record<Takes, string> = {
  sections: 'Reference sections (TOPIC)',
  trees: 'Trees (NAME)',
  exercises: 'Exercises (ID, or the number before it)',
  rules: 'Rules (ID or name)',
};

/** One command's help. `takes` are the names its arguments may be (listed under TAKES_LABEL). */
export function commandHelp(name: CommandName, takes: readonly string[] = [], width = 100): string {
  const spec: CommandSpec = COMMANDS[name];
  const out = [`${usage(name, spec)}: ${spec.summary}`, ''];
  for (const paragraph of spec.details ?? []) out.push(...wrap(paragraph, width), '');
  out.push('Usage:', `  ${usage(name, spec)}${spec.flags.length ? ' [options]' : ''}`, '');
  const own: [string, string][] = [['--help, -h', 'this help'], GLOBAL_FLAGS[2] as [string, string]];
  out.push('Options:', ...table([...spec.flags, ...own], 2, width), '');
  if (spec.takes && takes.length) {
    // A number stays with its ID ("8 python-venv") when the list wraps.
    const items = wrap(takes.map((t) => t.replace(/ /g, KEEP_TOGETHER)).join(', '), width - 2);
    out.push(`${TAKES_LABEL[spec.takes]}:`, ...items.map((l) => `  ${l.replaceAll(KEEP_TOGETHER, ' ')}`), '');
  }
  out.push('Examples:', ...spec.examples.map((e) => `  ${BIN} ${e}`), '');
  out.push(...wrap(`Exit codes: ${spec.exits ? `${spec.exits}; ` : '0 done; '}2 usage or input error.`, width));
  return out.join('\n');
}
