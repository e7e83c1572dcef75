// `multistage-tutor completion bash|zsh|fish`: a shell completion script. The names it completes
// (commands, rule IDs, exercise IDs with the team packs of this folder, tree names, reference
// topics) are written into the script, so completing costs no Node start-up.
import { rules } from '../../engine/rules/index';
import { listTrees, loadSections } from '../../content';
import { listExercises } from '../../exercises';
import { COMMAND_NAMES } from '../command-table';
import { CliError, parseCommandArgs, write, type CliIO } from '../io';

const SHELLS = ['bash', 'zsh', 'fish'] as const;

export interface CompletionNames {
  commands: string[];
  rules: string[];
  exercises: string[];
  trees: string[];
  topics: string[];
}

/** Flags each command takes (the global ones too), and the values of those that take a word. */
const FLAGS: Record<string, string[]> = {
  lint: ['--format', '--config', '--no-config', '--fix', '--ignore', '--target', '--fail-on'],
  graph: ['--target', '--format'],
  tree: ['--dockerfile', '--answers', '--format'],
  exercises: ['--format', '--exercises', '--config', '--no-config'],
  check: ['--file', '--format', '--exercises', '--config', '--no-config'],
  reset: ['--all', '--yes', '--exercises'],
  hint: ['--all', '--exercises'],
  solution: ['--exercises'],
};
const FORMATS = 'text json sarif github gitlab checkstyle';
const FAIL_ON = 'error warning info none';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommandArgs('completion', args, {});
  const shell = positionals[0];
  if (positionals.length !== 1 || !(SHELLS as readonly string[]).includes(shell!)) {
    throw new CliError(`completion: give one shell: ${SHELLS.join(', ')} (e.g. 'eval "$(multistage-tutor completion bash)"' in ~/.bashrc)`);
  }
  const names: CompletionNames = {
    commands: [...COMMAND_NAMES],
    rules: rules.map((r) => r.id),
    exercises: listExercises().map((e) => e.id),
    trees: listTrees().map((t) => t.id),
    topics: loadSections().map((s) => s.id),
  };
  const script = shell === 'bash' ? bashScript(names) : shell === 'zsh' ? zshScript(names) : fishScript(names);
  write(io.stdout, script);
  return 0;
}

const words = (list: string[]) => list.join(' ');

export function bashScript(n: CompletionNames): string {
  const flagCases = Object.entries(FLAGS)
    .map(([cmd, flags]) => `    ${cmd}) flags="${words(flags)}" ;;`)
    .join('\n');
  return `# bash completion for multistage-tutor. Load it with
#   eval "$(multistage-tutor completion bash)"        (in ~/.bashrc)
# or save it as ~/.local/share/bash-completion/completions/multistage-tutor
_multistage_tutor() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local commands="${words(n.commands)}"
  local rules="${words(n.rules)}"
  local exercises="${words(n.exercises)}"
  local trees="${words(n.trees)}"
  local topics="${words(n.topics)}"
  COMPREPLY=()
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi
  local command="\${COMP_WORDS[1]}" flags=""
  case "$command" in
${flagCases}
  esac
  case "$prev" in
    --format|-f) COMPREPLY=($(compgen -W "${FORMATS}" -- "$cur")); return ;;
    --fail-on) COMPREPLY=($(compgen -W "${FAIL_ON}" -- "$cur")); return ;;
    --ignore) COMPREPLY=($(compgen -W "$rules" -- "$cur")); return ;;
    --config|--file|--dockerfile) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --exercises|--dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --target|--answers) return ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$flags --help" -- "$cur"))
    return
  fi
  case "$command" in
    explain) COMPREPLY=($(compgen -W "$rules" -- "$cur")) ;;
    check|reset|hint|solution) COMPREPLY=($(compgen -W "$exercises" -- "$cur")) ;;
    tree) COMPREPLY=($(compgen -W "$trees" -- "$cur")) ;;
    ref) COMPREPLY=($(compgen -W "$topics" -- "$cur")) ;;
    exercises)
      if [ "$COMP_CWORD" -eq 2 ]; then COMPREPLY=($(compgen -W "new validate" -- "$cur"))
      elif [ "\${COMP_WORDS[2]}" = validate ]; then COMPREPLY=($(compgen -d -- "$cur")); fi ;;
    completion) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")) ;;
    lint|graph) COMPREPLY=($(compgen -f -- "$cur")) ;;
  esac
}
complete -o filenames -F _multistage_tutor multistage-tutor
`;
}

export function zshScript(n: CompletionNames): string {
  const flagCases = Object.entries(FLAGS)
    .map(([cmd, flags]) => `    ${cmd}) flags=(${words(flags)}) ;;`)
    .join('\n');
  return `#compdef multistage-tutor
# zsh completion for multistage-tutor. Load it with
#   eval "$(multistage-tutor completion zsh)"         (in ~/.zshrc, after compinit)
# or save it as _multistage-tutor in a folder of your $fpath
_multistage_tutor() {
  local -a commands=(${words(n.commands)})
  local -a rules=(${words(n.rules)})
  local -a exercises=(${words(n.exercises)})
  local -a trees=(${words(n.trees)})
  local -a topics=(${words(n.topics)})
  local -a flags
  if (( CURRENT == 2 )); then
    compadd -- $commands --help --version
    return
  fi
  case $words[2] in
${flagCases}
  esac
  case $words[CURRENT-1] in
    --format|-f) compadd -- ${FORMATS}; return ;;
    --fail-on) compadd -- ${FAIL_ON}; return ;;
    --ignore) compadd -- $rules; return ;;
    --config|--file|--dockerfile) _files; return ;;
    --exercises|--dir) _files -/; return ;;
    --target|--answers) return ;;
  esac
  if [[ $PREFIX == -* ]]; then
    compadd -- $flags --help
    return
  fi
  case $words[2] in
    explain) compadd -- $rules ;;
    check|reset|hint|solution) compadd -- $exercises ;;
    tree) compadd -- $trees ;;
    ref) compadd -- $topics ;;
    exercises) if (( CURRENT == 3 )); then compadd -- new validate; else _files -/; fi ;;
    completion) compadd -- bash zsh fish ;;
    lint|graph) _files ;;
  esac
}
if (( $+functions[compdef] )); then
  compdef _multistage_tutor multistage-tutor
else
  _multistage_tutor "$@"
fi
`;
}

export function fishScript(n: CompletionNames): string {
  const c = 'complete -c multistage-tutor';
  const on = (cmds: string) => `-n '__fish_seen_subcommand_from ${cmds}'`;
  const lines = [
    '# fish completion for multistage-tutor. Load it with',
    '#   multistage-tutor completion fish | source',
    '# or save it as ~/.config/fish/completions/multistage-tutor.fish',
    `${c} -f`,
    `${c} -n __fish_use_subcommand -a '${words(n.commands)}'`,
    `${c} ${on('explain')} -a '${words(n.rules)}'`,
    `${c} ${on('check reset hint solution')} -a '${words(n.exercises)}'`,
    `${c} ${on('tree')} -a '${words(n.trees)}'`,
    `${c} ${on('ref')} -a '${words(n.topics)}'`,
    `${c} ${on('exercises')} -a 'new validate'`,
    `${c} ${on('completion')} -a 'bash zsh fish'`,
    `${c} ${on('lint graph')} -F`,
    `${c} -l format -s f -x -a '${FORMATS}'`,
    `${c} ${on('lint')} -l fail-on -x -a '${FAIL_ON}'`,
    `${c} ${on('lint')} -l ignore -x -a '${words(n.rules)}'`,
    `${c} -l config -r -F`,
    `${c} -l exercises -r -a '(__fish_complete_directories)'`,
  ];
  for (const [cmd, flags] of Object.entries(FLAGS)) {
    for (const flag of flags) {
      if (['--format', '--fail-on', '--ignore', '--config', '--exercises'].includes(flag)) continue;
      lines.push(`${c} ${on(cmd)} -l ${flag.slice(2)}`);
    }
  }
  return lines.join('\n') + '\n';
}
