// `lint --format json`: the shape cli.md fixes as version 1. Scripts match on it; change it only
// by adding fields, or with a new version number.
import type { Finding } from '../../engine/types';

export interface JsonFinding {
  rule: string;
  name: string;
  severity: Finding['severity'];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fixable: boolean;
}

export type JsonFile = { file: string; findings: JsonFinding[] } | { file: string; error: string };

export function jsonFinding(finding: Finding): JsonFinding {
  return {
    rule: finding.rule,
    name: finding.name,
    severity: finding.severity,
    line: finding.span.start.line,
    column: finding.span.start.column,
    endLine: finding.span.end.line,
    endColumn: finding.span.end.column,
    message: finding.message,
    fixable: Boolean(finding.fix?.length),
  };
}

export function formatJson(files: JsonFile[]): string {
  return JSON.stringify({ version: 1, files }) + '\n';
}
