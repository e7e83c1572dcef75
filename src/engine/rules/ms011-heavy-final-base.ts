import { classifyImage, heavyBaseAdvice } from '../images';
import { rootStage } from '../facts/stages';
import { defineRule } from './util';

export default defineRule({
  id: 'MS011',
  name: 'heavy-final-base',
  severity: 'warning',
  fixable: false,
  check({ model, final }) {
    if (!final) return [];
    const root = rootStage(model, final);
    // A variable with no default expands to nothing, as in BuildKit: `${PREFIX}golang:1.26` is golang:1.26.
    if (root.base.kind !== 'image' || root.base.image.name === '') return [];
    const advice = heavyBaseAdvice(root.base.image);
    if (!advice) return [];
    const via = root === final ? '' : ` (through stage '${root.name ?? `#${root.index}`}')`;
    // A Windows toolchain image ships on a Windows base: the Linux figures do not apply.
    if (classifyImage(root.base.image).windows) {
      return [
        {
          message: `the shipped stage is based on ${root.base.image.resolved}${via}, a full ${advice.language} SDK image: copy the built program onto mcr.microsoft.com/windows/nanoserver (the same Windows release) instead`,
          span: root.baseRef.span,
        },
      ];
    }
    const sizes = advice.lighterSize.split(' or ');
    const lighter = advice.lighter
      .split(' or ')
      .map((image, i) => `${image} (${sizes[i] ?? advice.lighterSize})`)
      .join(' or ');
    return [
      {
        message: `the shipped stage is based on ${root.base.image.resolved}${via}, a full ${advice.language} SDK image (${advice.heavySize}${advice.heavy === root.base.image.resolved ? '' : ` for ${advice.heavy}`}): run on ${lighter} instead`,
        span: root.baseRef.span,
      },
    ];
  },
});
