// `lint --format sarif` against the SARIF 2.1.0 schema, and the parts GitHub code scanning reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { lint, rules } from '../src/engine';
import { BROKEN_REF, cli, NUMERIC_REF, ROOT, WARNING_ONLY, workspace } from './cli-helpers';
import { ruleDoc } from '../src/content/rule-docs';

/** The vendored schema is draft-04; see test/fixtures/sarif/SOURCE.md for this adaptation. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const { $schema: _draft, id, ...rest } = schema;
  // unicodeRegExp off: the schema's language-tag pattern is not valid as a /u regular expression.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ $id: id, ...rest });
}

const validate = sarifValidator();

function sarifOf(files: Record<string, string | Buffer>, args: string[]) {
  const ws = workspace(files);
  try {
    const r = cli(['lint', '--format', 'sarif', ...args], { cwd: ws.dir });
    return { ...r, log: JSON.parse(r.stdout), dir: ws.dir };
  } finally {
    ws.done();
  }
}

describe('lint --format sarif', () => {
  const { log, status } = sarifOf({ Dockerfile: BROKEN_REF, 'services/api v2/Dockerfile': WARNING_ONLY }, [
    'Dockerfile',
    'services/api v2/Dockerfile',
  ]);

  it('is valid SARIF 2.1.0', () => {
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(status).toBe(1);
  });

  it('is checked by a validator that does reject bad SARIF', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'info';
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(broken)).toBe(false);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('is one run whose driver lists every rule with help and no helpUri', () => {
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('multistage-tutor');
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
    for (const [i, descriptor] of driver.rules.entries()) {
      const rule = { ...rules[i]!, ...ruleDoc(rules[i]!) };
      expect(descriptor.name).toBe(rule.name);
      expect(descriptor.shortDescription.text).toBe(rule.summary);
      expect(descriptor.help.text).toContain(rule.good.trim().split('\n')[1]);
      expect(descriptor.help.markdown).toContain('```dockerfile');
      expect(descriptor.help.markdown).toContain(`ref ${rule.reference}`);
      expect(descriptor).not.toHaveProperty('helpUri');
      expect(descriptor.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[rule.severity]);
      expect(descriptor.properties.equivalents).toEqual({
        hadolint: rule.hadolint,
        buildkit: rule.buildkit ?? [],
      });
    }
  });

  it('has one result per finding, at the exact range, under a relative forward-slash URI', () => {
    const expected = [
      ...lint(BROKEN_REF).findings.map((f) => ({ f, uri: 'Dockerfile' })),
      ...lint(WARNING_ONLY).findings.map((f) => ({ f, uri: 'services/api%20v2/Dockerfile' })),
    ];
    const results = log.runs[0].results;
    expect(results).toHaveLength(expected.length);
    for (const [i, { f, uri }] of expected.entries()) {
      const result = results[i];
      expect(result.ruleId).toBe(f.rule);
      expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(f.rule);
      expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[f.severity]);
      expect(result.message.text).toBe(f.message);
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation).toEqual({ uri, uriBaseId: '%SRCROOT%' });
      expect(location.region).toEqual({
        startLine: f.span.start.line,
        startColumn: f.span.start.column,
        endLine: f.span.end.line,
        endColumn: f.span.end.column,
      });
    }
  });

  it('reports unreadable files as tool notifications, still valid, exit 2', () => {
    const r = sarifOf({ Dockerfile: NUMERIC_REF }, ['Dockerfile', 'missing']);
    expect(r.status).toBe(2);
    expect(validate(r.log)).toBe(true);
    const invocation = r.log.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[0].message.text).toMatch(/missing: no such file/);
    expect(r.log.runs[0].results.length).toBe(lint(NUMERIC_REF).findings.length);
  });

  it('is valid for a clean file and for standard input too', () => {
    const r = cli(['lint', '--format', 'sarif', '-'], { input: NUMERIC_REF });
    const stdinLog = JSON.parse(r.stdout);
    expect(validate(stdinLog)).toBe(true);
    expect(stdinLog.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('stdin');
  });
});
