// `multistage-tutor ref`: in-process through run(args, io), and as the built bin.
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli/commands/ref';
import { CliError } from '../src/cli/io';
import { loadSections } from '../src/content';
import { cli, expectOneLineError, fakeIO } from './cli-helpers';

describe('ref (in-process)', () => {
  it('lists every section, one per line, when no topic is given', async () => {
    const io = fakeIO();
    expect(await run([], io)).toBe(0);
    const lines = io.out().trimEnd().split('\n');
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(loadSections().map((s) => s.id));
    expect(lines[0]).toContain('Multi-stage builds in one page');
  });

  it('prints the section a loose topic matches, as plain text when piped', async () => {
    const io = fakeIO();
    expect(await run(['copy', 'from'], io)).toBe(0);
    const out = io.out();
    expect(out.split('\n')[0]).toBe('COPY --from: taking artifacts from stages and images');
    expect(out).toContain('COPY --from=build-api /out/api /usr/local/bin/api');
    expect(out).not.toContain('\x1b');
  });

  it('forgives a typo', async () => {
    const io = fakeIO();
    await run(['distroles'], io);
    expect(io.out().split('\n')[0]).toBe('Choosing the final base image');
  });

  it('takes a section ID as it is', async () => {
    const io = fakeIO();
    await run(['lang-go'], io);
    expect(io.out().split('\n')[0]).toBe('Go');
  });

  it('names the rules that check the section', async () => {
    const io = fakeIO();
    await run(['final-base'], io);
    expect(io.out()).toMatch(/Checked by: MS011, MS101, MS104, MS106, MS113 \(multistage-tutor explain MS011\)/);
  });

  it('wraps to the terminal width, and colours on a terminal', async () => {
    const narrow = fakeIO({ columns: 50 });
    await run(['concept'], narrow);
    const prose = narrow
      .out()
      .split('\n')
      .filter((l) => !l.startsWith('  '));
    for (const line of prose) expect(line.length).toBeLessThanOrEqual(50);
    const tty = fakeIO({ color: true });
    await run(['concept'], tty);
    expect(tty.out()).toContain('\x1b[');
  });

  it('fails with one line naming the closest sections when nothing matches', async () => {
    const io = fakeIO();
    const error = await run(['zzqx'], io).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toMatch(/^ref: no section matches 'zzqx'; closest: [a-z-]+ \(.+\), /);
    expect((error as CliError).message).not.toContain('\n');
  });

  it('rejects unknown options as a usage error', async () => {
    await expect(run(['--bogus'], fakeIO())).rejects.toThrow(CliError);
  });
});

describe('ref (built bin)', () => {
  it('prints a section with no escape codes when piped', () => {
    const r = cli(['ref', 'copy', 'from']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Source paths start at the stage');
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stderr).toBe('');
  });

  it('prints what the in-process command prints (the built one renders stored tokens from its own bundle)', async () => {
    for (const topic of [['copy', 'from'], ['final-base'], ['distroles']]) {
      const io = fakeIO({ columns: 72 });
      await run(topic, io);
      const r = cli(['ref', ...topic], { env: { COLUMNS: '72' } });
      expect(r.stdout, topic.join(' ')).toBe(io.out());
    }
  });

  it('takes options through the app as before: --help, and an unknown option is a usage error', () => {
    expect(cli(['ref', '--help']).stdout).toMatch(/^multistage-tutor ref \[TOPIC\.\.\.\]/);
    const bogus = cli(['ref', 'copy', '--bogus']);
    expect(bogus.status).toBe(2);
    expectOneLineError(bogus);
  });

  it('exits 2 with one line on stderr for an unknown topic', () => {
    const r = cli(['ref', 'qqqzzz']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expectOneLineError(r);
    expect(r.stderr).toMatch(/closest:/);
  });

  it('honours NO_COLOR even when colour would be forced', () => {
    const r = cli(['ref', 'target'], { env: { NO_COLOR: '1', FORCE_COLOR: '3' } });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('\x1b');
  });
});
