// `multistage-tutor tree [NAME] [--answers a,b] [--dockerfile FILE] [--format text|json]`: walk a decision tree.
// On a terminal a question at a time; otherwise (or with --answers) it prints the path taken
// and the recommendation. --dockerfile answers what the file's stage model can.
import { escapeControls } from '../../engine/text';
import { buildModel } from '../../engine';
import { didYouMean, didYouMeanHint } from '../../engine/did-you-mean';
import { listTrees, loadTree, walkWithDockerfile, type Leaf, type PlannedWalk, type Question, type Tree } from '../../content';
import { CliError, parseCommandArgs, readInput, write, type CliIO } from '../io';
import { paint, type Paint } from '../format/color';
import { wrap } from '../format/wrap';
import { loadTui } from '../open-tui';

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('tree', args, {
    answers: { type: 'string' },
    dockerfile: { type: 'string' },
    format: { type: 'string', default: 'text' },
  });
  if (values.format !== 'text' && values.format !== 'json')
    throw new CliError(`tree: --format must be one of text, json, not '${values.format}'`);
  const trees = listTrees();
  if (positionals.length === 0) {
    if (values.dockerfile || values.answers) throw new CliError(`tree: name a tree to walk (${trees.map((t) => t.id).join(', ')})`);
    if (values.format === 'json') {
      // The list as the text shows it; an object, so more can be added without breaking a reader.
      write(io.stdout, JSON.stringify({ trees: trees.map((t) => ({ id: t.id, title: t.title, description: t.description })) }));
      return 0;
    }
    const width = Math.max(...trees.map((t) => t.id.length));
    write(io.stdout, trees.map((t) => `${t.id.padEnd(width)}  ${t.title}`).join('\n'));
    return 0;
  }
  if (positionals.length > 1) throw new CliError(`tree: one tree at a time (got ${positionals.join(', ')})`);
  const name = positionals[0]!.toLowerCase();
  const tree = loadTree(name);
  if (!tree) {
    const close = didYouMean(name, trees, { names: (t) => [t.id, t.title], substring: true }).map((t) => t.id);
    throw new CliError(`tree: no tree '${positionals[0]}' (${didYouMeanHint(close)}trees: ${trees.map((t) => t.id).join(', ')})`);
  }

  let model = null;
  let file: { label: string; arg: string } | null = null;
  if (values.dockerfile !== undefined) {
    const input = await readInput(values.dockerfile, io);
    if ('error' in input) throw new CliError(`tree: ${input.error}`);
    model = buildModel(input.text);
    file = { label: input.name, arg: values.dockerfile };
  }
  const given =
    values.answers === undefined
      ? []
      : values.answers
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean);
  const plan = walkWithDockerfile(tree, model, given);

  if (plan.result.status === 'invalid') throw new CliError(`tree: ${invalidMessage(plan)}`);
  if (values.format === 'json') {
    write(io.stdout, JSON.stringify(treeJson(tree, plan)));
    return 0;
  }
  if (io.interactive && values.answers === undefined) return interactive(tree, plan, io);

  write(io.stdout, report(tree, plan, file, paint(io.color), Math.min(io.columns, 100)));
  return 0;
}

/** `tree NAME --format json` as cli.md specifies: the answers so far, the next question, the result. */
export function treeJson(tree: Tree, plan: PlannedWalk): object {
  const r = plan.result;
  return {
    tree: tree.id,
    answers: plan.steps.map((step) => ({
      node: step.question.id,
      question: step.question.text,
      answer: step.answer.answer,
      label: step.answer.label,
      from: step.source === 'file' ? 'dockerfile' : 'answers',
      line: step.detection?.line ?? null,
      because: step.detection?.because ?? null,
    })),
    next:
      r.status === 'question' ? { node: r.question.id, question: r.question.text, answers: r.question.answers.map((a) => a.answer) } : null,
    result: r.status === 'leaf' ? { id: r.leaf.id, title: r.leaf.title, sections: [r.leaf.section] } : null,
  };
}

function invalidMessage(plan: PlannedWalk): string {
  const r = plan.result;
  if (r.status !== 'invalid') return '';
  if (r.question === null) return `too many answers: the walk ended after ${r.path.length} ('${r.given}' is left over)`;
  return `'${r.given}' is not an answer to "${r.question.text}" (answers: ${r.question.answers.map((a) => a.answer).join(', ')})`;
}

/** Wrapped to the width: the first line indented by `first` spaces, the rest by `rest`. */
const para = (text: string, width: number, first: number, rest: number) =>
  wrap(text, width - rest).map((line, i) => ' '.repeat(i === 0 ? first : rest) + line);

type FileInfo = { label: string; arg: string } | null;

function report(tree: Tree, plan: PlannedWalk, file: FileInfo, p: Paint, width: number): string {
  const out = [p.bold(tree.title), ''];
  for (const step of plan.steps) {
    out.push(...para(step.question.text, width, 2, 2));
    const d = step.detection;
    out.push(`    → ${p.green(step.answer.label)}`);
    // The file's name and what was found in it are the user's text: escaped.
    if (d) out.push(...para(p.dim(escapeControls(`from ${file?.label}${d.line ? ` line ${d.line}` : ''}: ${d.because}`)), width, 6, 6));
  }
  if (plan.steps.length) out.push('');
  const r = plan.result;
  if (r.status === 'leaf') out.push(...leafLines(r.leaf, p, width));
  if (r.status === 'question') out.push(...openQuestion(r.question, plan, file, p));
  return out.join('\n');
}

function leafLines(leaf: Leaf, p: Paint, width: number): string[] {
  const refWidth = Math.max(...leaf.images.map((i) => i.ref.length));
  return [
    ...para(`${p.bold('Recommendation:')} ${leaf.title}`, width, 0, 2),
    ...leaf.images.map((i) => `  ${i.ref.padEnd(refWidth)}  ${i.size}`),
    ...para(`Why: ${leaf.why}`, width, 2, 7),
    `  Read next: multistage-tutor ref ${leaf.section}`,
    ...(leaf.tree ? [`  Then: multistage-tutor tree ${leaf.tree}`] : []),
  ];
}

function openQuestion(question: Question, plan: PlannedWalk, file: FileInfo, p: Paint): string[] {
  const lead = file && question.detect ? `Not answered by ${escapeControls(file.label)}:` : 'Next question:';
  const width = Math.max(...question.answers.map((a) => a.answer.length));
  const sofar = plan.steps.filter((s) => s.source === 'given').map((s) => s.answer.answer);
  return [
    `${p.yellow(lead)} ${question.text}`,
    ...(question.help ? [`  ${question.help}`] : []),
    ...question.answers.map((a) => `  ${a.answer.padEnd(width)}  ${a.label}`),
    '',
    `Answer with --answers ${[...sofar, '<answer>'].join(',')}${file ? ` --dockerfile ${escapeControls(file.arg)}` : ''}, or run it in a terminal to choose.`,
  ];
}

async function interactive(first: Tree, plan: PlannedWalk, io: CliIO): Promise<number> {
  const { runTreeInteractive } = await loadTui();
  let tree = first;
  let options: { initialAnswers?: string[]; detections?: PlannedWalk['detections'] } = {
    initialAnswers: plan.answers,
    detections: plan.detections,
  };
  for (;;) {
    const result = await runTreeInteractive(tree, io, options);
    if (result.openTree) {
      const next = loadTree(result.openTree);
      if (!next) return 0;
      tree = next;
      options = {};
      continue;
    }
    if (result.openSection) {
      const { getSection } = await import('../../content');
      const { renderSection } = await import('../../content/render');
      const section = getSection(result.openSection);
      if (section) write(io.stdout, renderSection(section, { width: Math.min(io.columns, 100), color: io.color }));
    }
    return 0;
  }
}
