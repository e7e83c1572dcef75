// The content layer: the reference sections and the decision trees, read from content/.
// Rendering Markdown lives in ./render (import it directly, and lazily: it loads marked).
export { loadSections, getSection, type Section } from './sections';
export { searchSections, closestSections, type SearchHit } from './search';
export { codeBlocks, parseCodeInfo, type CodeBlock, type CodeInfo } from './codeblocks';
export {
  listTrees,
  loadTree,
  walkTree,
  matchAnswer,
  TreeDataError,
  type Tree,
  type TreeNode,
  type Question,
  type Leaf,
  type LeafImage,
  type TreeAnswer,
  type Step,
  type WalkResult,
} from './trees';
export { detect, DETECTORS, walkWithDockerfile, type Detection, type PlannedWalk, type SourcedStep } from './detect';
