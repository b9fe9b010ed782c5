import type { ProblemDetails } from '@/lib/api/problem';
import type { ImportFormat } from '../api/import-locations';

export const IMPORT_COLUMNS = ['code', 'aisle', 'rack', 'level', 'x', 'y', 'z', 'width', 'depth', 'height', 'capacity'] as const;

/** A CSV template: the header and two example bins of the warehouse, side by side on level 1. */
export function csvTemplate(warehouse: string): string {
  const prefix = warehouse || 'WH';
  return [
    IMPORT_COLUMNS.join(','),
    `${prefix}-A01-R01-L1-B1,A01,R01,1,0,0,0,1,0.8,0.5,1`,
    `${prefix}-A01-R01-L1-B2,A01,R01,1,1,0,0,1,0.8,0.5,1`,
    '',
  ].join('\r\n');
}

export function csvTemplateHref(warehouse: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csvTemplate(warehouse))}`;
}

/** The format a file's name or content suggests. */
export function guessFormat(fileName: string, content: string): ImportFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  const first = content.trimStart()[0];
  if (first === '[' || first === '{') return 'json';
  return content.trim() ? 'csv' : undefined;
}

export interface RowErrors {
  row: number;
  label: string;
  messages: string[];
}

/** The per-row report of a rejected import ("row N" → messages), in row order. */
export function rowErrors(problem: ProblemDetails | undefined): RowErrors[] {
  const errors = problem?.errors;
  if (!errors) return [];
  return Object.entries(errors)
    .map(([key, messages]) => {
      const match = /^row\s+(\d+)$/i.exec(key.trim());
      return match ? { row: Number(match[1]), label: key, messages } : undefined;
    })
    .filter((entry): entry is RowErrors => entry !== undefined)
    .sort((a, b) => a.row - b.row);
}
