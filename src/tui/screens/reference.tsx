// Reference: the section list beside the text (above it when narrow), live search, rules under each section.
import { useEffect, useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../keys';
import { loadSections, type Section } from '../../content/sections';
import { searchSections } from '../../content/search';
import { renderMarkdown } from '../../content/render';
import { ruleById } from '../../engine/rules/index';
import { ruleDoc } from '../../content/rule-docs';
import { useNav, type Route, type ScreenProps } from '../nav';
import { useTheme } from '../theme';
import { ListView, type ListItem } from '../components/list';
import { ScrollView, position, useScroll } from '../components/scroll';
import { LineInput, useLineInput } from '../components/text-input';

type Focus = 'list' | 'text';

/** The section as lines at this width, with the rules that check it listed under it (numbered for 1-9). */
export function sectionLines(section: Section, width: number, color: boolean): string[] {
  const lines = renderMarkdown(section.markdown, { width, color }).replace(/\n+$/, '').split('\n');
  if (section.rules.length > 0) {
    lines.push('', 'Rules that check this (press the number to open one):');
    section.rules.forEach((id, i) => {
      const rule = ruleById(id);
      lines.push(`  ${i + 1}  ${id} ${rule ? `${rule.name}: ${ruleDoc(rule).summary}` : ''}`.trimEnd());
    });
  }
  return lines;
}

export function ReferenceScreen({ width, height, active, route }: ScreenProps & { route: Route }) {
  const nav = useNav();
  const theme = useTheme();
  const sections = useMemo(() => loadSections(), []);
  const wanted = route.name === 'reference' && route.section ? sections.findIndex((s) => s.id === route.section) : -1;
  const [current, setCurrent] = useState(Math.max(0, wanted));
  const [focus, setFocus] = useState<Focus>(wanted >= 0 ? 'text' : 'list');
  const [query, setQuery] = useState<string | null>(null);
  const [hit, setHit] = useState(0);

  const wide = width >= 84;
  const listWidth = wide ? Math.min(32, Math.floor(width / 3)) : width;
  const textWidth = wide ? width - listWidth - 1 : width;
  // Narrow: a short list above the text; the search box takes one of its rows.
  const listHeight = wide ? height - 1 : Math.min(5, Math.max(2, Math.floor(height / 4)));
  const textHeight = wide ? height - 1 : height - listHeight - 2;

  const section = sections[current]!;
  const lines = useMemo(() => sectionLines(section, textWidth - 1, theme.color), [section, textWidth, theme.color]);
  const scroll = useScroll(lines.length, textHeight, active && query === null && focus === 'text', section.id);

  const hits = useMemo(() => (query ? searchSections(query, 20) : []), [query]);
  useEffect(() => setHit(0), [query]);

  const searching = query !== null;
  useEffect(() => nav.capture(searching), [searching]);

  const openSection = (index: number) => {
    setCurrent(index);
    scroll.setOffset(0);
  };

  useLineInput(
    (update) => setQuery((q) => update(q ?? '')),
    active && searching,
    () => {
      const chosen = hits[hit];
      if (chosen) openSection(sections.indexOf(chosen.section));
      if (chosen) setFocus('text');
      setQuery(null);
    },
    () => setQuery(null),
  );

  useKeys(
    (input, key) => {
      if (searching) {
        if (key.downArrow) setHit((h) => Math.min(h + 1, Math.max(0, hits.length - 1)));
        if (key.upArrow) setHit((h) => Math.max(0, h - 1));
        return;
      }
      if (input === '/') {
        nav.capture(true);
        setQuery('');
      }
      else if (input === 'n') openSection(Math.min(sections.length - 1, current + 1));
      else if (input === 'p') openSection(Math.max(0, current - 1));
      else if (key.tab) setFocus((f) => (f === 'list' ? 'text' : 'list'));
      else if (/^[1-9]$/.test(input) && section.rules[Number(input) - 1]) nav.push({ name: 'rule', id: section.rules[Number(input) - 1]! });
      else if (focus === 'list') {
        if (key.downArrow || input === 'j') openSection(Math.min(sections.length - 1, current + 1));
        else if (key.upArrow || input === 'k') openSection(Math.max(0, current - 1));
        else if (input === 'g') openSection(0);
        else if (input === 'G') openSection(sections.length - 1);
        else if (key.return || key.rightArrow) setFocus('text');
      } else if (key.leftArrow && wide) setFocus('list');
    },
    { isActive: active },
  );

  const listItems: ListItem[] = searching
    ? hits.map((h) => ({ key: h.section.id, label: h.section.title, note: wide ? undefined : h.snippet }))
    : sections.map((s) => ({ key: s.id, label: s.title }));

  const listPane = (
    <Box flexDirection="column" width={listWidth} flexShrink={0}>
      {searching ? (
        <LineInput label="search: " value={query} editing width={listWidth} />
      ) : (
        <Text color={theme.tone('muted')} wrap="truncate-end">
          {`${current + 1}/${sections.length} sections · / search`}
        </Text>
      )}
      {searching && query !== '' && hits.length === 0 ? (
        <Text color={theme.tone('warn')} wrap="truncate-end">
          no section matches; keep typing or Esc
        </Text>
      ) : (
        <ListView
          items={listItems}
          selected={searching ? hit : current}
          height={listHeight - (wide ? 0 : 1)}
          width={listWidth}
          focused={searching || focus === 'list'}
        />
      )}
    </Box>
  );

  const status = [section.id, position(scroll.offset, textHeight, lines.length)].filter(Boolean).join(' · ');
  const textPane = (
    <Box flexDirection="column" width={textWidth}>
      <ScrollView lines={lines} offset={scroll.offset} height={textHeight} width={textWidth} />
      <Text color={focus === 'text' ? theme.tone('accent') : theme.tone('muted')} wrap="truncate-end">
        {status}
      </Text>
    </Box>
  );

  return wide ? (
    <Box width={width} height={height}>
      {listPane}
      <Box width={1} />
      {textPane}
    </Box>
  ) : (
    <Box flexDirection="column" width={width} height={height}>
      {listPane}
      <Text color={theme.tone('muted')}>{'─'.repeat(width)}</Text>
      {textPane}
    </Box>
  );
}
