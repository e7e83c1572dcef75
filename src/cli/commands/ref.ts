// `multistage-tutor ref [TOPIC...]`: print a reference section, found loosely by its words.
import { getSection, loadSections, type Section } from '../../content/sections';
import { closestSections, searchSections } from '../../content/search';
import { CliError, parseCommandArgs, write, type CliIO } from '../io';
import type { NotePart } from '../../content/render';

/** Below this a hit is a coincidence (a fuzzy match on one body word), not an answer. */
const MIN_SCORE = 1;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommandArgs('ref', args, {});
  if (positionals.length === 0) {
    const sections = loadSections();
    const width = Math.max(...sections.map((s) => s.id.length));
    write(io.stdout, sections.map((s) => `${s.id.padEnd(width)}  ${s.title}`).join('\n'));
    return 0;
  }
  const topic = positionals.join(' ');
  const exact = getSection(topic.replace(/\s+/g, '-'));
  const hits = exact ? [] : searchSections(topic, 3).filter((h) => h.score >= MIN_SCORE);
  const section = exact ?? hits[0]?.section;
  if (!section) {
    const near = closestSections(topic, 3)
      .map((s) => `${s.id} (${s.title})`)
      .join(', ');
    throw new CliError(`ref: no section matches '${topic}'; closest: ${near} ('multistage-tutor ref' lists them all)`);
  }
  const { renderSection } = await import('../../content/render');
  const width = Math.min(io.columns, 100);
  const others = hits.slice(1).map((h) => h.section.id);
  write(io.stdout, renderSection(section, { width, color: io.color }, footer(section, others)));
  return 0;
}

/** Which rules check the section, and what else matched the topic: notes under the section. */
function footer(section: Section, others: string[]): NotePart[][] {
  const notes: NotePart[][] = [];
  if (section.rules.length > 0) {
    notes.push([
      { strong: 'Checked by:' },
      { text: ' ' },
      ...section.rules.flatMap((id, i): NotePart[] => (i ? [{ text: ', ' }, { code: id }] : [{ code: id }])),
      { text: ' (' },
      { code: `multistage-tutor explain ${section.rules[0]}` },
      { text: ')' },
    ]);
  }
  if (others.length > 0) {
    notes.push([
      { strong: 'Also matching:' },
      { text: ' ' },
      ...others.flatMap((id, i): NotePart[] => (i ? [{ text: ', ' }, { code: `ref ${id}` }] : [{ code: `ref ${id}` }])),
    ]);
  }
  return notes;
}
