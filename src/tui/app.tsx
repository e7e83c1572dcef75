// The app shell: a header, the current screen, a footer of keys, the `?` overlay, and the route stack.
import { lazy, Suspense, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { Box, Text, useApp } from 'ink';
import { InputGateContext, ModeContext, PasteContext, SuspendedContext, type PasteSource } from './keys';
import { screenKey, top, topMode, useAppState } from './state/use-app-state';
import { useAppInput } from './input/use-app-input';
import { NavContext, type Nav, type Route, type ScreenProps } from './nav';
import { footerFor, keymap } from './keymap';
import { helpFooter, helpLayout, HelpOverlay, helpRoom } from './components/help';
import { makeTheme, ThemeContext } from './theme';
import { EnvContext, type AppEnv } from './env';
import { useTerminalSize } from './size';
import { HomeScreen } from './screens/home';

type Screen = ComponentType<ScreenProps & { route: Route }>;

// Each screen loads when first opened, so the home screen draws without the engine or the renderer.
const screens: Record<Exclude<Route['name'], 'home'>, Screen> = {
  reference: lazy(() => import('./screens/reference').then((m) => ({ default: m.ReferenceScreen as Screen }))),
  rule: lazy(() => import('./screens/rule').then((m) => ({ default: m.RuleScreen as Screen }))),
  trees: lazy(() => import('./screens/trees').then((m) => ({ default: m.TreesScreen as Screen }))),
  exercises: lazy(() => import('./screens/exercises').then((m) => ({ default: m.ExercisesScreen as Screen }))),
  exercise: lazy(() => import('./screens/exercise').then((m) => ({ default: m.ExerciseScreen as Screen }))),
  lint: lazy(() => import('./screens/lint').then((m) => ({ default: m.LintScreen as Screen }))),
  graph: lazy(() => import('./screens/graph').then((m) => ({ default: m.GraphScreen as Screen }))),
};

/** " › Reference › Rule": where the user is, the oldest steps dropped first when it is too long. */
function crumbs(stack: Route[], room: number): string {
  const names = stack.slice(1).map((r) => (r.name === 'trees' && r.tree ? r.tree : r.name === 'exercise' ? r.id : keymap[r.name].title));
  let text = names.map((n) => ` › ${n}`).join('');
  while (text.length > room && names.length > 1) {
    names.shift();
    text = ' › …' + names.map((n) => ` › ${n}`).join('');
  }
  return text;
}

export interface AppProps {
  color: boolean;
  /** The process as the screens may see it; without a reader and writer, files cannot be opened or fixed. */
  env?: Omit<AppEnv, 'readDockerfile' | 'writeFixes'> & Partial<Pick<AppEnv, 'readDockerfile' | 'writeFixes'>>;
  /** Called after a child program had the terminal, to repaint everything. */
  afterSuspend?: () => void;
  initial?: Route[];
  /** Told when the user quits (q at home, Ctrl-C), before the app unmounts. */
  onQuit?: () => void;
  /** Holds keys while a screen loads, so keys typed meanwhile reach it instead of nothing. */
  inputGate?: { hold(): () => void };
  /** Bracketed pastes from the terminal: text for the focused field, never keys. */
  pastes?: PasteSource;
}

/** Shown while a screen's code loads; keys wait meanwhile. */
function Loading() {
  const gate = useContext(InputGateContext);
  // A layout effect: in place when the fallback is committed, before the next key is let through.
  useLayoutEffect(() => gate.hold(), [gate]);
  return <Text>Loading…</Text>;
}

const noGate = { hold: () => () => {} };
const noPastes: PasteSource = { onPaste: () => () => {} };

const defaultEnv: AppEnv = {
  env: process.env,
  cwd: process.cwd(),
  readDockerfile: async (path) => ({ name: path, error: `${path}: no file reader was given to the app` }),
  writeFixes: async (path) => `${path}: no file writer was given to the app; nothing was written`,
};

export function App({ color, env = defaultEnv, afterSuspend, initial, onQuit, inputGate = noGate, pastes = noPastes }: AppProps) {
  const app = useApp();
  const quitRef = useRef(onQuit);
  quitRef.current = onQuit;
  const exit = useCallback(() => {
    quitRef.current?.();
    app.exit();
  }, [app]);
  const { columns, rows } = useTerminalSize();
  const theme = useMemo(() => makeTheme(color), [color]);
  const appEnv = useMemo<AppEnv>(
    () => ({
      ...defaultEnv,
      ...env,
      readDockerfile: env.readDockerfile ?? defaultEnv.readDockerfile,
      writeFixes: env.writeFixes ?? defaultEnv.writeFixes,
    }),
    [env],
  );
  const [state, dispatch] = useAppState(initial);
  const { stack, help } = state;
  const [suspended, setSuspended] = useState<null | (() => void)>(null);
  const route = top(state);
  const mode = topMode(state);
  const reporters = useMemo(() => {
    const made = new Map<string, (m: string) => void>();
    return (k: string) => {
      if (!made.has(k)) made.set(k, (m: string) => dispatch({ type: 'mode', key: k, mode: m }));
      return made.get(k)!;
    };
  }, []);

  const nav: Nav = useMemo(
    () => ({
      push: (r) => dispatch({ type: 'push', route: r }),
      replace: (r) => dispatch({ type: 'replace', route: r }),
      back: () => dispatch({ type: 'back' }),
      quit: () => exit(),
      capture: (on) => dispatch({ type: 'capture', on }),
      suspend: (run) => setSuspended(() => run),
    }),
    [exit],
  );

  // The child program runs after React has committed the suspended frame, so every useInput is off
  // (raw mode off, stdin detached) and no key of the user's reaches the app meanwhile.
  const afterRef = useRef(afterSuspend);
  afterRef.current = afterSuspend;
  useEffect(() => {
    if (!suspended) return;
    try {
      suspended();
    } finally {
      afterRef.current?.();
      setSuspended(null);
    }
  }, [suspended]);

  const active = suspended === null;
  const height = Math.max(3, rows - 1);
  const width = Math.max(20, columns);
  const bodyHeight = height - 2;
  // The help stops scrolling at its last page, as laid out at this width.
  const helpRows = useMemo(() => (help ? helpLayout(route.name, width).rows.length : 0), [help, route.name, width]);
  useAppInput(state, dispatch, exit, active, { max: Math.max(0, helpRows - helpRoom(bodyHeight)), page: helpRoom(bodyHeight) });

  const trail = crumbs(stack, width - 'multistage-tutor'.length - '  ? help'.length);

  return (
    <ThemeContext.Provider value={theme}>
      <EnvContext.Provider value={appEnv}>
        <NavContext.Provider value={nav}>
          <InputGateContext.Provider value={inputGate}>
            <PasteContext.Provider value={pastes}>
              <SuspendedContext.Provider value={suspended !== null}>
                <Box flexDirection="column" width={width} height={height} overflow="hidden">
                  <Box width={width} height={1}>
                    <Box flexGrow={1}>
                      <Text wrap="truncate-end">
                        <Text bold color={theme.tone('accent')}>
                          multistage-tutor
                        </Text>
                        {trail}
                      </Text>
                    </Box>
                    <Box flexShrink={0}>
                      <Text color={theme.tone('muted')}>{'  ? help'}</Text>
                    </Box>
                  </Box>
                  <Box height={bodyHeight} width={width} overflow="hidden" flexDirection="column">
                    {suspended ? <Text>Editing in another program… the tutor comes back when it closes.</Text> : null}
                    {help && !suspended ? (
                      <HelpOverlay route={route.name} width={width} height={bodyHeight} offset={state.helpOffset} />
                    ) : null}
                    {/* Every screen of the stack stays mounted (hidden) so going back keeps its place. */}
                    {stack.map((r, i) => {
                      const isTop = i === stack.length - 1;
                      const Screen: Screen = r.name === 'home' ? HomeScreen : screens[r.name];
                      return (
                        <Box
                          key={screenKey(r, i)}
                          display={isTop && !help && !suspended ? 'flex' : 'none'}
                          width={width}
                          height={bodyHeight}
                        >
                          <ModeContext.Provider value={reporters(screenKey(r, i))}>
                            <Suspense fallback={<Loading />}>
                              <Screen width={width} height={bodyHeight} active={isTop && active && !help} route={r} />
                            </Suspense>
                          </ModeContext.Provider>
                        </Box>
                      );
                    })}
                  </Box>
                  <Box height={1} width={width}>
                    <Text wrap="truncate-end" color={theme.tone('muted')}>
                      {help ? helpFooter(width) : footerFor(route.name, mode, stack.length === 1, width)}
                    </Text>
                  </Box>
                </Box>
              </SuspendedContext.Provider>
            </PasteContext.Provider>
          </InputGateContext.Provider>
        </NavContext.Provider>
      </EnvContext.Provider>
    </ThemeContext.Provider>
  );
}
