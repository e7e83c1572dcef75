import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import { teaching } from './rule-tester';

const rule = teaching('MS018');
const find = (text: string) => lint(text).findings.filter((f) => f.rule === 'MS018');
const at = (text: string) => find(text).map((f) => [f.span.start.line, f.span.start.column, f.span.end.column]);

describe('MS018 undeclared-platform-arg', () => {
  it('points at each undeclared variable of the bad example, once per stage', () => {
    expect(at(rule.bad)).toEqual([
      [5, 10, 19],
      [5, 27, 38],
    ]);
    expect(find(rule.bad)[1]!.message).toContain('ARG TARGETARCH');
  });

  it('never reports FROM lines, where platform ARGs are always set', () => {
    expect(find('FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=${TARGETPLATFORM} alpine:3.19 AS run\n')).toEqual([]);
  });

  it('underlines the whole ${…} form, default included', () => {
    expect(at('FROM alpine:3.19 AS a\nRUN echo ${TARGETARCH:-amd64} > /arch\n')).toEqual([[2, 10, 30]]);
    expect(at('FROM alpine:3.19 AS a\nENV ARCH=${TARGETARCH}\n')).toEqual([[2, 10, 23]]);
  });

  it('accepts an ARG earlier in the stage or in a stage it is built FROM, not a global one', () => {
    expect(find('FROM alpine:3.19 AS a\nARG TARGETARCH\nRUN echo $TARGETARCH\n')).toEqual([]);
    expect(find('FROM alpine:3.19 AS a\nARG TARGETOS TARGETARCH\nRUN echo $TARGETOS/$TARGETARCH\n')).toEqual([]);
    expect(find('FROM alpine:3.19 AS base\nARG TARGETARCH\nFROM base AS b\nRUN echo $TARGETARCH\n')).toEqual([]);
    expect(at('ARG TARGETARCH\nFROM alpine:3.19 AS a\nRUN echo $TARGETARCH\n')).toEqual([[3, 10, 21]]);
    // Declared too late: empty at the point of use.
    expect(at('FROM alpine:3.19 AS a\nRUN echo $TARGETARCH\nARG TARGETARCH\n')).toEqual([[2, 10, 21]]);
    // A sibling stage's ARG does not help.
    expect(at('FROM alpine:3.19 AS a\nARG TARGETARCH\nFROM alpine:3.19 AS b\nRUN echo $TARGETARCH\n')).toEqual([[4, 10, 21]]);
  });

  it('reads heredoc bodies and continuation lines, skipping comments and escaped dollars', () => {
    expect(at('FROM alpine:3.19 AS a\nRUN <<EOF\nset -e\necho "$BUILDOS"\nEOF\n')).toEqual([[4, 7, 15]]);
    expect(at('FROM alpine:3.19 AS a\nRUN echo one && \\\n# $TARGETOS here is a comment\n    echo $TARGETVARIANT\n')).toEqual([
      [4, 10, 24],
    ]);
    expect(find('FROM alpine:3.19 AS a\nRUN echo \\$TARGETARCH\n')).toEqual([]);
    // Not a platform ARG: a longer name that starts like one.
    expect(find('FROM alpine:3.19 AS a\nRUN echo $TARGETARCHITECTURE\n')).toEqual([]);
  });

  it('is skipped by # check=skip=UndefinedVar', () => {
    expect(find('# check=skip=UndefinedVar\nFROM alpine:3.19 AS a\nRUN echo $TARGETARCH\n')).toEqual([]);
  });

  it('reads CRLF files with the right columns', () => {
    expect(at('FROM alpine:3.19 AS a\r\nRUN echo $TARGETARCH\r\n')).toEqual([[2, 10, 21]]);
  });
});
