// lint --format github|gitlab|checkstyle, each read back by a checker written from its consumer's docs:
//   GitHub: "Workflow commands for GitHub Actions" (::level file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message;
//           % CR LF escaped in the message, and also : and , in property values, as actions/toolkit's command.ts does)
//   GitLab: "Code Quality report format" (JSON array; description, check_name, fingerprint, severity in
//           info|minor|major|critical|blocker, location.path, location.lines.begin)
//   Checkstyle: the XML its XMLLogger writes (checkstyle > file[name] > error[line,column,severity,message,source])
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  escapeGithubData,
  escapeGithubProperty,
  escapeXmlAttribute,
  formatCheckstyle,
  formatGithub,
  formatGitlab,
} from '../src/cli/format/ci';
import type { Finding } from '../src/engine/types';
import { cli, NUMERIC_REF, WARNING_ONLY, workspace } from './cli-helpers';

// --- GitHub: the runner's parsing, unescaping as it does -------------------------------------
const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

function parseWorkflowCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const part of (match[2] ?? '').split(',').filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 1) throw new Error(`bad property '${part}' in ${line}`);
    properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1));
  }
  return { command: match[1]!, properties, message: unescapeData(match[3]!) };
}

// --- GitLab: the report's documented shape, as a JSON schema ---------------------------------
const GITLAB_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', minLength: 1, not: { pattern: '^(/|\\./)' } },
          lines: { type: 'object', required: ['begin'], properties: { begin: { type: 'integer', minimum: 1 } } },
        },
      },
    },
  },
};

// --- Checkstyle: a strict reader for the XML subset Checkstyle's XMLLogger writes ------------
type XmlElement = { name: string; attributes: Record<string, string>; children: XmlElement[] };
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function readXml(xml: string): XmlElement {
  let at = 0;
  const fail = (what: string) => {
    throw new Error(`${what} at ${at}: ${xml.slice(at, at + 40)}`);
  };
  const skipSpace = () => {
    while (/\s/.test(xml[at] ?? '')) at++;
  };
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) fail('no XML declaration');
  at = xml.indexOf('?>') + 2;
  const element = (): XmlElement => {
    skipSpace();
    const open = /^<([A-Za-z][\w-]*)/.exec(xml.slice(at));
    if (!open) fail('expected an element');
    at += open![0].length;
    const el: XmlElement = { name: open![1]!, attributes: {}, children: [] };
    for (;;) {
      skipSpace();
      if (xml.startsWith('/>', at)) return ((at += 2), el);
      if (xml[at] === '>') break;
      const attr = /^([A-Za-z][\w-]*)="([^"<]*)"/.exec(xml.slice(at));
      if (!attr) fail('bad attribute');
      if (attr![1]! in el.attributes) fail('duplicate attribute');
      // A raw & must start an entity; control characters other than tab/LF/CR are not XML 1.0.
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(attr![2]!) || /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(attr![2]!))
        fail('bad attribute text');
      el.attributes[attr![1]!] = attr![2]!.replace(/&(amp|lt|gt|quot|apos);|&#(\d+);/g, (_m, name: string, code: string) =>
        name ? ENTITIES[name]! : String.fromCharCode(Number(code)),
      );
      at += attr![0].length;
    }
    at++;
    for (;;) {
      skipSpace();
      if (xml.startsWith(`</${el.name}>`, at)) return ((at += el.name.length + 3), el);
      el.children.push(element());
    }
  };
  const root = element();
  skipSpace();
  if (at !== xml.length) fail('content after the root element');
  return root;
}

const TRICKY: Finding = {
  rule: 'MS003',
  name: 'numeric-stage-reference',
  severity: 'warning',
  message: 'odd: 100% sure, a:b, <tag> & "quotes"\r\nsecond line\u0007',
  span: { start: { line: 9, column: 1 }, end: { line: 9, column: 42 } },
};
const NAME = 'svc/a,b:c/Dock%erfile';

describe('--format github', () => {
  it('escapes %, CR, LF in the message and also : and , in properties, so the runner reads back what we meant', () => {
    const out = formatGithub([{ name: NAME, findings: [TRICKY] }]);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const parsed = parseWorkflowCommand(lines[0]!);
    expect(parsed.command).toBe('warning');
    expect(parsed.properties).toEqual({
      file: NAME,
      line: '9',
      col: '1',
      endLine: '9',
      endColumn: '42',
      title: 'MS003 numeric-stage-reference',
    });
    expect(parsed.message).toBe(TRICKY.message);
    expect(escapeGithubData('a%0A')).toBe('a%250A'); // % first, so no escape is read twice
    expect(escapeGithubProperty('x:y,z')).toBe('x%3Ay%2Cz');
  });

  it('runs as a user would: one command a finding, at the level and place json gives, exit code as usual', () => {
    const ws = workspace({
      'a/Dockerfile': NUMERIC_REF,
      'b/Dockerfile': WARNING_ONLY.replace('FROM golang:1.22 AS build', 'FROM golang:1.22 as build'),
    });
    try {
      const run = cli(['lint', '.', '--format', 'github', '--fail-on', 'none'], { cwd: ws.dir });
      const commands = run.stdout.trimEnd().split('\n').map(parseWorkflowCommand);
      const json = JSON.parse(cli(['lint', '.', '--format', 'json'], { cwd: ws.dir }).stdout) as {
        files: {
          file: string;
          findings: { rule: string; name: string; severity: string; line: number; column: number; message: string }[];
        }[];
      };
      const level = { error: 'error', warning: 'warning', info: 'notice' } as Record<string, string>;
      const expected = json.files.flatMap((f) =>
        f.findings.map((x) => ({
          command: level[x.severity],
          file: f.file,
          line: String(x.line),
          col: String(x.column),
          title: `${x.rule} ${x.name}`,
          message: x.message,
        })),
      );
      expect(expected.map((e) => e.title)).toEqual(expect.arrayContaining(['MS003 numeric-stage-reference', 'MS016 from-as-casing']));
      expect(
        commands.map((c) => ({
          command: c.command,
          file: c.properties.file,
          line: c.properties.line,
          col: c.properties.col,
          title: c.properties.title,
          message: c.message,
        })),
      ).toEqual(expected);
      expect(commands.map((c) => c.command)).toContain('notice');
      expect(run.status).toBe(0);
    } finally {
      ws.done();
    }
  });
});

describe('--format gitlab', () => {
  const validate = new Ajv({ allErrors: true }).compile(GITLAB_SCHEMA);

  it('is a Code Quality report with stable, unique fingerprints', () => {
    const ws = workspace({ 'a/Dockerfile': NUMERIC_REF, 'b/Dockerfile': NUMERIC_REF });
    try {
      const run = cli(['lint', '.', '--format', 'gitlab', '--fail-on', 'warning'], { cwd: ws.dir });
      const report = JSON.parse(run.stdout);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      expect(report.length).toBeGreaterThan(1);
      expect(new Set(report.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(report.length);
      expect(report.find((i: { check_name: string }) => i.check_name === 'MS003').location).toMatchObject({
        path: 'a/Dockerfile',
        lines: { begin: 8 },
      });
      expect(run.status).toBe(1);
      // The same findings give the same fingerprints; moving them down a line does not change them.
      const again = JSON.parse(cli(['lint', '.', '--format', 'gitlab'], { cwd: ws.dir }).stdout);
      expect(again.map((i: { fingerprint: string }) => i.fingerprint)).toEqual(report.map((i: { fingerprint: string }) => i.fingerprint));
    } finally {
      ws.done();
    }
    const moved = formatGitlab([
      { name: 'a/Dockerfile', findings: [{ ...TRICKY, span: { start: { line: 20, column: 1 }, end: { line: 20, column: 2 } } }] },
    ]);
    const original = formatGitlab([{ name: 'a/Dockerfile', findings: [TRICKY] }]);
    expect(JSON.parse(moved)[0].fingerprint).toBe(JSON.parse(original)[0].fingerprint);
  });

  it('reports a file that could not be read as a blocker on its first line, as json and sarif do; exit 2 stays', () => {
    const ws = workspace({ good: NUMERIC_REF });
    try {
      const run = cli(['lint', 'missing', 'good', '--format', 'gitlab'], { cwd: ws.dir });
      expect(run.status).toBe(2);
      const report = JSON.parse(run.stdout);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      expect(report[0]).toMatchObject({
        description: expect.stringMatching(/^missing: no such file/),
        check_name: 'read-error',
        severity: 'blocker',
        location: { path: 'missing', lines: { begin: 1 } },
      });
      expect(report.slice(1).every((i: { location: { path: string } }) => i.location.path === 'good')).toBe(true);
    } finally {
      ws.done();
    }
  });

  it('maps error to blocker, warning to major, info to info', () => {
    const report = JSON.parse(
      formatGitlab([
        {
          name: './x',
          findings: (['error', 'warning', 'info'] as const).map((severity, i) => ({ ...TRICKY, severity, message: `m${i}` })),
        },
      ]),
    );
    expect(validate(report)).toBe(true);
    expect(report.map((i: { severity: string }) => i.severity)).toEqual(['blocker', 'major', 'info']);
    expect(report[0].location.path).toBe('x');
  });
});

describe('--format checkstyle', () => {
  it('is well-formed Checkstyle XML that reads back the exact messages', () => {
    const xml = formatCheckstyle([{ name: 'a&b/<Dockerfile>', findings: [TRICKY] }]);
    const root = readXml(xml);
    expect(root.name).toBe('checkstyle');
    const file = root.children[0]!;
    expect(file).toMatchObject({ name: 'file', attributes: { name: 'a&b/<Dockerfile>' } });
    expect(file.children[0]).toMatchObject({
      name: 'error',
      attributes: { line: '9', column: '1', severity: 'warning', source: 'multistage-tutor.MS003.numeric-stage-reference' },
    });
    // Everything but the control character XML cannot hold survives, line breaks included.
    expect(file.children[0]!.attributes.message).toBe(TRICKY.message.replace('\u0007', ''));
    expect(escapeXmlAttribute('\u0001')).toBe('');
  });

  it('reports a file that could not be read as a file-level error, as json and sarif do; exit 2 stays', () => {
    const ws = workspace({ good: NUMERIC_REF });
    try {
      const run = cli(['lint', 'missing', 'good', '--format', 'checkstyle'], { cwd: ws.dir });
      expect(run.status).toBe(2);
      const root = readXml(run.stdout);
      expect(root.children.map((f) => f.attributes.name)).toEqual(['missing', 'good']);
      const error = root.children[0]!.children;
      expect(error).toHaveLength(1);
      expect(error[0]!.name).toBe('error');
      expect(error[0]!.attributes).toEqual({
        severity: 'error',
        message: expect.stringMatching(/^missing: no such file/),
        source: 'multistage-tutor',
      });
    } finally {
      ws.done();
    }
  });

  it('runs as a user would: a file element for each Dockerfile, clean ones included', () => {
    const ws = workspace({ 'a/Dockerfile': NUMERIC_REF, 'b/app.Dockerfile': WARNING_ONLY });
    try {
      const run = cli(['lint', '.', '--format', 'checkstyle'], { cwd: ws.dir });
      const root = readXml(run.stdout);
      expect(root.children.map((f) => f.attributes.name)).toEqual(['a/Dockerfile', 'b/app.Dockerfile']);
      expect(root.children[0]!.children.map((e) => e.attributes.source)).toContain('multistage-tutor.MS003.numeric-stage-reference');
    } finally {
      ws.done();
    }
  });
});
