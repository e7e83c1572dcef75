// Typing into the TUI's fields (#15, #16): defaults, paste then Enter, errors, Ctrl-U, ~, `-`,
// the graph's target, pastes that hold commands, and small terminals.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../src/tui/app';
import { lint } from '../src/engine/lint';
import { readInput } from '../src/cli/io';
import { listTrees, loadTree, walkTree } from '../src/content/trees';
import { bracketed, drive, fits, keys, pace, pasteRelay, type Driven } from './tui-harness';

const broken = `# syntax=docker/dockerfile:1
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian12
COPY --from=0 /out/app /app
USER nonroot
ENTRYPOINT ["/app"]
`;
const graphFile = `FROM golang:1.22 AS build
RUN go build -o /app .
FROM alpine:3.20 AS certs
RUN apk add ca-certificates
FROM gcr.io/distroless/static-debian12 AS runtime
COPY --from=build /app /app
COPY --from=certs /etc/ssl/certs /etc/ssl/certs
`;
const count = lint(broken).findings.length;
const summary = `${count} finding${count === 1 ? '' : 's'}`;

let dir = '';
let current: Driven | null = null;
let quits = 0;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tui-fields-'));
  quits = 0;
});
afterEach(() => {
  current?.unmount();
  current = null;
});

async function open(screen: 'home' | 'lint' | 'graph', columns = 100, rows = 30) {
  const relay = pasteRelay();
  const initial = screen === 'home' ? [{ name: 'home' as const }] : [{ name: 'home' as const }, { name: screen }];
  const d = await drive(
    <App
      color={false}
      env={{
        env: { HOME: dir, MULTISTAGE_TUTOR_TODAY: 'off' },
        cwd: dir,
        readDockerfile: (p, cwd) => readInput(p, { cwd, stdin: process.stdin }),
      }}
      initial={initial}
      pastes={relay}
      onQuit={() => quits++}
    />,
    { columns, rows },
  );
  current = d;
  await pace(d, relay);
  return d;
}

describe('the Lint path field', () => {
  it('typing replaces the default instead of appending to it', async () => {
    mkdirSync(join(dir, 'api'));
    writeFileSync(join(dir, 'api', 'Dockerfile'), broken);
    const d = await open('lint');
    await d.waitFor('Dockerfile: Dockerfile');
    await d.type('api/Dockerfile');
    await d.waitFor('Dockerfile: api/Dockerfile');
    await d.press(keys.enter);
    const s = await d.waitFor(summary);
    expect(s).not.toContain('Dockerfileapi');
  });

  it('a pasted path and Enter in the same read lint exactly the path shown, 5 tries of 5', async () => {
    for (let i = 1; i <= 5; i++) writeFileSync(join(dir, `dotnet${i}.Dockerfile`), broken);
    const d = await open('lint');
    await d.waitFor('Dockerfile: Dockerfile');
    for (let i = 1; i <= 5; i++) {
      if (i > 1) {
        await d.press('/');
        await d.press('\x15'); // Ctrl-U
        await d.waitFor((s) => /Dockerfile: *\n/.test(s) || /Dockerfile:  *$/m.test(s));
      }
      await d.press(bracketed(`dotnet${i}.Dockerfile`) + '\r');
      const s = await d.waitFor(
        (t) => t.includes(`Dockerfile: dotnet${i}.Dockerfile`) && (t.includes(summary) || t.includes('no such file')),
      );
      expect(s).not.toContain('no such file');
      expect(s).toContain(summary);
    }
  });

  it('after an error the field stays open: the footer says how to edit, and the first / typed is kept', async () => {
    writeFileSync(join(dir, 'real.Dockerfile'), broken);
    const d = await open('lint');
    await d.waitFor('Dockerfile: Dockerfile');
    await d.type('nosuch');
    await d.press(keys.enter);
    const failed = await d.waitFor('no such file');
    // `-` (standard input) reads nothing here, so it is not suggested.
    expect(failed).not.toMatch(/- to read standard input/);
    expect(failed).toContain('Ctrl-U clear');
    await d.press('\x15');
    await d.type(`${dir}/real.Dockerfile`);
    await d.waitFor(`Dockerfile: ${dir}/real.Dockerfile`.slice(0, 60));
    await d.press(keys.enter);
    await d.waitFor(summary);
  });

  it('~ is the home folder, and `-` is not taken as a path', async () => {
    writeFileSync(join(dir, 'home.Dockerfile'), broken);
    const d = await open('lint');
    await d.waitFor('Dockerfile: Dockerfile');
    await d.type('-');
    await d.press(keys.enter);
    // Enter on `-` leaves the field as it is: still editing, nothing read.
    await d.type('x');
    const s = await d.waitFor('Dockerfile: -x');
    expect(s).not.toMatch(/standard input|finding/);
    await d.press('\x15');
    await d.type('~/home.Dockerfile');
    await d.press(keys.enter);
    await d.waitFor(summary);
  });

  it('a paste holding q and Enter is text for the field, never keys', async () => {
    writeFileSync(join(dir, 'Dockerfile'), broken);
    const d = await open('lint');
    await d.waitFor('Dockerfile: Dockerfile');
    await d.press(bracketed('q\r?q'));
    await d.waitFor('Dockerfile: q ?q');
    expect(quits).toBe(0);
    expect(d.screen()).not.toContain('Keys:');
  });
});

describe('a paste where no field is open', () => {
  it('is ignored: a q inside it does not quit, and the keys after it still work', async () => {
    const d = await open('home');
    await d.waitFor('q quit');
    await d.press(bracketed('q\rq\recho pwned\r'));
    await d.press(keys.down);
    await d.waitFor('› 2  Decision trees');
    expect(quits).toBe(0);
  });
});

describe('the graph target field', () => {
  it('an unknown target opens the field again, and typing replaces it (not publishnosuch)', async () => {
    writeFileSync(join(dir, 'Dockerfile'), graphFile);
    const d = await open('graph');
    await d.waitFor('Dockerfile: Dockerfile');
    await d.press(keys.enter);
    await d.waitFor('plain build');
    await d.press('t');
    await d.waitFor('--target (empty: plain build):');
    await d.type('nosuch');
    await d.press(keys.enter);
    const failed = await d.waitFor('no such stage');
    expect(failed).toContain('build, certs, runtime');
    expect(failed).toContain('--target (empty: plain build): nosuch');
    await d.type('runtime');
    await d.press(keys.enter);
    const s = await d.waitFor("BuildKit's order for --target runtime");
    expect(s).not.toContain('nosuchruntime');
  });
});

describe('footers', () => {
  it('the fix diff asks y/n and its footer says so', async () => {
    writeFileSync(
      join(dir, 'Dockerfile'),
      'FROM golang:1.22 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\nCMD /app\n',
    );
    const d = await open('lint');
    await d.press(keys.enter);
    await d.waitFor(/finding/);
    await d.press('f');
    await d.waitFor('? y / n');
    const footerOf = (t: string) => t.trimEnd().split('\n').at(-1)!;
    const footer = footerOf(await d.waitFor((t) => footerOf(t).startsWith('y ')));
    expect(footer).toMatch(/^y apply · n keep/);
    expect(footer).not.toContain('finding');
  });
});

describe('small terminals', () => {
  it('at 20×5 the home list shows the selected row', async () => {
    const d = await open('home', 20, 5);
    await d.waitFor('› 1');
    for (let i = 2; i <= 5; i++) {
      await d.press(keys.down);
      const s = await d.waitFor(`› ${i}`);
      expect(fits(s, 20, 5)).toBe(true);
    }
  });

  it('at 40×12 a decision-tree leaf scrolls up to its recommendation', async () => {
    // The tree whose first-answer walk is longest: its leaf is the furthest below the top.
    const walks = listTrees().map((t) => {
      const tree = loadTree(t.id)!;
      const answers: string[] = [];
      for (;;) {
        const r = walkTree(tree, answers);
        if (r.status === 'leaf') return { id: t.id, answers, leaf: r.leaf };
        if (r.status !== 'question') throw new Error('bad tree');
        answers.push(r.question.answers[0]!.answer);
      }
    });
    const { id, answers, leaf } = walks.sort((a, b) => b.answers.length - a.answers.length)[0]!;
    const d = await drive(<App color={false} initial={[{ name: 'home' }, { name: 'trees', tree: id }]} />, { columns: 40, rows: 12 });
    current = d;
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    // Each Enter: the next question's first answer is selected (the question may be above the screen).
    const tree = loadTree(id)!;
    const firstAnswer = (n: number) => {
      const r = walkTree(tree, answers.slice(0, n));
      return r.status === 'question' ? `❯ ${r.question.answers[0]!.label}`.slice(0, 30) : null;
    };
    await d.waitFor(firstAnswer(0)!);
    for (let i = 0; i < answers.length; i++) {
      const before = d.screen();
      await d.press(keys.enter);
      const next = firstAnswer(i + 1);
      await d.waitFor((s) => s !== before && (next ? s.includes(next) : /Start again|Go back one answer|Read the reference/.test(s)));
    }
    await d.waitFor(/Start again|Go back one answer/);
    const title = `→ ${leaf.title}`.slice(0, 30);
    let pressed = 0;
    for (let i = 0; i < 10 && !flat(d.screen()).includes(title); i++) {
      pressed++;
      const before = d.screen();
      await d.press(keys.pageUp);
      await d.waitFor((s) => s !== before, 1000).catch(() => undefined);
    }
    expect(flat(d.screen())).toContain(title);
    // It was below the fold: it took PgUp to bring it into view.
    expect(pressed).toBeGreaterThan(0);
    expect(fits(d.screen(), 40, 12)).toBe(true);
  });
});

describe('control characters from a Dockerfile', () => {
  it('are shown escaped on the Lint screen, never written to the terminal', async () => {
    // An OSC 52 clipboard write inside the image name: MS014's message and the source line quote it.
    writeFileSync(join(dir, 'Dockerfile'), 'FROM ubuntu\x1b]52;c;ZXZpbA==\x07 AS app\nUSER 1000\n');
    const d = await open('lint');
    await d.waitFor('Dockerfile: Dockerfile');
    await d.press(keys.enter);
    const s = await d.waitFor(/^\d+ findings?$/m);
    expect(s).toContain('␛]52;c;ZXZpbA==^G');
    for (const frame of d.rawFrames()) {
      expect(frame).not.toContain('\x1b]52');
      expect(frame).not.toContain('\x07');
    }
  });
});

describe('reading a finding and the help at 40×12', () => {
  it('PgDn scrolls the finding below the list to its source line', async () => {
    writeFileSync(join(dir, 'Dockerfile'), broken);
    const d = await open('lint', 40, 12);
    await d.waitFor('Dockerfile: Dockerfile');
    await d.press(keys.enter);
    const before = await d.waitFor(/^\d+ findings?\s*$/m);
    expect(before).not.toMatch(/^ +\d+ │ /m);
    await d.press(keys.pageDown);
    const after = await d.waitFor((s) => /^ +\d+ │ /m.test(s));
    expect(fits(after, 40, 12)).toBe(true);
  });

  it('the help scrolls with ↓ and closes with any other key', async () => {
    const d = await open('lint', 40, 12);
    await d.waitFor('Dockerfile: Dockerfile');
    // Esc leaves the empty field; the help opens on the findings mode's keys from the home screen's Lint.
    await d.press(keys.esc);
    await d.waitFor('› 1  Reference');
    await d.press('?');
    const first = await d.waitFor('Keys: Home');
    expect(first).toContain('↓ more');
    await d.press(keys.down);
    const moved = await d.waitFor((s) => s !== first);
    expect(moved).toContain('Keys: Home');
    await d.press('x');
    await d.waitFor((s) => !s.includes('Keys: Home'));
  });
});
