// `lint --format github|gitlab|checkstyle`: findings as CI systems read them.
//   github:     workflow commands (`::error file=…,line=…::message`), escaped as actions/toolkit does
//   gitlab:     a Code Quality report (a JSON array of Code Climate issues, the fields GitLab reads)
//   checkstyle: Checkstyle XML, read by Jenkins' warnings plugin and many others
import { createRequire } from 'node:module';
import type { Finding, Severity } from '../../engine/types';

/** A file linted, or one that was not: `kind` says why (none: it could not be read). */
export type CiReport =
  { name: string; findings: Finding[] } | { name: string; error: string; kind?: 'target' | 'no-dockerfile' | 'not-written' };

/** A file-level error's check name, for the formats that name one. */
const ERROR_CHECK: Record<NonNullable<Extract<CiReport, { error: string }>['kind']> | 'read', string> = {
  read: 'read-error',
  target: 'no-such-target',
  'no-dockerfile': 'no-dockerfile',
  'not-written': 'write-error',
};

/** Paths as CI tools expect them: forward slashes, no leading `./`. */
const ciPath = (name: string) => name.replace(/\\/g, '/').replace(/^(\.\/)+/, '');

// --- GitHub Actions --------------------------------------------------------------------------

const GITHUB_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** The message part: %, CR and LF would end or corrupt the command. */
export const escapeGithubData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A property value: also `:` (ends the properties) and `,` (separates them). */
export const escapeGithubProperty = (s: string) => escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(reports: CiReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const file = escapeGithubProperty(ciPath(report.name));
    if ('error' in report) {
      lines.push(
        `::error file=${file},title=${escapeGithubProperty('multistage-tutor: file not linted')}::${escapeGithubData(report.error)}`,
      );
      continue;
    }
    for (const f of report.findings) {
      const { start, end } = f.span;
      const props = [
        `file=${file}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeGithubProperty(`${f.rule} ${f.name}`)}`,
      ];
      lines.push(`::${GITHUB_LEVEL[f.severity]} ${props.join(',')}::${escapeGithubData(f.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

// --- GitLab Code Quality ---------------------------------------------------------------------

/** GitLab's levels are info, minor, major, critical, blocker: a file that does not build blocks. */
const GITLAB_SEVERITY: Record<Severity, string> = { error: 'blocker', warning: 'major', info: 'info' };

export interface GitlabIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

/**
 * The fingerprint is what GitLab compares between the merge request and its target to tell new
 * findings from old ones, so it leaves out the line (moving code does not make a finding new):
 * path, rule, message, and which of the identical ones it is.
 */
export function formatGitlab(reports: CiReport[]): string {
  const issues: GitlabIssue[] = [];
  for (const report of reports) {
    const path = ciPath(report.name);
    if ('error' in report) {
      // A file not linted blocks as an error finding would: on its first line, so GitLab can show it.
      const check = ERROR_CHECK[report.kind ?? 'read'];
      issues.push({
        description: report.error,
        check_name: check,
        fingerprint: md5(`${path}\0${check}\0${report.error}`),
        severity: 'blocker',
        location: { path, lines: { begin: 1, end: 1 } },
      });
      continue;
    }
    const seen = new Map<string, number>();
    for (const f of report.findings) {
      const key = `${path}\0${f.rule}\0${f.message}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      issues.push({
        description: `${f.rule} ${f.name}: ${f.message}`,
        check_name: f.rule,
        fingerprint: md5(`${key}\0${nth}`),
        severity: GITLAB_SEVERITY[f.severity],
        location: { path, lines: { begin: f.span.start.line, end: f.span.end.line } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
}

// --- Checkstyle ------------------------------------------------------------------------------

/** Attribute text: markup characters as entities, line breaks kept (a raw one would become a space), other control characters dropped (XML 1.0 forbids them). */
export function escapeXmlAttribute(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

export function formatCheckstyle(reports: CiReport[]): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const report of reports) {
    out.push(`  <file name="${escapeXmlAttribute(report.name)}">`);
    if ('error' in report) {
      // A file-level error: no line or column, our name as the source.
      out.push(`    <error severity="error" message="${escapeXmlAttribute(report.error)}" source="multistage-tutor"/>`, '  </file>');
      continue;
    }
    for (const f of report.findings) {
      const attrs = [
        `line="${f.span.start.line}"`,
        `column="${f.span.start.column}"`,
        `severity="${f.severity}"`,
        `message="${escapeXmlAttribute(f.message)}"`,
        `source="${escapeXmlAttribute(`multistage-tutor.${f.rule}.${f.name}`)}"`,
      ];
      out.push(`    <error ${attrs.join(' ')}/>`);
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return out.join('\n') + '\n';
}

/**
 * Loaded on first use: dist/lint.cjs carries this module inline, and a static import of
 * node:crypto costs every `lint` start about 4 ms (bench/lint-startup.mjs) for a format few use.
 */
function md5(text: string): string {
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return createHash('md5').update(text).digest('hex');
}
