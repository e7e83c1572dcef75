// Lint: a path, its findings with the source line, each one's rule and section; `f` shows fixes as
// a diff. The view; its state is state/use-lint-state, its keys are the key table's `lint` modes.
import { useEffect, useMemo, useReducer, useState } from 'react';
import { Box, Text } from 'ink';
import { useScreenMode } from '../keys';
import { useLintInput } from '../input/use-lint-input';
import { ruleById } from '../../engine/rules/index';
import { ruleDoc } from '../../content/rule-docs';
import type { Finding } from '../../engine/types';
import { wrapLine } from '../../content/wrap';
import { useNav, type ScreenProps } from '../nav';
import { useAppEnv } from '../env';
import { useTheme, type Tone } from '../theme';
import { ListView, useSelection, type ListItem } from '../components/list';
import { LineInput } from '../components/text-input';
import { usePathPrompt } from '../hooks/use-path-prompt';
import { useLintRunner } from '../hooks/use-lint-runner';
import { useFixWriter } from '../hooks/use-fix-writer';
import { ScrollView, useScroll } from '../components/scroll';
import { findingsSummary, initialLintState, lintMode, lintReducer } from '../state/use-lint-state';
import { displaySafe } from '../../content/terminal-safe';
import { sourceExcerpt } from '../components/source-excerpt';

export { sourceExcerpt };

const severityTone: Record<Finding['severity'], Tone> = { error: 'bad', warning: 'warn', info: 'info' };

export function LintScreen({ width, height, active }: ScreenProps) {
  const nav = useNav();
  const appEnv = useAppEnv();
  const theme = useTheme();
  const [state, dispatch] = useReducer(lintReducer, initialLintState);
  // From Enter on, the old findings are gone: "linting…" until the new ones are in.
  // A path that cannot be read is not being linted: the error shows, not "linting…".
  const prompt = usePathPrompt('lint', active, {
    onSubmit: (path) => dispatch({ type: 'started', path }),
    onFailed: () => dispatch({ type: 'unreadable' }),
  });
  const mode = lintMode(state, prompt.editing);
  useScreenMode(mode, active);

  const source = useMemo(() => (prompt.loaded && 'text' in prompt.loaded ? prompt.loaded : null), [prompt.loaded]);
  useLintRunner(source, prompt.version, dispatch, appEnv.env, appEnv.cwd);
  const writeFix = useFixWriter(dispatch, prompt.reload);

  // A settings file that could not be used: one line saying so, and the lint runs without it.
  const settingsLine = appEnv.settingsProblem ? `settings not used: ${appEnv.settingsProblem}` : null;
  // The rows above the findings: the path, the line under it, the settings line when there is one.
  const headRows = settingsLine ? 3 : 2;
  const findings = state.phase === 'done' ? state.findings : [];
  const listHeight = Math.max(1, Math.min(findings.length, Math.floor((height - headRows - 1) / 2)));
  const { selected } = useSelection(
    'lint',
    'findings',
    findings.length,
    listHeight,
    active && mode === 'findings',
    (i) => nav.push({ name: 'rule', id: findings[i]!.rule }),
    { openAction: 'rule' },
  );
  const current = findings[selected];
  const fix = state.phase === 'done' ? state.fix : null;
  const diffScroll = useScroll('lint', 'fix', fix?.diff.length ?? 0, height - headRows - 1, active && mode === 'fix', fix);
  useEffect(() => nav.capture(mode === 'path' || mode === 'fix'), [mode]);

  // The finding's text below the list: PgUp/PgDn scroll it where the terminal is too small for it.
  const [detailOffset, setDetailOffset] = useState(0);
  useEffect(() => setDetailOffset(0), [selected, state]);
  useLintInput(state, dispatch, {
    mode,
    active,
    current,
    editPath: prompt.edit,
    writeFix,
    scrollDetail: (by) => setDetailOffset((o) => Math.max(0, o + by)),
  });

  const loadError = prompt.loaded && 'error' in prompt.loaded ? prompt.loaded.error : null;
  const status =
    mode === 'path'
      ? loadError
        ? 'mend the path and press Enter (Ctrl-U clears it)'
        : 'which Dockerfile? typing replaces the default'
      : state.phase === 'linting'
        ? `linting ${state.path}…`
        : state.phase === 'done'
          ? (state.message ?? findingsSummary(findings))
          : (state.message ?? '');
  const head = (
    <>
      <LineInput label="Dockerfile: " value={prompt.path} pristine={prompt.pristine} editing={prompt.editing} width={width} />
      <Text wrap="truncate-end" color={theme.tone(state.message ? 'info' : 'muted')}>
        {status}
      </Text>
      {settingsLine ? (
        <Text wrap="truncate-end" color={theme.tone('warn')}>
          {displaySafe(settingsLine)}
        </Text>
      ) : null}
    </>
  );

  if (fix && state.phase === 'done') {
    const bodyHeight = height - headRows - 1;
    return (
      <Box flexDirection="column" width={width} height={height}>
        {head}
        <Box flexDirection="column" height={bodyHeight} width={width}>
          {fix.diff.slice(diffScroll.offset, diffScroll.offset + bodyHeight).map((line, i) => (
            <Text
              key={i}
              wrap="truncate-end"
              color={line.startsWith('+') ? theme.tone('good') : line.startsWith('-') ? theme.tone('bad') : undefined}
            >
              {displaySafe(line)}
            </Text>
          ))}
        </Box>
        <Text bold wrap="truncate-end">
          Apply {fix.applied} fix{fix.applied === 1 ? '' : 'es'} to {displaySafe(state.path)}? y / n
        </Text>
      </Box>
    );
  }

  const items: ListItem[] = findings.map((f, i) => ({
    key: `${i}`,
    label: `${f.span.start.line}:${f.span.start.column} ${f.severity.padEnd(7)} ${f.rule} ${displaySafe(f.message)}`,
  }));
  const detailHeight = height - headRows - 1 - listHeight;
  let detail: string[] = [];
  if (current && state.phase === 'done') {
    const rule = ruleById(current.rule);
    // The message first: at a small size it is what must be read; it wraps, never ends in "…".
    detail = [
      ...wrapLine(`${current.rule} ${displaySafe(current.message)}`, width, 2),
      ...sourceExcerpt(state.lines, current, width),
      ...wrapLine(`${current.name}: ${rule ? ruleDoc(rule).summary : ''}`, width, 2),
    ];
  }

  return (
    <Box flexDirection="column" width={width} height={height}>
      {head}
      {loadError ? (
        <Text color={theme.tone('bad')} wrap="wrap">
          {displaySafe(loadError)}
        </Text>
      ) : null}
      {state.phase === 'failed' ? (
        <Box flexDirection="column" borderStyle="round" borderColor={theme.tone('bad')} width={width}>
          <Text color={theme.tone('bad')} wrap="wrap">
            {`The linter failed on ${displaySafe(state.path)}: ${displaySafe(state.error)}`}
          </Text>
          <Text wrap="wrap">This is a bug in multistage-tutor; / lints another file.</Text>
        </Box>
      ) : null}
      {state.phase === 'linting' ? <Text color={theme.tone('muted')}>linting…</Text> : null}
      {state.phase === 'done' && findings.length > 0 ? (
        <>
          <Box flexDirection="column" height={listHeight}>
            <ListView items={items} selected={selected} height={listHeight} width={width} />
          </Box>
          <Text color={current ? theme.tone(severityTone[current.severity]) : undefined}>{'─'.repeat(width)}</Text>
          <Box flexDirection="column" height={detailHeight}>
            {detail.length > 0 ? (
              <ScrollView
                lines={detail}
                offset={Math.min(detailOffset, Math.max(0, detail.length - detailHeight))}
                height={detailHeight}
                width={width}
              />
            ) : null}
          </Box>
        </>
      ) : null}
    </Box>
  );
}
