// Answers to tree questions read off a Dockerfile's stage model. Each detector either
// answers (with the line that shows it) or returns null: the user has to say.
import { isBuildToolPackage } from '../engine/classify';
import { heavyBaseAdvice } from '../engine/images';
import { chain, dependencies, rootImage } from '../engine/query';
import type { BuildCommand, ImageRef, Instruction, Stage, StageModel } from '../engine/types';
import { matchAnswer, walkTree, type Question, type Tree, type TreeAnswer, type WalkResult } from './trees';

export interface Detection {
  answer: string;
  /** 1-based line that shows it, or null when the answer comes from something missing. */
  line: number | null;
  because: string;
}

type Detector = (model: StageModel) => Detection | null;

const lineOf = (i: Instruction) => i.span.start.line;
const finalStage = (model: StageModel): Stage | undefined => model.stages.at(-1);
const imageText = (image: ImageRef) => image.name + (image.tag ? `:${image.tag}` : '') + (image.digest ? `@${image.digest}` : '');

function allBuilds(model: StageModel): { stage: Stage; build: BuildCommand }[] {
  return model.stages.flatMap((stage) => stage.builds.map((build) => ({ stage, build })));
}

/** Builds in the stages the final stage needs, else anywhere: the language of what ships. */
function shippedBuilds(model: StageModel): { stage: Stage; build: BuildCommand }[] {
  const final = finalStage(model);
  const needed = final ? dependencies(model, final) : new Set<number>();
  const shipped = allBuilds(model).filter((b) => needed.has(b.stage.index));
  return shipped.length > 0 ? shipped : allBuilds(model);
}

const RUNTIME_IMAGES: [RegExp, string][] = [
  [/^node$/, 'node'],
  [/^python$/, 'python'],
  [/^(eclipse-temurin|openjdk|amazoncorretto|maven|gradle|gcr\.io\/distroless\/java\d*(-debian\d+)?)$/, 'java'],
  [/^mcr\.microsoft\.com\/dotnet\/(sdk|aspnet|runtime)$/, 'dotnet'],
  [/^gcr\.io\/distroless\/nodejs\d*(-debian\d+)?$/, 'node'],
  [/^gcr\.io\/distroless\/python3(-debian\d+)?$/, 'python'],
];
const WEB_SERVERS = /^(nginx|nginxinc\/nginx-unprivileged|httpd|caddy)$/;
const BUILD_LANGUAGES: Record<string, string> = { go: 'go', cargo: 'rust', rustc: 'rust', dotnet: 'dotnet', mvn: 'java', gradle: 'java', javac: 'java', npm: 'node', yarn: 'node', pnpm: 'node', tsc: 'node' };

const SDK_LANGUAGES: Record<string, string> = { golang: 'go', rust: 'rust' };

function canonical(name: string): string {
  return name.replace(/^(docker\.io\/)?(library\/)?/, '');
}

function runtimeOf(image: ImageRef | null): string | null {
  if (!image) return null;
  const name = canonical(image.name);
  return RUNTIME_IMAGES.find(([re]) => re.test(name))?.[1] ?? null;
}

export function detectLanguage(model: StageModel): Detection | null {
  const final = finalStage(model);
  if (!final) return null;
  const base = rootImage(model, final);
  const builds = shippedBuilds(model);
  if (base && WEB_SERVERS.test(canonical(base.name)) && builds.some((b) => BUILD_LANGUAGES[b.build.tool] === 'node')) {
    return { answer: 'static-site', line: lineOf(final.from), because: `a bundler builds the site and ${imageText(base)} serves it` };
  }
  const runtime = runtimeOf(base);
  if (runtime) {
    const root = chain(model, final).at(-1)!;
    return { answer: runtime, line: lineOf(root.from), because: `the final stage runs on ${imageText(base!)}` };
  }
  for (const { build } of builds) {
    const language = BUILD_LANGUAGES[build.tool];
    if (language) return { answer: language, line: lineOf(build.command.instruction), because: `it runs ${build.command.argv.slice(0, 2).join(' ')}` };
  }
  for (const stage of model.stages) {
    const image = rootImage(model, stage);
    const language = image && (runtimeOf(image) ?? SDK_LANGUAGES[canonical(image.name)]);
    if (language) return { answer: language, line: lineOf(stage.from), because: `a stage starts from ${imageText(image)}` };
  }
  return null;
}

/** Where the stage (through its chain) sets CGO_ENABLED=0 for a go build, if it does. */
function cgoOff(model: StageModel, stage: Stage, build: BuildCommand): number | null {
  if (build.command.env.CGO_ENABLED === '0') return lineOf(build.command.instruction);
  if (/\bCGO_ENABLED=0\b/.test(build.command.instruction.text)) return lineOf(build.command.instruction);
  for (const s of chain(model, stage)) {
    for (const i of s.instructions) {
      if ((i.keyword === 'ENV' || i.keyword === 'ARG') && /\bCGO_ENABLED\s*=\s*["']?0\b/.test(i.text)) return lineOf(i);
    }
  }
  for (const i of model.instructions) {
    if (i.stage === -1 && i.keyword === 'ARG' && /\bCGO_ENABLED\s*=\s*["']?0\b/.test(i.text) && stage.args.has('CGO_ENABLED')) return lineOf(i);
  }
  return null;
}

function isMusl(model: StageModel, stage: Stage, build: BuildCommand): boolean {
  const argv = build.command.argv;
  const target = argv.findIndex((w) => w === '--target' || w.startsWith('--target='));
  const value = target < 0 ? '' : argv[target]!.includes('=') ? argv[target]!.split('=')[1]! : (argv[target + 1] ?? '');
  return value.includes('musl') || (rootImage(model, stage)?.tag ?? '').includes('alpine');
}

export function detectStatic(model: StageModel): Detection | null {
  for (const { stage, build } of shippedBuilds(model)) {
    if (build.tool === 'go') {
      const line = cgoOff(model, stage, build);
      return line !== null
        ? { answer: 'yes', line, because: 'CGO_ENABLED=0 makes go build link statically' }
        : { answer: 'no', line: lineOf(build.command.instruction), because: 'go build runs without CGO_ENABLED=0' };
    }
    if (build.tool === 'cargo') {
      return isMusl(model, stage, build)
        ? { answer: 'yes', line: lineOf(build.command.instruction), because: 'cargo builds for a musl target' }
        : { answer: 'no', line: lineOf(build.command.instruction), because: 'cargo builds for the default glibc target' };
    }
  }
  return null;
}

export function detectLibc(model: StageModel): Detection | null {
  for (const { stage, build } of shippedBuilds(model)) {
    if (!['go', 'cargo', 'gcc', 'g++', 'cc', 'c++', 'clang', 'clang++', 'make', 'cmake'].includes(build.tool)) continue;
    const base = rootImage(model, stage);
    if (!base) continue;
    const alpine = base.name === 'alpine' || (base.tag ?? '').includes('alpine');
    return { answer: alpine ? 'musl' : 'glibc', line: lineOf(chain(model, stage).at(-1)!.from), because: `it is built on ${imageText(base)}` };
  }
  return null;
}

const detectors: Record<string, Detector> = {
  'builds-code': (model) => {
    const first = allBuilds(model)[0];
    if (first) return { answer: 'yes', line: lineOf(first.build.command.instruction), because: `it runs ${first.build.command.argv.slice(0, 2).join(' ')}` };
    return { answer: 'no', line: null, because: 'no RUN instruction runs a build command' };
  },
  'build-tools-or-dev-deps': (model) => {
    for (const stage of model.stages) {
      const tools = stage.packages.flatMap((p) => p.packages.filter((pkg) => isBuildToolPackage(pkg)).map((pkg) => ({ pkg, p })));
      if (tools[0]) return { answer: 'yes', line: lineOf(tools[0].p.command.instruction), because: `it installs ${tools[0].pkg}` };
      const dev = stage.dependencyInstalls.find((d) => d.includesDev);
      if (dev) return { answer: 'yes', line: lineOf(dev.command.instruction), because: `${dev.command.argv.slice(0, 2).join(' ')} installs devDependencies too` };
    }
    return { answer: 'no', line: null, because: 'no build tools or dev dependencies are installed' };
  },
  'final-over-500mb': (model) => {
    const final = finalStage(model);
    if (!final) return null;
    const root = chain(model, final).at(-1)!;
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
    const needs = ['node', 'python', 'java', 'dotnet'].includes(language.answer);
    return { ...language, answer: needs ? 'yes' : 'no' };
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
