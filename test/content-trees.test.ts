// Every decision tree is walked end to end: every answer leads somewhere, every node and
// leaf is reachable, every link resolves, and the size figures agree with rule MS011's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { heavyBaseAdvice, LANGUAGE_SIZES, imageSize } from '../src/engine/images';
import { DETECTORS, getSection, listTrees, loadTree, walkTree, type Tree } from '../src/content';
import { parseTree, TreeDataError } from '../src/content/trees';
import { DETECTOR_NAMES, treeJsonSchema } from '../src/content/tree-schema';
import { ROOT } from './cli-helpers';

const trees = listTrees().map((t) => loadTree(t.id)!);

/** Every complete walk: the answers, from the start to a leaf. */
function allPaths(tree: Tree): string[][] {
  const paths: string[][] = [];
  const visit = (answers: string[], seen: Set<string>) => {
    const r = walkTree(tree, answers);
    if (r.status === 'leaf') return void paths.push(answers);
    if (r.status !== 'question') throw new Error(`walk ${answers.join(',')} is ${r.status}`);
    if (seen.has(r.question.id)) throw new Error(`cycle at ${r.question.id}`);
    for (const a of r.question.answers) visit([...answers, a.answer], new Set([...seen, r.question.id]));
  };
  visit([], new Set());
  return paths;
}

describe('decision trees', () => {
  it('has the three trees in order', () => {
    expect(listTrees().map((t) => t.id)).toEqual(['multi-stage', 'final-base', 'runtime']);
  });

  it('offers the runtime tree for every language of the issue', () => {
    const language = loadTree('runtime')!.nodes.language!;
    expect(language.kind === 'question' && language.answers.map((a) => a.answer)).toEqual([
      'go',
      'rust',
      'node',
      'python',
      'java',
      'dotnet',
      'static-site',
    ]);
  });

  for (const tree of trees) {
    describe(tree.id, () => {
      const paths = allPaths(tree);

      it('ends every walk at a recommendation, and reaches every node', () => {
        const reached = new Set<string>([tree.start]);
        for (const answers of paths) for (const step of walkTree(tree, answers).path) reached.add(step.answer.next);
        expect([...reached].sort()).toEqual(Object.keys(tree.nodes).sort());
      });

      it('gives every question distinct answers and every answer a label', () => {
        for (const node of Object.values(tree.nodes)) {
          if (node.kind !== 'question') continue;
          expect(new Set(node.answers.map((a) => a.answer)).size, node.id).toBe(node.answers.length);
          for (const a of node.answers) expect(a.label.trim(), `${node.id}/${a.answer}`).not.toBe('');
        }
      });

      it('names existing sections, trees and detectors', () => {
        for (const node of Object.values(tree.nodes)) {
          if (node.kind === 'leaf') {
            expect(getSection(node.section), `${node.id} → ${node.section}`).toBeDefined();
            if (node.tree) expect(loadTree(node.tree), `${node.id} → tree ${node.tree}`).toBeDefined();
            expect(node.why.length).toBeLessThan(200);
          } else if (node.detect) {
            expect(DETECTORS).toContain(node.detect);
          }
        }
      });

      it('gives every recommendation images with size figures from the image data', () => {
        for (const node of Object.values(tree.nodes)) {
          if (node.kind !== 'leaf') continue;
          expect(node.images.length, node.id).toBeGreaterThan(0);
          for (const image of node.images) {
            if (image.ref !== '*-slim') expect(image.size, image.ref).toBe(imageSize(image.ref) ?? imageSize('*-slim'));
          }
          expect(node.size).toBe(node.images.map((i) => `${i.ref} ${i.size}`).join(', '));
        }
      });

      it('validates against content/trees/tree.schema.json', () => {
        const schema = JSON.parse(readFileSync(join(ROOT, 'content/trees/tree.schema.json'), 'utf8'));
        const validate = new Ajv({ allErrors: true }).compile(schema);
        const data = JSON.parse(readFileSync(join(ROOT, `content/trees/${tree.id}.json`), 'utf8'));
        expect(validate(data) ? [] : validate.errors).toEqual([]);
      });
    });
  }

  it('lists in the schema exactly the detectors the code has', () => {
    expect([...DETECTOR_NAMES].sort()).toEqual([...DETECTORS].sort());
  });

  it('keeps content/trees/tree.schema.json as generated from the one definition (npm run schemas)', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'content/trees/tree.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(treeJsonSchema())));
  });

  it('tells an author where a tree file is wrong, in one line', () => {
    const good = JSON.parse(readFileSync(join(ROOT, 'content/trees/runtime.json'), 'utf8'));
    const nodeId = Object.keys(good.nodes).find((k) => good.nodes[k].question)!;
    const broken = {
      ...good,
      nodes: { ...good.nodes, [nodeId]: { ...good.nodes[nodeId], answers: [{ answer: 'Yes!', label: 'y', next: 'x' }] } },
    };
    const message = (() => {
      try {
        parseTree('runtime', JSON.stringify(broken));
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(new RegExp(`^content/trees/runtime\\.json: nodes\\.${nodeId}`));
    expect(message).not.toContain('\n');
  });

  it('recommends for each language what rule MS011 advises, with the same figures', () => {
    const runtime = loadTree('runtime')!;
    const walks: Record<string, string[]> = {
      Go: ['go', 'yes'],
      Rust: ['rust', 'yes'],
      'Node.js': ['node'],
      Python: ['python'],
      Java: ['java'],
      '.NET': ['dotnet'],
    };
    for (const row of LANGUAGE_SIZES) {
      const r = walkTree(runtime, walks[row.language]!);
      expect(r.status, row.language).toBe('leaf');
      if (r.status !== 'leaf') continue;
      const [name, tag] = row.heavy.ref.split(':');
      const advice = heavyBaseAdvice({ name: name!, tag: tag ?? null })!;
      const lighter = advice.lighter.split(' or ');
      const sizes = advice.lighterSize.split(' or ');
      lighter.forEach((ref, i) => {
        expect(r.leaf.images.find((img) => img.ref === ref)?.size, `${row.language}: ${ref}`).toBe(sizes[i]);
      });
      const heavy = r.leaf.images.find((img) => img.ref === advice.heavy);
      if (heavy) expect(heavy.size).toBe(advice.heavySize);
    }
  });
});

describe('walkTree', () => {
  const tree = loadTree('final-base')!;

  it('stops at the next question, with the path so far', () => {
    const r = walkTree(tree, ['no']);
    expect(r.status).toBe('question');
    expect(r.path.map((s) => s.answer.answer)).toEqual(['no']);
    if (r.status === 'question') expect(r.question.id).toBe('static');
  });

  it('takes an answer by its ID, its label or its number', () => {
    const byId = walkTree(tree, ['no', 'yes', 'no']);
    const byLabel = walkTree(tree, ['No, it is a compiled binary', 'YES, IT NEEDS NO LIBC AT ALL', 'no']);
    const byNumber = walkTree(tree, ['2', '1', '2']);
    expect(byId.status).toBe('leaf');
    for (const r of [byLabel, byNumber]) expect(r).toEqual(byId);
  });

  it('reports an answer that fits no choice, and answers past the end', () => {
    const wrong = walkTree(tree, ['no', 'maybe']);
    expect(wrong).toMatchObject({ status: 'invalid', given: 'maybe', question: { id: 'static' } });
    const extra = walkTree(tree, ['no', 'yes', 'no', 'yes']);
    expect(extra).toMatchObject({ status: 'invalid', given: 'yes', question: null, leaf: { id: 'scratch-or-distroless' } });
  });

  it('rejects broken tree files with a message that names the problem', () => {
    const bad = (nodes: object) => () => parseTree('t', JSON.stringify({ title: 'T', start: 'q', nodes }));
    const r = { recommend: 'R', images: ['scratch'], why: 'w', read: 'concept' };
    expect(
      bad({
        q: {
          question: 'Q?',
          answers: [
            { answer: 'a', label: 'A', next: 'nowhere' },
            { answer: 'b', label: 'B', next: 'r' },
          ],
        },
        r,
      }),
    ).toThrow(/unknown node "nowhere"/);
    expect(bad({ q: { question: 'Q?', answers: [{ answer: 'a', label: 'A', next: 'r' }] }, r })).toThrow(
      /nodes\.q\.answers: a question needs at least two answers/,
    );
    expect(bad({ q: { recommend: 'R', images: ['no-such-image:1'], why: 'w', read: 'concept' } })).toThrow(/no size figure/);
    expect(bad({ q: {} })).toThrow(TreeDataError);
    expect(bad({ q: { recommend: 'R', images: ['scratch'], whyy: 'w', read: 'concept' } })).toThrow(
      /nodes\.q\.why: .*; nodes\.q: Unrecognized key: "whyy"/,
    );
    expect(() => parseTree('t', '{')).toThrow(/not valid JSON/);
  });

  it('returns undefined for a tree that does not exist', () => {
    expect(loadTree('nope')).toBeUndefined();
    expect(loadTree('../package')).toBeUndefined();
  });
});
