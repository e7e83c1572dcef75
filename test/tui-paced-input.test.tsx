// Keys that arrive in one read are handed to Ink one per turn.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { paceInput, splitKeys, takePastes } from '../src/tui/paced-input';

describe('splitKeys', () => {
  it('splits plain text by character and keeps escape sequences whole', () => {
    expect(splitKeys('j\r')).toEqual(['j', '\r']);
    expect(splitKeys('\x1b[B\x1b[Bq')).toEqual(['\x1b[B', '\x1b[B', 'q']);
    expect(splitKeys('\x1b[5~\x1bOA\x1b\x1b[A\x1bx')).toEqual(['\x1b[5~', '\x1bOA', '\x1b\x1b[A', '\x1bx']);
    expect(splitKeys('a\r\nb')).toEqual(['a', '\r', 'b']);
    expect(splitKeys('é😀')).toEqual(['é', '😀']);
    expect(splitKeys('\x1b')).toEqual(['\x1b']);
  });
});

class FakeStdin extends EventEmitter {
  chunks: string[] = [];
  read(): string | null {
    return this.chunks.shift() ?? null;
  }
}

describe('paceInput', () => {
  // Fake timers: the pacer's waits are what is tested, and a loaded machine must not stretch them.
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const wait = (ms: number) => vi.advanceTimersByTime(ms);

  it('gives one key per readable turn, the next once the app has drawn (or after a wait)', async () => {
    const stdin = new FakeStdin();
    const pacer = paceInput(stdin, 10);
    const turns: string[][] = [];
    // Reads as Ink does: everything until null, each time 'readable' fires.
    stdin.on('readable', () => {
      const got: string[] = [];
      let chunk: string | Buffer | null;
      while ((chunk = stdin.read()) !== null) got.push(String(chunk));
      if (got.length > 0) turns.push(got);
    });
    stdin.chunks.push('3\r\x1b[Bjq');
    stdin.emit('readable');
    expect(turns).toEqual([['3']]);
    // Nothing more until the app says it has drawn…
    wait(5);
    expect(turns).toEqual([['3']]);
    pacer.settled();
    wait(5);
    expect(turns).toEqual([['3'], ['\r']]);
    // …or the wait runs out (a key that changed nothing draws nothing).
    wait(60);
    expect(turns).toEqual([['3'], ['\r'], ['\x1b[B'], ['j'], ['q']]);
    wait(30);
    // A key alone goes straight through.
    stdin.chunks.push('k');
    stdin.emit('readable');
    expect(turns[turns.length - 1]).toEqual(['k']);
    pacer.undo();
    stdin.chunks.push('ab');
    expect(stdin.read()).toBe('ab');
  });

  it('holds keys while told to, lets Ctrl-C through at once, and delivers the rest on release', async () => {
    const stdin = new FakeStdin();
    const pacer = paceInput(stdin, 1);
    const got: string[] = [];
    stdin.on('readable', () => {
      let chunk: string | Buffer | null;
      while ((chunk = stdin.read()) !== null) got.push(String(chunk));
    });
    const release = pacer.hold();
    stdin.chunks.push('jj');
    stdin.emit('readable');
    wait(20);
    expect(got).toEqual([]);
    release();
    wait(30);
    expect(got).toEqual(['j', 'j']);
    const again = pacer.hold();
    stdin.chunks.push('x\x03y');
    stdin.emit('readable');
    expect(got).toEqual(['j', 'j', '\x03']);
    again();
    wait(30);
    expect(got).toEqual(['j', 'j', '\x03', 'y']);
    pacer.undo();
  });
});

describe('bracketed paste and Ctrl-C', () => {
  it('takes pastes out whole, across reads, and leaves the keys around them', () => {
    expect(takePastes('a\x1b[200~q\rrm -rf\x1b[201~b', null)).toEqual({ keys: 'ab', pastes: ['q\rrm -rf'], open: null });
    const first = takePastes('x\x1b[200~half', null);
    expect(first).toEqual({ keys: 'x', pastes: [], open: 'half' });
    expect(takePastes(' more\x1b[201~j', first.open)).toEqual({ keys: 'j', pastes: ['half more'], open: null });
  });

  it('a paste never reaches the key reader: it goes to the paste listeners, q and Enter inside it included', () => {
    const stdin = new FakeStdin();
    const pacer = paceInput(stdin, 1);
    const pasted: string[] = [];
    pacer.onPaste((t) => pasted.push(t));
    stdin.chunks.push('\x1b[200~path/to/q.Dockerfile\rq\x1b[201~');
    expect(stdin.read()).toBeNull();
    expect(pasted).toEqual(['path/to/q.Dockerfile\rq']);
    pacer.undo();
  });

  it('Ctrl-C goes at once after 500 queued keys and a 5,000-character paste, the keys before it dropped', () => {
    const stdin = new FakeStdin();
    const pacer = paceInput(stdin, 1000);
    const pasted: string[] = [];
    pacer.onPaste((t) => pasted.push(t));
    stdin.chunks.push('j'.repeat(500));
    expect(stdin.read()).toBe('j');
    // The app has not drawn yet: the other 499 wait. Then a long paste and Ctrl-C arrive.
    stdin.chunks.push(`\x1b[200~${'x'.repeat(5000)}\x1b[201~`, '\x03');
    expect(stdin.read()).toBe('\x03');
    expect(pasted[0]).toHaveLength(5000);
    // Nothing typed before the Ctrl-C is left to run.
    pacer.settled();
    expect(stdin.read()).toBeNull();
    pacer.drop();
    pacer.undo();
  });

  it('drop() forgets every queued key, so none is left for the shell after quitting', () => {
    const stdin = new FakeStdin();
    const pacer = paceInput(stdin, 1000);
    stdin.chunks.push('abc');
    expect(stdin.read()).toBe('a');
    stdin.chunks.push('echo hi\r');
    pacer.drop();
    pacer.undo();
    expect(stdin.read()).toBeNull();
  });
});
