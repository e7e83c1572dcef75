// Lint: a path, its findings with the source line, each one's rule and section; `f` shows fixes as a diff.
import { useEffect, useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../keys';
import writeFileAtomic from 'write-file-atomic';
import { resolve } from 'node:path';
import { lint } from '../../engine/lint';
import { fixText } from '../../engine/fix';
import { ruleById } from '../../engine/rules/index';
import { ruleDoc } from '../../content/rule-docs';
import type { Finding } from '../../engine/types';
import { useNav, type ScreenProps } from '../nav';
import { useTheme, type Tone } from '../theme';
import { useAppEnv } from '../env';
import { ListView, useSelection, type ListItem } from '../components/list';
import { LineInput } from '../components/text-input';
import { usePathPrompt } from '../components/path-prompt';
import { ScrollView, useScroll } from '../components/scroll';
import { diffLines, hunks } from '../diff';

const severityTone: Record<Finding['severity'], Tone> = { error: 'bad', warning: 'warn', info: 'info' };

/** The source line of a finding with a caret under the span, cut to the width. */
export function sourceExcerpt(lines: string[], finding: Finding, width: number): string[] {
  const n = finding.span.start.line;
  const text = (lines[n - 1] ?? '').replace(/\t/g, ' ');
  const gutter = `${String(n).padStart(4)} │ `;
  const start = finding.span.start.column - 1;
  const end = finding.span.end.line === n ? Math.max(start + 1, finding.span.end.column - 1) : Math.max(start + 1, text.length);
  const room = Math.max(10, width - gutter.length);
  // Slide the window so the caret stays visible on a long line.
  const shift = start >= room ? start - Math.floor(room / 3) : 0;
  return [gutter + text.slice(shift, shift + room), ' '.repeat(gutter.length) + ' '.repeat(start - shift) + '^'.repeat(Math.max(1, Math.min(end - start, room - (start - shift))))];
}

type Fixing = { text: string; applied: number; diff: string[] } | null;

export function LintScreen({ width, height, active }: ScreenProps) {
  const nav = useNav();
  const theme = useTheme();
  const { cwd } = useAppEnv();
  const prompt = usePathPrompt(active);
  const [fixing, setFixing] = useState<Fixing>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => nav.capture(prompt.editing || fixing !== null), [prompt.editing, fixing]);

  const result = useMemo(() => {
    const l = prompt.loaded;
    if (!l || 'error' in l) return null;
    return { text: l.text, lines: l.text.split(/\r?\n/), findings: lint(l.text).findings };
  }, [prompt.loaded]);
  const findings = result?.findings ?? [];

  const listHeight = Math.max(1, Math.min(findings.length, Math.floor((height - 3) / 2)));
  const browsing = active && !prompt.editing && fixing === null;
  const { selected } = useSelection(findings.length, listHeight, browsing, (i) => nav.push({ name: 'rule', id: findings[i]!.rule }));
  const current = findings[selected];

  const diffScroll = useScroll(fixing?.diff.length ?? 0, height - 3, active && fixing !== null, fixing);

  useKeys(
    (input) => {
      if (input === '/') {
        nav.capture(true);
        setMessage(null);
        prompt.edit();
      } else if (input === 's' && current) {
        const rule = ruleById(current.rule);
        if (rule) nav.push({ name: 'reference', section: ruleDoc(rule).reference });
      } else if (input === 'f' && result) {
        const fixed = fixText(result.text);
        if (fixed.applied === 0 || fixed.text === result.text) {
          setMessage('nothing here has an automatic fix');
          return;
        }
        const diff = hunks(diffLines(result.text, fixed.text)).map((d) => (d === null ? '  …' : `${d.kind} ${d.text}`));
        nav.capture(true);
        setFixing({ text: fixed.text, applied: fixed.applied, diff });
      }
    },
    { isActive: browsing },
  );

  useKeys(
    (input, key) => {
      if (!fixing || !prompt.loaded) return;
      if (input === 'y') {
        const path = prompt.loaded.path;
        writeFileAtomic(resolve(cwd, path), fixing.text)
          .then(() => {
            setMessage(`applied ${fixing.applied} fix${fixing.applied === 1 ? '' : 'es'} to ${path}`);
            setFixing(null);
            prompt.reload();
          })
          .catch((error: Error) => {
            setMessage(`could not write ${path}: ${error.message}`);
            setFixing(null);
          });
      } else if (input === 'n' || key.escape || input === 'q') {
        setMessage('no change made');
        setFixing(null);
      }
    },
    { isActive: active && fixing !== null },
  );

  const loaded = prompt.loaded;
  const head = (
    <>
      <LineInput label="Dockerfile: " value={prompt.path} editing={prompt.editing} width={width} />
      <Text wrap="truncate-end" color={theme.tone(message ? 'info' : 'muted')}>
        {prompt.editing
          ? 'Enter lints this file · Esc back'
          : message ?? (result ? `${findings.length === 0 ? 'no findings: clean' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`} · Enter explain · s section · f fix · / file` : '')}
      </Text>
    </>
  );

  if (fixing) {
    const bodyHeight = height - 3;
    return (
      <Box flexDirection="column" width={width} height={height}>
        {head}
        <Box flexDirection="column" height={bodyHeight} width={width}>
          {fixing.diff.slice(diffScroll.offset, diffScroll.offset + bodyHeight).map((line, i) => (
            <Text key={i} wrap="truncate-end" color={line.startsWith('+') ? theme.tone('good') : line.startsWith('-') ? theme.tone('bad') : undefined}>
              {line}
            </Text>
          ))}
        </Box>
        <Text bold wrap="truncate-end">
          Apply {fixing.applied} fix{fixing.applied === 1 ? '' : 'es'} to {loaded?.path}? y / n
        </Text>
      </Box>
    );
  }

  const items: ListItem[] = findings.map((f, i) => ({
    key: `${i}`,
    label: `${f.span.start.line}:${f.span.start.column} ${f.severity.padEnd(7)} ${f.rule} ${f.message}`,
  }));
  const detailHeight = height - 3 - listHeight;
  let detail: string[] = [];
  if (current && result) {
    const rule = ruleById(current.rule);
    detail = [...sourceExcerpt(result.lines, current, width), '', `${current.rule} ${current.name}: ${rule ? ruleDoc(rule).summary : ''}`, current.message];
  }

  return (
    <Box flexDirection="column" width={width} height={height}>
      {head}
      {loaded && 'error' in loaded ? (
        <Text color={theme.tone('bad')} wrap="wrap">
          {loaded.error}
        </Text>
      ) : null}
      {result && findings.length > 0 ? (
        <>
          <Box flexDirection="column" height={listHeight}>
            <ListView items={items} selected={selected} height={listHeight} width={width} />
          </Box>
          <Text color={current ? theme.tone(severityTone[current.severity]) : undefined}>{'─'.repeat(width)}</Text>
          <Box flexDirection="column" height={detailHeight}>
            {detail.length > 0 ? <ScrollView lines={detail.flatMap((l) => wrapPlain(l, width))} offset={0} height={detailHeight} width={width} /> : null}
          </Box>
        </>
      ) : null}
    </Box>
  );
}

/** Wraps plain text (no ANSI) at the width, on spaces where it can. */
function wrapPlain(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const out: string[] = [];
  let rest = text;
  while (rest.length > width) {
    let cut = rest.lastIndexOf(' ', width);
    if (cut <= width / 2) cut = width;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ /, '');
  }
  out.push(rest);
  return out;
}
