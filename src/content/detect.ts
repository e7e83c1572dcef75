// Answers to tree questions read off a Dockerfile's facts (src/engine/facts): a detector only
// words what the facts layer answers. Each either answers (with the line that shows it) or
// returns null: the user has to say.
import { commandWords } from '../engine/shell';
import {
  allBuilds,
  baseClass,
  buildToolsInStage,
  dependencies,
  finalStage,
  goStaticWhy,
  heavyBaseAdvice,
  rootImage,
  rootStage,
  startCopiedFrom,
  type Build,
} from '../engine/facts';
import type { ImageRef, Instruction, StageModel } from '../engine/types';
import { matchAnswer, walkTree, type Question, type Tree, type TreeAnswer, type WalkResult } from './trees';

export interface Detection {
  answer: string;
  /** 1-based line that shows it, or null when the answer comes from something missing. */
  line: number | null;
  because: string;
}

type Detector = (model: StageModel) => Detection | null;

const lineOf = (i: Instruction) => i.span.start.line;
const imageText = (image: ImageRef) => image.name + (image.tag ? `:${image.tag}` : '') + (image.digest ? `@${image.digest}` : '');
const runs = (b: Build) => commandWords(b.command.argv);

/**
 * The builds of what ships: those behind the program the final stage starts (copied from a build
 * stage), else in any stage the final stage needs, else anywhere. A Go server that also ships a
 * front end's bundle is a Go program: the bundle is files it serves.
 */
function shippedBuilds(model: StageModel): Build[] {
  const final = finalStage(model);
  if (!final) return allBuilds(model);
  const within = (stages: Iterable<number>) => {
    const set = new Set(stages);
    return allBuilds(model).filter((b) => set.has(b.stage.index));
  };
  const started = within(startCopiedFrom(model, final).flatMap((s) => [...dependencies(model, s)]));
  if (started.length > 0) return started;
  const shipped = within(dependencies(model, final));
  return shipped.length > 0 ? shipped : allBuilds(model);
}

const RUNTIME_LANGUAGES = new Set(['node', 'python', 'java', 'dotnet']);

export function detectLanguage(model: StageModel): Detection | null {
  const final = finalStage(model);
  if (!final) return null;
  const base = rootImage(model, final);
  const kind = baseClass(model, final);
  const builds = shippedBuilds(model);
  if (base && kind?.webServer && builds.some((b) => b.language === 'node')) {
    return { answer: 'static-site', line: lineOf(final.from), because: `a bundler builds the site and ${imageText(base)} serves it` };
  }
  if (base && kind?.language && RUNTIME_LANGUAGES.has(kind.language)) {
    return { answer: kind.language, line: lineOf(rootStage(model, final).from), because: `the final stage runs on ${imageText(base)}` };
  }
  for (const build of builds) {
    if (build.language && build.language !== 'c') return { answer: build.language, line: lineOf(build.command.instruction), because: `it runs ${runs(build)}` };
  }
  for (const stage of model.stages) {
    const image = rootImage(model, stage);
    const language = image ? baseClass(model, stage)?.language : null;
    if (image && language && language !== 'c') return { answer: language, line: lineOf(stage.from), because: `a stage starts from ${imageText(image)}` };
  }
  return null;
}

export function detectStatic(model: StageModel): Detection | null {
  for (const build of shippedBuilds(model)) {
    if (build.tool === 'go' && !build.toolInstall) {
      const why = goStaticWhy(model, build.stage, build.command);
      return why
        ? { answer: 'yes', line: lineOf(why.at), because: why.because }
        : { answer: 'no', line: lineOf(build.command.instruction), because: 'go build runs without CGO_ENABLED=0' };
    }
    if (build.tool === 'cargo') {
      return build.static
        ? { answer: 'yes', line: lineOf(build.command.instruction), because: 'cargo builds for a musl target' }
        : { answer: 'no', line: lineOf(build.command.instruction), because: 'cargo builds for the default glibc target' };
    }
  }
  return null;
}

const NATIVE = new Set(['go', 'rust', 'c']);

export function detectLibc(model: StageModel): Detection | null {
  for (const build of shippedBuilds(model)) {
    if (!build.language || !NATIVE.has(build.language)) continue;
    const base = rootImage(model, build.stage);
    const libc = baseClass(model, build.stage)?.libc;
    if (!base || (libc !== 'musl' && libc !== 'glibc')) continue;
    return { answer: libc, line: lineOf(rootStage(model, build.stage).from), because: `it is built on ${imageText(base)}` };
  }
  return null;
}

const detectors: Record<string, Detector> = {
  'builds-code': (model) => {
    const first = allBuilds(model)[0];
    if (first) return { answer: 'yes', line: lineOf(first.command.instruction), because: `it runs ${runs(first)}` };
    return { answer: 'no', line: null, because: 'no RUN instruction runs a build command' };
  },
  'build-tools-or-dev-deps': (model) => {
    for (const stage of model.stages) {
      const tool = buildToolsInStage(model, stage)[0];
      if (tool) return { answer: 'yes', line: lineOf(tool.install.command.instruction), because: `it installs ${tool.pkg}` };
      const dev = stage.dependencyInstalls.find((d) => d.includesDev);
      if (dev) return { answer: 'yes', line: lineOf(dev.command.instruction), because: `${dev.command.argv.slice(0, 2).join(' ')} installs devDependencies too` };
    }
    return { answer: 'no', line: null, because: 'no build tools or dev dependencies are installed' };
  },
  'final-over-500mb': (model) => {
    const final = finalStage(model);
    if (!final) return null;
    const root = rootStage(model, final);
    if (root.base.kind === 'scratch') return { answer: 'no', line: lineOf(root.from), because: 'the final stage starts from scratch' };
    const base = rootImage(model, final);
    if (!base) return null;
    const advice = heavyBaseAdvice(base);
    if (advice) return { answer: 'yes', line: lineOf(root.from), because: `${imageText(base)} is a full toolchain image (${advice.heavy}: ${advice.heavySize})` };
    return null;
  },
  'needs-runtime': (model) => {
    const language = detectLanguage(model);
    if (!language || language.answer === 'static-site') return null;
    return { ...language, answer: RUNTIME_LANGUAGES.has(language.answer) ? 'yes' : 'no' };
  },
  'static-binary': detectStatic,
  libc: detectLibc,
  language: detectLanguage,
};

/** The detector names the trees may use. */
export const DETECTORS = Object.keys(detectors);

export function detect(name: string, model: StageModel): Detection | null {
  return detectors[name]?.(model) ?? null;
}

export interface SourcedStep {
  question: Question;
  answer: TreeAnswer;
  /** `file`: read from the Dockerfile (see `detection`); `given`: from the user's answers. */
  source: 'file' | 'given';
  detection?: Detection;
}

export interface PlannedWalk {
  result: WalkResult;
  steps: SourcedStep[];
  /** Every answer of the walk, in order (what TreeWalker takes as initialAnswers). */
  answers: string[];
  /** Detections used, by question ID. */
  detections: Record<string, Detection>;
}

/**
 * Walks a tree answering each question from the Dockerfile's model where a detector can,
 * and from `given` (in order) where it cannot. Stops at a leaf, at a question neither
 * answers, or at an answer that fits no choice.
 */
export function walkWithDockerfile(tree: Tree, model: StageModel | null, given: readonly string[]): PlannedWalk {
  const answers: string[] = [];
  const sources: ('file' | 'given')[] = [];
  const detections: Record<string, Detection> = {};
  let next = 0;
  for (;;) {
    const walked = walkTree(tree, answers);
    if (walked.status !== 'question') break;
    const question = walked.question;
    const found = model && question.detect ? detect(question.detect, model) : null;
    if (found && matchAnswer(question, found.answer)) {
      detections[question.id] = found;
      answers.push(found.answer);
      sources.push('file');
    } else if (next < given.length) {
      answers.push(given[next++]!);
      sources.push('given');
    } else {
      break;
    }
  }
  // Answers left over after the walk ended: walkTree reports the first as invalid.
  answers.push(...given.slice(next));
  const result = walkTree(tree, answers);
  const steps = result.path.map((step, i) => ({
    ...step,
    source: sources[i] ?? 'given',
    ...(sources[i] === 'file' ? { detection: detections[step.question.id] } : {}),
  }));
  return { result, steps, answers: result.path.map((s) => s.answer.answer), detections };
}
