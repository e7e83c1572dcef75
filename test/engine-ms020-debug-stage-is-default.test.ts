import { describe, expect, it } from 'vitest';
import { lint } from '../src/engine';
import { teaching } from './rule-tester';

const rule = teaching('MS020');
const find = (text: string, target?: string) => lint(text, target ? { target } : {}).findings.filter((f) => f.rule === 'MS020');

const production = `FROM alpine:3.19 AS production
COPY app /usr/local/bin/app
USER nobody:nobody

`;

describe('MS020 debug-stage-is-default', () => {
  it('points at the name of the last stage in the bad example (the source document\'s pattern 5)', () => {
    const [finding, ...rest] = find(rule.bad);
    expect(rest).toEqual([]);
    expect(finding!.span).toEqual({ start: { line: 12, column: 20 }, end: { line: 12, column: 25 } });
    expect(finding!.message).toContain("plain 'docker build'");
  });

  it('knows the debug, dev, develop, test and ci names in any case', () => {
    for (const name of ['debug', 'dev', 'develop', 'test', 'ci', 'Debug']) {
      expect(find(`${production}FROM production AS ${name}\n`), name).toHaveLength(1);
    }
    expect(find(`${production}FROM production AS testing\n`)).toEqual([]);
  });

  it('does not fire when --target picks the stage or another one', () => {
    expect(find(rule.bad, 'debug')).toEqual([]);
    expect(find(rule.bad, 'production')).toEqual([]);
  });

  it('fires when the last stage derives from another one and installs debugging tools', () => {
    const text = `${production}FROM production AS shell\nUSER root\nRUN apk add --no-cache curl strace\nUSER nobody\n`;
    const [finding] = find(text);
    expect(finding!.span.start.line).toBe(7);
    expect(finding!.message).toContain('curl, strace');
  });

  it('does not count tools installed on a fresh base, or removed again', () => {
    expect(find('FROM alpine:3.19 AS tools\nRUN apk add --no-cache curl\nUSER nobody\n')).toEqual([]);
    expect(find(`${production}FROM production AS fetch\nRUN apk add --no-cache curl && curl -fsSLo /data https://example.com/d && apk del curl\n`)).toEqual([]);
  });

  it('reads installs written as a heredoc', () => {
    expect(find(`${production}FROM production AS shell\nRUN <<EOF\napk add --no-cache gdb\nEOF\n`).map((f) => f.span.start.line)).toEqual([6]);
  });

  it('with --target, judges the targeted stage and says so', () => {
    const text = `${production}FROM production AS shell\nRUN apk add --no-cache vim\n\nFROM alpine:3.19 AS last\nUSER nobody\n`;
    expect(find(text)).toEqual([]);
    expect(find(text, 'shell')[0]!.message).toContain('--target shell');
  });
});
