// What `multistage-tutor` prints when it is not in a terminal (piped, CI, a script): never the
// full-screen app, but the help and where to read on.
import { parseCommandArgs, type CliIO } from '../io';
import { globalHelp } from '../help';
import { loadSectionList } from '../format/sections';

export async function run(args: string[], io: CliIO): Promise<number> {
  parseCommandArgs('multistage-tutor', args, {}, false);
  const sections = await loadSectionList();
  const out = [globalHelp(Math.min(io.columns, 100)), ''];
  if (sections.length) {
    const width = Math.max(...sections.map((s) => s.id.length));
    out.push(`Reference sections ('multistage-tutor ref ID' prints one):`);
    for (const section of sections) out.push(`  ${section.id.padEnd(width)}  ${section.title}`);
  }
  io.stdout.write(out.join('\n') + '\n');
  return 0;
}
