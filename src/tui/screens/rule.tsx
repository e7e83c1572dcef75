// One rule: why it matters, a bad and a good example, how to fix, and its reference section (`s`).
import { useMemo } from 'react';
import { Box, Text } from 'ink';
import { useBindings, useScreenMode } from '../keys';
import { ruleById } from '../../engine/rules/index';
import type { Rule } from '../../engine/rule';
import { getSection } from '../../content/sections';
import { renderMarkdown } from '../../content/render';
import { useNav, type Route, type ScreenProps } from '../nav';
import { useTheme } from '../theme';
import { ScrollView, position, useScroll } from '../components/scroll';

export function ruleMarkdown(rule: Rule): string {
  const section = getSection(rule.reference);
  const also = [
    ...(rule.equivalents.hadolint ?? []).map((id) => `hadolint ${id}`),
    ...(rule.equivalents.buildkit ?? []).map((id) => `BuildKit check ${id}`),
  ];
  return [
    `# ${rule.id} ${rule.name}`,
    `**${rule.severity}**${rule.fixable ? ' · fixable (`f` in Lint, or `lint --fix`)' : ''} · ${rule.summary}`,
    '## Why it matters',
    rule.explanation,
    '## Fires on',
    '```dockerfile\n' + rule.bad.trimEnd() + '\n```',
    '## Written well',
    '```dockerfile\n' + rule.good.trimEnd() + '\n```',
    '## How to fix',
    rule.howToFix,
    `Read next: **${section?.title ?? rule.reference}** (press s)`,
    also.length > 0 ? `Same as: ${also.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function RuleScreen({ width, height, active, route }: ScreenProps & { route: Route }) {
  const nav = useNav();
  const theme = useTheme();
  const id = route.name === 'rule' ? route.id : '';
  const rule = ruleById(id);
  const lines = useMemo(
    () => (rule ? renderMarkdown(ruleMarkdown(rule), { width: width - 1, color: theme.color }).replace(/\n+$/, '').split('\n') : []),
    [rule, width, theme.color],
  );
  useScreenMode('text', active);
  const scroll = useScroll('rule', 'text', lines.length, height - 1, active, id);
  useBindings('rule', 'text', { section: () => rule && nav.push({ name: 'reference', section: rule.reference }) }, active);
  if (!rule) return <Text color={theme.tone('bad')}>No rule {id}.</Text>;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <ScrollView lines={lines} offset={scroll.offset} height={height - 1} width={width} />
      <Text color={theme.tone('muted')} wrap="truncate-end">
        {[`${rule.id} · s: section ${rule.reference}`, position(scroll.offset, height - 1, lines.length)].filter(Boolean).join(' · ')}
      </Text>
    </Box>
  );
}
