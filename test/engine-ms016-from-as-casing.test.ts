import { describe, expect, it } from 'vitest';
import { fixText, lint } from '../src/engine';
import { teaching } from './rule-tester';

const rule = teaching('MS016');
const find = (text: string) => lint(text).findings.filter((f) => f.rule === 'MS016');
const fixOnly = (text: string) => fixText(text, { ignore: ['MS001', 'MS002', 'MS003', 'MS004'] }).text;

describe('MS016 from-as-casing', () => {
  it('points at the AS keyword of the bad example', () => {
    const [finding, ...rest] = find(rule.bad);
    expect(rest).toEqual([]);
    expect(finding!.span).toEqual({ start: { line: 2, column: 23 }, end: { line: 2, column: 25 } });
    expect(finding!.fix).toEqual([{ span: finding!.span, text: 'AS' }]);
  });

  it('makes AS follow the case of FROM, upper or lower', () => {
    expect(fixOnly('FROM alpine:3.19 as base\n')).toBe('FROM alpine:3.19 AS base\n');
    expect(fixOnly('from alpine:3.19 AS base\n')).toBe('from alpine:3.19 as base\n');
    expect(fixOnly('FROM alpine:3.19 As base\n')).toBe('FROM alpine:3.19 AS base\n');
  });

  it('applying the fix twice changes nothing more', () => {
    const once = fixOnly('FROM alpine:3.19 as base\nfrom base AS next\n');
    expect(once).toBe('FROM alpine:3.19 AS base\nfrom base as next\n');
    expect(fixOnly(once)).toBe(once);
    expect(find(once)).toEqual([]);
  });

  it('leaves matching case and a mixed-case From alone, as BuildKit does', () => {
    expect(find('FROM alpine:3.19 AS base\nfrom base as next\n')).toEqual([]);
    expect(find('From alpine:3.19 as base\n')).toEqual([]);
  });

  it('is skipped by # check=skip=FromAsCasing, alone or among other checks', () => {
    expect(find('# check=skip=FromAsCasing\nFROM alpine:3.19 as base\n')).toEqual([]);
    expect(find('# syntax=docker/dockerfile:1\n# check=skip=StageNameCasing,FromAsCasing\nFROM alpine:3.19 as base\n')).toEqual([]);
    expect(find('# check=skip=StageNameCasing\nFROM alpine:3.19 as base\n')).toHaveLength(1);
  });

  it('keeps CRLF line ends when fixing', () => {
    expect(fixOnly('FROM alpine:3.19 as base\r\nRUN true\r\n')).toBe('FROM alpine:3.19 AS base\r\nRUN true\r\n');
  });

  it('finds AS on a continuation line, with the escape directive', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/dotnet/sdk:8.0 `\n    as build\n';
    const [finding] = find(text);
    expect(finding!.span).toEqual({ start: { line: 3, column: 5 }, end: { line: 3, column: 7 } });
    expect(fixOnly(text)).toBe('# escape=`\nFROM mcr.microsoft.com/dotnet/sdk:8.0 `\n    AS build\n');
  });
});
