import { heavyBaseAdvice } from '../images';
import { chain } from '../query';
import { defineRule } from './util';

export default defineRule({
  id: 'MS011',
  name: 'heavy-final-base',
  severity: 'warning',
  fixable: false,
  check({ model, final }) {
    if (!final) return [];
    const root = chain(model, final).at(-1)!;
    // `python:3.12${VARIANT}` with no default: the image is known only at build time.
    if (root.base.kind !== 'image' || root.base.image.unresolved) return [];
    const advice = heavyBaseAdvice(root.base.image);
    if (!advice) return [];
    const via = root === final ? '' : ` (through stage '${root.name ?? `#${root.index}`}')`;
    const sizes = advice.lighterSize.split(' or ');
    const lighter = advice.lighter.split(' or ').map((image, i) => `${image} (${sizes[i] ?? advice.lighterSize})`).join(' or ');
    return [{
      message: `the shipped stage is based on ${root.base.image.resolved}${via}, a full ${advice.language} SDK image (${advice.heavySize}${advice.heavy === root.base.image.resolved ? '' : ` for ${advice.heavy}`}): run on ${lighter} instead`,
      span: root.baseRef.span,
    }];
  },
});
