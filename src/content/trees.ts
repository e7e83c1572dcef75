// Decision trees: data in content/trees/<id>.json, walked by a pure function.
// Leaves name images; their size figures come from src/engine/images, the same
// table rule MS011 quotes, so the two cannot disagree.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINAL_BASES, imageSize } from '../engine/images';
import { contentDir } from './paths';
import { describeIssues, treeFileSchema } from './tree-schema';

export interface TreeAnswer {
  /** What `--answers` takes, e.g. `yes`, `go`. */
  answer: string;
  label: string;
  /** ID of the next node (question or leaf). */
  next: string;
}

export interface Question {
  kind: 'question';
  id: string;
  text: string;
  /** Optional help shown under the question. */
  help?: string;
  /** Name of the detector that can answer it from a Dockerfile (see detect.ts). */
  detect?: string;
  answers: TreeAnswer[];
}

export interface LeafImage {
  ref: string;
  size: string;
}

export interface Leaf {
  kind: 'leaf';
  id: string;
  /** The recommendation in one line. */
  title: string;
  images: LeafImage[];
  /** All size figures in one line: `scratch 0 MB, alpine:3.19 ~7 MB`. */
  size: string;
  why: string;
  /** Reference section to read next. */
  section: string;
  /** Another tree worth walking next, if any. */
  tree?: string;
}

export type TreeNode = Question | Leaf;

export interface Tree {
  id: string;
  title: string;
  description: string;
  /** Place in the list of trees. */
  order: number;
  start: string;
  nodes: Record<string, TreeNode>;
}

export class TreeDataError extends Error {}

function treesDir(): string {
  return join(contentDir(), 'trees');
}

export function listTrees(): { id: string; title: string; description: string }[] {
  return readdirSync(treesDir())
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => loadTree(f.slice(0, -'.json'.length))!)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map((tree) => ({ id: tree.id, title: tree.title, description: tree.description }));
}

const cache = new Map<string, Tree>();

/** The tree with this ID, or undefined when there is none. Throws TreeDataError on a broken file. */
export function loadTree(id: string): Tree | undefined {
  const known = cache.get(id);
  if (known) return known;
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  let text: string;
  try {
    text = readFileSync(join(treesDir(), `${id}.json`), 'utf8');
  } catch {
    return undefined;
  }
  const tree = parseTree(id, text);
  cache.set(id, tree);
  return tree;
}

/** Size figure of an image a leaf names: its own entry, else the `*-slim` row for slim tags. */
function sizeOf(ref: string): string | null {
  return imageSize(ref) ?? (/-slim\b|:[^/]*slim/.test(ref) ? FINAL_BASES.find((b) => b.ref === '*-slim')!.size : null);
}

export function parseTree(id: string, text: string): Tree {
  const fail = (what: string): never => {
    throw new TreeDataError(`content/trees/${id}.json: ${what}`);
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`);
  }
  const parsed = treeFileSchema.safeParse(json);
  if (!parsed.success) return fail(describeIssues(parsed.error));
  const raw = parsed.data;
  const nodes: Record<string, TreeNode> = {};
  for (const [nodeId, node] of Object.entries(raw.nodes)) {
    if ('question' in node) {
      nodes[nodeId] = {
        kind: 'question',
        id: nodeId,
        text: node.question,
        ...(node.help ? { help: node.help } : {}),
        ...(node.detect ? { detect: node.detect } : {}),
        answers: node.answers.map((a) => ({ answer: a.answer.toLowerCase(), label: a.label, next: a.next })),
      };
    } else {
      const images = node.images.map((ref) => ({ ref, size: sizeOf(ref) ?? fail(`leaf "${nodeId}": no size figure for image ${ref} in src/engine/images.ts`) }));
      nodes[nodeId] = {
        kind: 'leaf',
        id: nodeId,
        title: node.recommend,
        images,
        size: images.map((i) => `${i.ref} ${i.size}`).join(', '),
        why: node.why,
        section: node.read,
        ...(node.tree ? { tree: node.tree } : {}),
      };
    }
  }
  for (const node of Object.values(nodes)) {
    if (node.kind !== 'question') continue;
    for (const a of node.answers) if (!nodes[a.next]) fail(`answer "${a.answer}" of "${node.id}" leads to unknown node "${a.next}"`);
  }
  if (!nodes[raw.start]) fail(`start node "${raw.start}" does not exist`);
  return { id, title: raw.title, description: raw.description ?? '', order: raw.order ?? 99, start: raw.start, nodes };
}

export interface Step {
  question: Question;
  answer: TreeAnswer;
}

export type WalkResult =
  | { status: 'question'; path: Step[]; question: Question }
  | { status: 'leaf'; path: Step[]; leaf: Leaf }
  /** An answer matched no choice of its question, or came after the leaf. */
  | { status: 'invalid'; path: Step[]; given: string; question: Question | null; leaf: Leaf | null };

/** The choice an answer picks: its ID, its label (case-insensitive) or its 1-based number. */
export function matchAnswer(question: Question, given: string): TreeAnswer | undefined {
  const g = given.trim().toLowerCase();
  return (
    question.answers.find((a) => a.answer === g) ??
    question.answers.find((a) => a.label.toLowerCase() === g) ??
    (/^\d+$/.test(g) ? question.answers[Number(g) - 1] : undefined)
  );
}

export function walkTree(tree: Tree, answers: readonly string[]): WalkResult {
  const path: Step[] = [];
  let node = tree.nodes[tree.start]!;
  for (const given of answers) {
    if (node.kind === 'leaf') return { status: 'invalid', path, given, question: null, leaf: node };
    const answer = matchAnswer(node, given);
    if (!answer) return { status: 'invalid', path, given, question: node, leaf: null };
    path.push({ question: node, answer });
    node = tree.nodes[answer.next]!;
  }
  return node.kind === 'leaf' ? { status: 'leaf', path, leaf: node } : { status: 'question', path, question: node };
}
