// The one definition of a decision-tree file (content/trees/<id>.json): the loader validates with it,
// and content/trees/tree.schema.json (for editors) is generated from it by `npm run schemas`.
import { z } from 'zod';

/** Detectors that can answer a question from a Dockerfile (src/content/detect.ts; a test keeps both lists equal). */
export const DETECTOR_NAMES = ['builds-code', 'build-tools-or-dev-deps', 'final-over-500mb', 'needs-runtime', 'static-binary', 'libc', 'language'] as const;

const answer = z.strictObject({
  answer: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case letters, digits and -').describe('What --answers takes.'),
  label: z.string().min(1),
  next: z.string().min(1).describe('Name of the next question or recommendation.'),
});

const question = z.strictObject({
  question: z.string().min(1),
  help: z.string().optional(),
  detect: z.enum(DETECTOR_NAMES).optional().describe('Lets `tree --dockerfile` answer this question from the file.'),
  answers: z.array(answer).min(2, 'a question needs at least two answers'),
});

const recommendation = z.strictObject({
  recommend: z.string().min(1),
  images: z.array(z.string().min(1)).min(1),
  why: z.string().min(1),
  read: z.string().min(1).describe('Reference section ID to read next.'),
  tree: z.string().optional().describe('ID of a tree worth walking next.'),
});

export const treeFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    title: z.string().min(1).describe('The question the whole tree answers.'),
    description: z.string().optional(),
    order: z.number().int().optional().describe('Place in the list of trees.'),
    start: z.string().min(1).describe('Name of the first question.'),
    nodes: z.record(z.string(), z.union([question, recommendation])),
  })
  .describe('A multistage-tutor decision tree: questions lead to other questions or to recommendations (leaves).');

export type TreeFile = z.infer<typeof treeFileSchema>;
export type TreeFileNode = TreeFile['nodes'][string];

/** The JSON Schema editors read, generated from the definition above. */
export function treeJsonSchema(): object {
  return { $id: 'https://github.com/multistage-tutor/trees/tree.schema.json', ...z.toJSONSchema(treeFileSchema, { target: 'draft-2020-12' }) };
}

type Issue = z.core.$ZodIssue;

/** Zod's issues as one line an author can act on: `nodes.go.answers[0].next: …`. */
export function describeIssues(error: z.ZodError): string {
  return flatten(error.issues, [])
    .slice(0, 3)
    .map(({ path, message }) => {
      const where = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
      return `${where || '(top level)'}: ${message}`;
    })
    .join('; ');
}

/** A node that fits neither shape is described by the shape it comes closest to (fewest issues). */
function flatten(issues: readonly Issue[], at: PropertyKey[]): { path: PropertyKey[]; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...at, ...issue.path];
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ path, message: issue.message }];
    const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
    return flatten(closest, path);
  });
}
