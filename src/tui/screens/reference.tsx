// Reference: the section list beside the text (above it when narrow), live search, rules under each section.
import { useEffect, useMemo } from 'react';
import { Box, Text } from 'ink';
import { useScreenMode } from '../keys';
import { referenceMode, useReferenceState } from '../state/use-reference-state';
import { useReferenceInput } from '../input/use-reference-input';
import { loadSections, type Section } from '../../content/sections';
import { searchSections } from '../../content/search';
import { renderSection } from '../../content/render';
import { ruleById } from '../../engine/rules/index';
import { ruleDoc } from '../../content/rule-docs';
import { useNav, type Route, type ScreenProps } from '../nav';
import { useTheme } from '../theme';
import { ListView, type ListItem } from '../components/list';
import { ScrollView, position, useScroll } from '../components/scroll';
import { LineInput, useTextField } from '../components/text-input';

/** The section as lines at this width, with the rules that check it listed under it (numbered for 1-9). */
export function sectionLines(section: Section, width: number, color: boolean): string[] {
  const lines = renderSection(section, { width, color }).replace(/\n+$/, '').split('\n');
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
  const [state, dispatch] = useReferenceState(wanted);
  const { current, focus, searching, hit } = state;
  const mode = referenceMode(state);
  useScreenMode(mode, active);

  const wide = width >= 84;
  const listWidth = wide ? Math.min(32, Math.floor(width / 3)) : width;
  const textWidth = wide ? width - listWidth - 1 : width;
  // Narrow: a short list above the text; the search box takes one of its rows.
  const listHeight = wide ? height - 1 : Math.min(5, Math.max(2, Math.floor(height / 4)));
  const textHeight = wide ? height - 1 : height - listHeight - 2;

  const section = sections[current]!;
  const lines = useMemo(() => sectionLines(section, textWidth - 1, theme.color), [section, textWidth, theme.color]);
  const scroll = useScroll('reference', 'text', lines.length, textHeight, active && mode === 'text', section.id);

  useEffect(() => nav.capture(searching), [searching]);

  const openSection = (index: number) => {
    dispatch({ type: 'open', index, count: sections.length });
    scroll.setOffset(0);
  };

  const field = useTextField(
    'reference',
    'search',
    '',
    active && searching,
    () => {
      const chosen = hits[hit];
      if (chosen) {
        openSection(sections.indexOf(chosen.section));
        dispatch({ type: 'focus', focus: 'text' });
      }
      dispatch({ type: 'search', on: false });
    },
    () => dispatch({ type: 'search', on: false }),
    {
      down: () => dispatch({ type: 'hit', by: 1, count: hits.length }),
      up: () => dispatch({ type: 'hit', by: -1, count: hits.length }),
    },
  );
  const query = field.state.value;
  const hits = useMemo(() => (searching && query ? searchSections(query, 20) : []), [searching, query]);
  useEffect(() => dispatch({ type: 'hitReset' }), [query]);

  const startSearch = () => {
    nav.capture(true);
    field.set('', false);
    dispatch({ type: 'search', on: true });
  };
  useReferenceInput(state, dispatch, { count: sections.length, rules: section.rules, active, openSection, startSearch });

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
