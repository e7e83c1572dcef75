// The keys of each screen, for the `?` overlay and the footer (footers fit in 60 columns;
// the header always says `? help`). Kept apart from the screens,
// which load lazily, so the help is there before a screen's code is.
import type { Route } from './nav';

export type KeyHelp = [keys: string, what: string][];

const global: KeyHelp = [
  ['?', 'this help (any key closes it)'],
  ['q Esc', 'back; quit from home'],
  ['Ctrl-C', 'quit at once'],
];

export const screenHelp: Record<Route['name'], { title: string; footer: string; keys: KeyHelp }> = {
  home: {
    title: 'Home',
    footer: '↑↓ move · Enter open · 1-5 jump · ? help · q quit',
    keys: [
      ['↑ ↓ j k', 'move'],
      ['Enter', 'open'],
      ['1-5', 'open that entry'],
      ['r t e l g', 'Reference, Trees, Exercises, Lint, Graph'],
    ],
  },
  reference: {
    title: 'Reference',
    footer: '↑↓ scroll · n/p section · / search · Tab list · q back',
    keys: [
      ['↑ ↓ j k', 'scroll the section (or move in the list)'],
      ['PgUp PgDn', 'scroll a page'],
      ['g G', 'top, bottom'],
      ['n p', 'next, previous section'],
      ['/', 'search all sections as you type; Enter opens, Esc cancels'],
      ['Tab', 'switch between the list and the text'],
      ['Enter', 'in the list: open the section'],
      ['1-9', 'open the n-th rule listed under the section'],
    ],
  },
  rule: {
    title: 'Rule',
    footer: '↑↓ scroll · s its section · ? help · q back',
    keys: [
      ['↑ ↓ j k PgUp PgDn g G', 'scroll'],
      ['s', 'open the reference section that teaches it'],
    ],
  },
  trees: {
    title: 'Decision trees',
    footer: '↑↓ choose · Enter answer · b back · r restart · q back',
    keys: [
      ['↑ ↓ Enter', 'choose a tree, answer a question'],
      ['b Backspace', 'undo the last answer'],
      ['r', 'restart the tree'],
      ['Enter', 'at a recommendation: read its reference section, walk the next tree'],
    ],
  },
  exercises: {
    title: 'Exercises',
    footer: '↑↓ move · Enter open · ? help · q back',
    keys: [
      ['↑ ↓ j k g G', 'move'],
      ['Enter', 'open the exercise'],
    ],
  },
  exercise: {
    title: 'Exercise',
    footer: 'e edit · h hint · r reset · n next · s solution · q back',
    keys: [
      ['e', 'edit the working copy in $VISUAL / $EDITOR (else nano, else vi); re-checks on return'],
      ['c', 'check again (saving the file from another window re-checks too)'],
      ['h', 'one more hint'],
      ['r', 'reset the working copy to the broken start (asks first)'],
      ['n', 'next exercise'],
      ['s', 'show the reference solution (once passed)'],
      ['o', 'open the reference section the exercise teaches'],
      ['↑ ↓ j k PgUp PgDn g G', 'scroll'],
    ],
  },
  lint: {
    title: 'Lint a Dockerfile',
    footer: '↑↓ findings · Enter rule · s section · f fix · q back',
    keys: [
      ['(typing)', 'the path; Enter lints it'],
      ['/', 'edit the path again'],
      ['↑ ↓ j k', 'move between findings'],
      ['Enter', 'open the rule of the finding'],
      ['s', 'open the reference section of the finding'],
      ['f', 'show the fixes as a diff, then apply after y'],
    ],
  },
  graph: {
    title: 'Stage graph',
    footer: '/ path · t target · ↑↓ scroll · ? help · q back',
    keys: [
      ['(typing)', 'the Dockerfile path; Enter draws it'],
      ['/', 'another file'],
      ['t', 'name a --target stage (empty: a plain build)'],
      ['↑ ↓ j k PgUp PgDn g G', 'scroll'],
    ],
  },
};

export function helpFor(route: Route['name']): KeyHelp {
  return [...screenHelp[route].keys, ...global];
}
