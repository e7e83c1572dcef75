// `rules`, `explain ID` and what `multistage-tutor` prints with no terminal.
import { describe, expect, it } from 'vitest';
import { rules } from '../src/engine';
import { ruleDoc } from '../src/content/rule-docs';
import { teaching } from './rule-tester';
import { cli, expectOneLineError, NUMERIC_REF, workspace } from './cli-helpers';

describe('rules', () => {
  it('lists every rule with its ID, name, severity and whether --fix fixes it', () => {
    const r = cli(['rules']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+SEVERITY\s+FIX\s+SUMMARY$/);
    for (const rule of rules) {
      const row = lines.find((l) => l.startsWith(`${rule.id} `));
      expect(row, rule.id).toBeDefined();
      const cells = row!.split(/\s{2,}/);
      expect(cells[1]).toBe(rule.name);
      expect(cells[2]).toBe(rule.severity);
      expect(row!.includes(' yes ')).toBe(rule.fixable);
      expect(r.stdout.replace(/\s+/g, ' ')).toContain(ruleDoc(rule).summary.replace(/\s+/g, ' '));
    }
  });

  it('keeps every line within a narrow terminal width', () => {
    const r = cli(['rules'], { env: { COLUMNS: '60' } });
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(60);
  });
});

describe('explain', () => {
  it('shows a rule whatever the case of its ID: why, bad and good example, fix, reference', () => {
    const rule = teaching('MS003');
    const r = cli(['explain', 'ms003']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`${rule.id} ${rule.name} (${rule.severity}, fixable: multistage-tutor lint --fix)`);
    for (const heading of ['Why it matters', 'Bad', 'Good', 'How to fix', 'Equivalents', 'Read more']) {
      expect(r.stdout).toMatch(new RegExp(`^${heading}$`, 'm'));
    }
    for (const line of rule.bad.trim().split('\n').filter(Boolean)) expect(r.stdout).toContain(`    ${line}`);
    for (const line of rule.good.trim().split('\n').filter(Boolean)) expect(r.stdout).toContain(`    ${line}`);
    expect(r.stdout).toContain(`multistage-tutor ref ${rule.reference}`);
  });

  it('finds a rule by its name too', () => {
    const rule = rules[0]!;
    expect(cli(['explain', rule.name]).stdout.split('\n')[0]).toContain(rule.id);
  });

  it('names the hadolint and BuildKit equivalents where a rule has them', () => {
    // MS005 has both: hadolint DL3024 and BuildKit's DuplicateStageName.
    const rule = teaching('MS005');
    expect(rule.hadolint.length * (rule.buildkit?.length ?? 0)).toBeGreaterThan(0);
    const out = cli(['explain', rule.id]).stdout;
    for (const id of [...rule.hadolint, ...(rule.buildkit ?? [])]) expect(out).toContain(id);
  });

  it('answers an unknown ID with one line naming close IDs, exit 2', () => {
    const r = cli(['explain', 'MS03']);
    expect(r.status).toBe(2);
    expectOneLineError(r);
    expect(r.stderr).toMatch(/unknown rule 'MS03' \(did you mean MS003/);
    const none = cli(['explain']);
    expect(none.status).toBe(2);
    expectOneLineError(none);
  });
});

describe('a rule ID with its number unpadded (ms3 for MS003), as explain --help promises', () => {
  it.each([
    ['ms3', 'MS003'],
    ['MS3', 'MS003'],
    ['ms23', 'MS023'],
    ['ms105', 'MS105'],
  ])('explain %s shows %s', (typed, id) => {
    const r = cli(['explain', typed]);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^${id} `));
  });

  it('lint --ignore takes it too', () => {
    const ws = workspace({ Dockerfile: NUMERIC_REF });
    try {
      expect(cli(['lint'], { cwd: ws.dir }).stdout).toContain('MS003');
      const r = cli(['lint', '--ignore', 'ms3,MS23'], { cwd: ws.dir });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).not.toContain('MS003');
    } finally {
      ws.done();
    }
  });

  it('a number with a leading zero that is not the full ID is still a typo to ask about', () => {
    const r = cli(['lint', '--ignore', 'ms03', '-'], { input: NUMERIC_REF });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown rule 'ms03' \(did you mean MS003/);
  });
});

describe('multistage-tutor without a terminal', () => {
  it('prints the help and the reference index, exit 0, and never starts the full-screen app', async () => {
    const r = cli([]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^multistage-tutor \d+\.\d+\.\d+/);
    expect(r.stdout).toContain('multistage-tutor lint [FILE...|-]');
    const { loadSections } = await import('../src/content/sections').catch(() => ({
      loadSections: () => [] as { id: string; title: string }[],
    }));
    const sections = loadSections();
    if (!sections.length) return; // the reference content has not landed yet
    expect(r.stdout).toMatch(/Reference sections/);
    for (const s of sections) expect(r.stdout).toMatch(new RegExp(`^  ${s.id}\\s+${s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  });
});
