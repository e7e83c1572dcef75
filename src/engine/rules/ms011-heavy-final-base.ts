import { classifyImage, heavyBaseAdvice } from '../images';
import { rootStage } from '../facts/stages';
import { javaVersionOf } from '../facts/images';
import { defineRule } from './util';

/**
 * The lighter tag for the image's own release where the size table names another one: node:26.3
 * → node:26-slim, python:3.12 → python:3.12-slim, eclipse-temurin:17-jdk → eclipse-temurin:17-jre.
 */
function sameRelease(lighter: string, name: string, tag: string | null, java: number | null): string | null {
  const [lighterName, lighterTag = ''] = lighter.split(':');
  if (lighterName === 'node' && name === 'node') {
    const major = /^(\d+)(?:[.-]|$)/.exec(tag ?? '')?.[1];
    return major && !lighterTag.startsWith(`${major}-`) ? `node:${major}-slim` : null;
  }
  if (lighterName === 'python' && name === 'python') {
    const release = /^(\d+\.\d+)(?:[.-]|$)/.exec(tag ?? '')?.[1];
    return release && !lighterTag.startsWith(`${release}-`) ? `python:${release}-slim` : null;
  }
  if (lighterName === 'eclipse-temurin' && java !== null && !lighterTag.startsWith(`${java}-`)) return `eclipse-temurin:${java}-jre`;
  return null;
}

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
    const image = root.base.image;
    const lighter = advice.lighter
      .split(' or ')
      .map((ref, i) => {
        // The same release's lighter tag, never another release: node:26 is not told node:24-slim.
        const same = sameRelease(ref, image.name, image.tag, javaVersionOf(model, root));
        return same ? `${same} (the same release's lighter tag)` : `${ref} (${sizes[i] ?? advice.lighterSize})`;
      })
      .join(' or ');
    return [
      {
        message: `the shipped stage is based on ${root.base.image.resolved}${via}, a full ${advice.language} SDK image (${advice.heavySize}${advice.heavy === root.base.image.resolved ? '' : ` for ${advice.heavy}`}): run on ${lighter} instead`,
        span: root.baseRef.span,
      },
    ];
  },
});
