// Every key binding of the app, in one table: the input hooks match keys through it, the footer
// shows the focused mode's `footer` entries, and the `?` overlay lists them all, under each mode's
// heading (a key can mean one thing in a list and another in a question). A key that is not here
// does nothing, so what the footer and the help say is what the keys do.
import type { Key } from 'ink';
import type { Route } from './nav';

/** A key as the table names it: a name below, `ctrl-x`, or the one character typed. */
export type KeyName =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'pageUp'
  | 'pageDown'
  | 'home'
  | 'end'
  | 'enter'
  | 'esc'
  | 'tab'
  | 'backspace'
  | `ctrl-${string}`
  | (string & {});

export interface Binding {
  /** What the input hook does for it. */
  action: string;
  keys: KeyName[];
  /** How the footer and help write the keys: `↑↓`, `Enter`. */
  shown: string;
  /** A word or two for the footer. */
  does: string;
  /** The longer line in the `?` overlay (defaults to `does`). */
  help?: string;
  /** Shown in the footer of its mode (else only in the help). */
  footer?: boolean;
}

export function keyMatches(name: KeyName, input: string, key: Key): boolean {
  switch (name) {
    case 'up':
      return key.upArrow;
    case 'down':
      return key.downArrow;
    case 'left':
      return key.leftArrow;
    case 'right':
      return key.rightArrow;
    case 'pageUp':
      return key.pageUp;
    case 'pageDown':
      return key.pageDown;
    case 'home':
      return key.home;
    case 'end':
      return key.end;
    case 'enter':
      return key.return;
    case 'esc':
      return key.escape;
    case 'tab':
      return key.tab && !key.shift;
    case 'backspace':
      return key.backspace || key.delete;
  }
  if (name.startsWith('ctrl-')) return key.ctrl && input === name.slice(5);
  return !key.ctrl && !key.meta && input === name;
}

/** The action of the first binding the key matches, or null. */
export function actionOf(bindings: readonly Binding[], input: string, key: Key): string | null {
  for (const b of bindings) if (b.keys.some((k) => keyMatches(k, input, key))) return b.action;
  return null;
}

const b = (action: string, keys: KeyName[], shown: string, does: string, help?: string, footer = true): Binding => ({
  action,
  keys,
  shown,
  does,
  help,
  footer,
});
const helpOnly = (action: string, keys: KeyName[], shown: string, does: string, help?: string): Binding =>
  b(action, keys, shown, does, help, false);
/** The other half of a pair another binding's help already names (↑ of "↑ ↓ j k: move"): not listed again. */
const alias = (action: string, keys: KeyName[]): Binding => ({ action, keys, shown: '', does: '', help: '', footer: false });

const moveKeys: Binding[] = [
  b('down', ['down', 'j'], '↑↓', 'move', '↑ ↓ j k: move'),
  alias('up', ['up', 'k']),
  helpOnly('pageDown', ['pageDown'], 'PgUp PgDn', 'a page up, down'),
  alias('pageUp', ['pageUp']),
  helpOnly('first', ['g', 'home'], 'g G', 'first, last'),
  alias('last', ['G', 'end']),
];

const scrollKeys: Binding[] = [
  b('down', ['down', 'j'], '↑↓', 'scroll', '↑ ↓ j k: scroll a line'),
  alias('up', ['up', 'k']),
  helpOnly('pageDown', ['pageDown', ' '], 'PgUp PgDn Space', 'a page up, down'),
  alias('pageUp', ['pageUp']),
  helpOnly('first', ['g', 'home'], 'g G', 'top, bottom'),
  alias('last', ['G', 'end']),
];

const pickKey = (help: string) => helpOnly('pick', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], '1-9', help);

/** A one-line text field: typing replaces a default, Enter submits exactly what is shown. */
export function fieldKeys(submit: string, cancel: string): Binding[] {
  return [
    b('submit', ['enter'], 'Enter', submit),
    b('clear', ['ctrl-u'], 'Ctrl-U', 'clear', 'Ctrl-U: clear the field'),
    helpOnly('erase', ['backspace'], 'Backspace', 'erase a character'),
    b('cancel', ['esc'], 'Esc', cancel),
    // No key of its own: said so the help tells that q and ? are text here.
    helpOnly('type', [], 'other keys', 'typed into the field (q and ? too)'),
  ];
}

const pathField = (submit: string) => [
  ...fieldKeys(submit, 'back'),
  b('home-dir', [], '~', 'home', '~/: your home folder (typed at the start of a path)'),
];

export const globalKeys: Binding[] = [
  b('help', ['?'], '?', 'help', '?: this help; any key closes it (in a field, ? is typed)'),
  b('back', ['q', 'esc'], 'q', 'back', 'q Esc: back; quit from home (a field or a y/n question keeps them)'),
  helpOnly('quit', ['ctrl-c'], 'Ctrl-C', 'quit at once, even from a field'),
];
/** The help's heading for the app's own keys, listed after the screen's. */
export const GLOBAL_HEADING = 'Anywhere';

/** The keys of one mode, and the heading the help lists them under (modes may share one). */
export interface Mode {
  heading: string;
  keys: Binding[];
}

const mode = (heading: string, keys: Binding[]): Mode => ({ heading, keys });

interface ScreenKeys {
  title: string;
  /** The bindings of each mode; the first mode is the one the screen starts in. */
  modes: Record<string, Mode>;
  /** Modes in which a field or a question takes every key (q, ?, Esc are its own). */
  captures?: string[];
}

export const keymap: Record<Route['name'], ScreenKeys> = {
  home: {
    title: 'Home',
    modes: {
      list: mode('The menu', [
        ...moveKeys.slice(0, 2),
        b('open', ['enter'], 'Enter', 'open'),
        b('jump', ['1', '2', '3', '4', '5'], '1-5', 'jump', '1-5: open that entry'),
        helpOnly('letter', ['r', 't', 'e', 'l', 'g'], 'r t e l g', 'Reference, Trees, Exercises, Lint, Graph'),
      ]),
    },
  },
  reference: {
    title: 'Reference',
    modes: {
      list: mode('Section list', [
        b('down', ['down', 'j'], '↑↓', 'section', '↑ ↓ j k: choose a section'),
        alias('up', ['up', 'k']),
        helpOnly('first', ['g', 'home'], 'g G', 'first, last section'),
        alias('last', ['G', 'end']),
        helpOnly('next', ['n'], 'n p', 'next, previous section'),
        alias('previous', ['p']),
        b('read', ['enter', 'right', 'tab'], 'Enter', 'read', 'Enter → Tab: read the section'),
        b('search', ['/'], '/', 'search', '/: search all sections as you type; Enter opens, Esc cancels'),
        helpOnly('rule', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], '1-9', 'open the n-th rule listed under the section'),
      ]),
      text: mode('Reading a section', [
        ...scrollKeys,
        b('next', ['n'], 'n/p', 'section', 'n p: next, previous section'),
        alias('previous', ['p']),
        b('list', ['tab', 'left'], 'Tab', 'list', 'Tab ←: back to the section list'),
        b('search', ['/'], '/', 'search', '/: search all sections as you type; Enter opens, Esc cancels'),
        helpOnly('rule', ['1', '2', '3', '4', '5', '6', '7', '8', '9'], '1-9', 'open the n-th rule listed under the section'),
      ]),
      search: mode('Search', [b('down', ['down'], '↑↓', 'hit', '↑ ↓: choose a hit'), alias('up', ['up']), ...fieldKeys('open', 'cancel')]),
    },
    captures: ['search'],
  },
  rule: {
    title: 'Rule',
    modes: {
      text: mode('Reading the rule', [
        ...scrollKeys,
        b('section', ['s'], 's', 'its section', 's: open the reference section that teaches it'),
      ]),
    },
  },
  trees: {
    title: 'Decision trees',
    modes: {
      choose: mode('Tree list', [...moveKeys.slice(0, 2), b('open', ['enter'], 'Enter', 'walk', 'Enter: walk the tree')]),
      question: mode('A question', [
        b('down', ['down', 'j'], '↑↓', 'choose', '↑ ↓ j k: choose an answer'),
        alias('up', ['up', 'k']),
        b('answer', ['enter'], 'Enter', 'answer'),
        pickKey('answer with that number'),
        b('undo', ['b', 'backspace'], 'b', 'undo', 'b Backspace: undo the last answer'),
        b('restart', ['r'], 'r', 'restart', 'r: start the tree again'),
        helpOnly('scrollUp', ['pageUp'], 'PgUp PgDn', 'scroll the walk (a small terminal)'),
        alias('scrollDown', ['pageDown']),
      ]),
      first: mode('A question', [
        b('down', ['down', 'j'], '↑↓', 'choose', '↑ ↓ j k: choose an answer'),
        alias('up', ['up', 'k']),
        b('answer', ['enter'], 'Enter', 'answer'),
        pickKey('answer with that number'),
        helpOnly('scrollUp', ['pageUp'], 'PgUp PgDn', 'scroll the walk (a small terminal)'),
        alias('scrollDown', ['pageDown']),
      ]),
      leaf: mode('The recommendation', [
        b('down', ['down', 'j'], '↑↓', 'choose', '↑ ↓ j k: choose what next'),
        alias('up', ['up', 'k']),
        b('answer', ['enter'], 'Enter', 'do it', 'Enter: read the reference section, walk the next tree, go back or start again'),
        pickKey('do that one at once'),
        b('scrollUp', ['pageUp'], 'PgUp', 'scroll', 'PgUp PgDn: scroll the recommendation'),
        alias('scrollDown', ['pageDown']),
        b('undo', ['b', 'backspace'], 'b', 'undo', 'b Backspace: undo the last answer'),
        b('restart', ['r'], 'r', 'restart', 'r: start the tree again'),
      ]),
    },
  },
  exercises: {
    title: 'Exercises',
    modes: { list: mode('Exercise list', [...moveKeys, b('open', ['enter'], 'Enter', 'open', 'Enter: open the exercise')]) },
  },
  exercise: {
    title: 'Exercise',
    modes: {
      main: mode('Working on it', [
        b('edit', ['e'], 'e', 'edit', 'e: edit the working copy in $VISUAL / $EDITOR (else nano, else vi); re-checks on return'),
        helpOnly('check', ['c'], 'c', 'check again', 'c: check again (saving the file from another window re-checks too)'),
        b('hint', ['h'], 'h', 'hint', 'h: one more hint'),
        b('reset', ['r'], 'r', 'reset', 'r: reset the working copy to the broken start (asks first, unless the file is gone)'),
        b('next', ['n'], 'n', 'next', 'n: next exercise'),
        b('solution', ['s'], 's', 'solution', 's: show the reference solution (once passed)'),
        helpOnly('section', ['o'], 'o', 'open the reference section the exercise teaches'),
        ...scrollKeys.map((k) => ({ ...k, footer: false })),
      ]),
      confirm: mode('Reset question (y / n)', [
        b('yes', ['y'], 'y', 'reset', 'y: reset to the broken start'),
        b('no', ['n', 'esc', 'q'], 'n', 'keep', 'n Esc: keep your edits'),
      ]),
    },
    captures: ['confirm'],
  },
  lint: {
    title: 'Lint a Dockerfile',
    modes: {
      path: mode('Path field', pathField('lint')),
      linting: mode('While linting', [b('file', ['/'], '/', 'another file', '/: lint another file')]),
      findings: mode('Findings', [
        b('down', ['down', 'j'], '↑↓', 'finding', '↑ ↓ j k: move between findings'),
        alias('up', ['up', 'k']),
        helpOnly('first', ['g', 'home'], 'g G', 'first, last finding'),
        alias('last', ['G', 'end']),
        helpOnly('detailDown', ['pageDown'], 'PgUp PgDn', "scroll the finding's text (a small terminal)"),
        alias('detailUp', ['pageUp']),
        b('rule', ['enter'], 'Enter', 'rule', 'Enter: open the rule of the finding'),
        b('section', ['s'], 's', 'section', 's: open the reference section of the finding'),
        b('fix', ['f'], 'f', 'fix', 'f: show the fixes as a diff, then apply after y'),
        b('file', ['/'], '/', 'file', '/: lint another file'),
      ]),
      fix: mode('Fix prompt (y / n)', [
        b('yes', ['y'], 'y', 'apply'),
        b('no', ['n', 'esc', 'q'], 'n', 'keep', 'n Esc: leave the file as it is'),
        ...scrollKeys.slice(0, 2).map((k) => ({ ...k, footer: k.action === 'down' })),
      ]),
    },
    captures: ['path', 'fix'],
  },
  graph: {
    title: 'Stage graph',
    modes: {
      path: mode('Path field', pathField('draw')),
      target: mode('Target field', fieldKeys('draw', 'cancel')),
      view: mode('The graph', [
        ...scrollKeys,
        b('target', ['t'], 't', 'target', 't: name a --target stage (empty: a plain build)'),
        b('file', ['/'], '/', 'file', '/: another file'),
      ]),
    },
    captures: ['path', 'target'],
  },
};

/** The bindings of a screen in a mode (the first mode when it names none). */
export function bindingsFor(screen: Route['name'], mode?: string): Binding[] {
  const modes = keymap[screen].modes;
  return (modes[mode ?? ''] ?? Object.values(modes)[0])?.keys ?? [];
}

/** How the help and footer write the key of `action` in a mode ("r"): for text that names the key. */
export function keyShown(screen: Route['name'], mode: string, action: string): string {
  const found = bindingsFor(screen, mode).find((b) => b.action === action);
  if (!found) throw new Error(`no ${action} key in ${screen}/${mode}`);
  return found.shown;
}

export function capturesKeys(screen: Route['name'], mode: string | undefined): boolean {
  return mode !== undefined && (keymap[screen].captures ?? []).includes(mode);
}

/**
 * "↑↓ move · Enter open · q back": the focused mode's keys, then the app's own. When that does
 * not fit the width, the keys alone ("↑↓ Enter s f / · ? help"): every key stays in sight.
 */
export function footerFor(screen: Route['name'], mode: string | undefined, atHome: boolean, width = Infinity): string {
  const own = bindingsFor(screen, mode).filter((k) => k.footer);
  const captured = capturesKeys(screen, mode);
  const parts = own.map((k) => `${k.shown} ${k.does}`);
  if (!captured) parts.push('? help', atHome ? 'q quit' : 'q back');
  const full = parts.join(' · ');
  if ([...full].length <= width) return full;
  // The header always shows "? help": that goes first.
  const lean = parts.filter((p) => p !== '? help').join(' · ');
  if ([...lean].length <= width) return lean;
  const keysOnly = own.map((k) => k.shown).join(' ');
  return captured ? keysOnly : `${keysOnly} · ? help · ${atHome ? 'q quit' : 'q back'}`;
}

export interface HelpGroup {
  heading: string;
  /** Keys as written ("↑ ↓ j k") and what they do there. */
  keys: [keys: string, what: string][];
}

/**
 * Every binding of the screen for the `?` overlay, grouped under its mode's heading (modes that
 * share a heading share a group), then the app's own keys. A group lists a line once.
 */
export function helpFor(screen: Route['name']): HelpGroup[] {
  const groups: HelpGroup[] = [];
  const add = (heading: string, bindings: Binding[]) => {
    let group = groups.find((g) => g.heading === heading);
    if (!group) groups.push((group = { heading, keys: [] }));
    for (const k of bindings) {
      if (k.help === '') continue;
      const line = k.help ?? `${k.shown}: ${k.does}`;
      const at = line.indexOf(': ');
      const [keys, what] = at >= 0 ? [line.slice(0, at), line.slice(at + 2)] : [k.shown, line];
      if (!group.keys.some(([k2, w2]) => k2 === keys && w2 === what)) group.keys.push([keys, what]);
    }
  };
  for (const { heading, keys } of Object.values(keymap[screen].modes)) add(heading, keys);
  add(GLOBAL_HEADING, globalKeys);
  return groups;
}
