// One rule: why it matters, a bad and a good example, how to fix, and its reference section (`s`).
import { useMemo } from 'react';
import { Box, Text } from 'ink';
import { useScreenMode } from '../keys';
import { useRuleInput } from '../input/use-rule-input';
import { ruleById } from '../../engine/rules/index';
import type { Rule } from '../../engine/rule';
import { getSection } from '../../content/sections';
import { ruleDoc, ruleMarkdown } from '../../content/rule-docs';
import { renderMarkdown } from '../../content/render';
import type { Route, ScreenProps } from '../nav';
import { useTheme } from '../theme';
import { ScrollView, position, useScroll } from '../components/scroll';

/** The rule's page: the same Markdown SARIF carries, with the key that opens its section. */
export function rulePage(rule: Rule): string {
  const { reference } = ruleDoc(rule);
  return ruleMarkdown(rule, `Read next: **${getSection(reference)?.title ?? reference}** (press s)`);
}

export function RuleScreen({ width, height, active, route }: ScreenProps & { route: Route }) {
  const theme = useTheme();
  const id = route.name === 'rule' ? route.id : '';
  const rule = ruleById(id);
  const lines = useMemo(
    () =>
      rule
        ? renderMarkdown(rulePage(rule), { width: width - 1, color: theme.color })
            .replace(/\n+$/, '')
            .split('\n')
        : [],
    [rule, width, theme.color],
  );
  useScreenMode('text', active);
  const scroll = useScroll('rule', 'text', lines.length, height - 1, active, id);
  useRuleInput(active, rule ? ruleDoc(rule).reference : null);
  if (!rule) return <Text color={theme.tone('bad')}>No rule {id}.</Text>;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <ScrollView lines={lines} offset={scroll.offset} height={height - 1} width={width} />
      <Text color={theme.tone('muted')} wrap="truncate-end">
        {[`${rule.id} · s: section ${ruleDoc(rule).reference}`, position(scroll.offset, height - 1, lines.length)]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Box>
  );
}
