// `lint --format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. One run; every rule in
// tool.driver.rules with its help (GitHub shows it beside an alert); one result per finding,
// located by a relative URI under %SRCROOT% so alerts land on the file in the repository.
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Severity } from '../../engine/types';
import type { Rule } from '../../engine/rule';
import { equivalentsOf, ruleDoc, ruleMarkdown } from '../../content/rule-docs';

export interface SarifInput {
  name: string;
  /** The path as given; `-` for stdin. */
  path: string;
  findings?: Finding[];
  error?: string;
}

export interface SarifOptions {
  cwd: string;
  version: string;
  rules: Rule[];
  /** Reference section titles by ID, when the content is at hand. */
  sectionTitles?: Map<string, string>;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(inputs: SarifInput[], options: SarifOptions): string {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]));
  const results = inputs.flatMap((input) =>
    (input.findings ?? []).map((finding) => ({
      ruleId: finding.rule,
      ...(ruleIndex.has(finding.rule) ? { ruleIndex: ruleIndex.get(finding.rule)! } : {}),
      level: LEVEL[finding.severity],
      message: { text: finding.message },
      locations: [location(input.path, options.cwd, finding)],
    })),
  );
  const failures = inputs.filter((input) => input.error !== undefined);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'multistage-tutor',
            version: options.version,
            semanticVersion: options.version,
            rules: options.rules.map((rule) => descriptor(rule, options.sectionTitles)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd.endsWith(sep) ? options.cwd : options.cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((input) => ({
              level: 'error',
              message: { text: input.error! },
              locations: [{ physicalLocation: { artifactLocation: artifact(input.path, options.cwd) } }],
            })),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function location(path: string, cwd: string, finding: Finding) {
  const { start, end } = finding.span;
  return {
    physicalLocation: {
      artifactLocation: artifact(path, cwd),
      region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
    },
  };
}

/** A relative, forward-slash, percent-encoded URI; stdin and paths outside cwd get what fits best. */
function artifact(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (path === '-') return { uri: 'stdin' };
  const rel = relative(cwd, isAbsolute(path) ? path : `${cwd}${sep}${path}`);
  if (rel === '' || isAbsolute(rel) || rel.startsWith('..')) {
    return { uri: pathToFileURL(isAbsolute(path) ? path : `${cwd}${sep}${path}`).href };
  }
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function descriptor(rule: Rule, titles?: Map<string, string>) {
  const doc = ruleDoc(rule);
  const section = titles?.get(doc.reference);
  const command = `multistage-tutor ref ${doc.reference}`;
  const equivalents = equivalentsOf(rule);
  const markdown = ruleMarkdown(rule, `**Learn more:** ${section ? `${section}, ` : ''}\`${command}\``);
  const text = [
    `${rule.id} ${rule.name}: ${doc.summary}`,
    doc.why,
    `Bad:\n${indent(doc.bad)}`,
    `Good:\n${indent(doc.good)}`,
    `How to fix: ${doc.fix}`,
    ...(equivalents.length ? [`Equivalents: ${equivalents.join(', ')}`] : []),
    `Learn more: ${section ? `${section}, ` : ''}${command}`,
  ].join('\n\n');
  return {
    id: rule.id,
    name: rule.name,
    shortDescription: { text: doc.summary },
    fullDescription: { text: doc.why },
    help: { text, markdown },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ['dockerfile', 'multi-stage'],
      precision: 'high',
      fixable: rule.fixable,
      reference: doc.reference,
      ...(section ? { referenceTitle: section } : {}),
      equivalents: { hadolint: doc.hadolint, buildkit: rule.buildkit ?? [] },
    },
  };
}

function indent(code: string): string {
  return code
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
