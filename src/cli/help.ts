import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;

export const HELP = `multistage-tutor ${pkg.version}: learn, look up and check Docker multi-stage builds

Usage:
  multistage-tutor                    open the tutor (in a terminal); piped: this help and the reference index
  multistage-tutor ref [TOPIC...]     print a reference section ("copy from", "base"); no TOPIC: the sections
  multistage-tutor tree [NAME]        walk a decision tree (--answers yes,no,... without a terminal;
                                      --dockerfile FILE answers what it can from a Dockerfile)
  multistage-tutor lint [FILE...|-]   lint Dockerfiles (default ./Dockerfile); a folder: every Dockerfile under it
      --format text|json|sarif|github|gitlab|checkstyle   output format (default text)
      --config FILE | --no-config     the settings file (default: .multistage-tutor.yaml, found upwards)
      --fix                           apply the fixes of fixable rules in place (with -: print to stdout)
      --ignore MS014,MS015            skip rules
      --target NAME                   judge NAME as the shipped stage, as docker build --target would
      --fail-on error|warning|info|none   lowest severity that fails (default error)
  multistage-tutor graph [FILE]       draw the stage graph (--target NAME)
  multistage-tutor exercises          list the exercises with their status (--format json)
  multistage-tutor exercises new ID   scaffold a team exercise (--dir DIR)
  multistage-tutor exercises validate DIR   check a folder of exercises (for their authors)
  multistage-tutor check ID           check an exercise answer (--file PATH, --format text|json)
  multistage-tutor reset ID|--all     put the broken start back (asks first; --yes skips the question)
  multistage-tutor hint ID            the next hint (--all: every hint)
  multistage-tutor solution ID        the reference solution, once the exercise has passed
  multistage-tutor rules              list the rules
  multistage-tutor explain ID         explain one rule: why, bad and good example, fix
  multistage-tutor completion bash|zsh|fish   print a shell completion script

Options: --help, --version, --no-color (NO_COLOR is honoured too);
         --exercises DIR adds a team's exercise pack (any command, repeatable)

Exit codes: 0 done or clean; 1 findings at or above --fail-on, or the exercise does not pass yet;
            2 usage or input error.`;
