// CSV as RFC 4180 writes it: fields separated by commas, quoted with double quotes when they
// hold a comma, a quote or a line break, quotes doubled inside. Used by the user import and
// export of the admin console and `npm run users`.

/** One parsed record: its fields and the line of the file it starts on (1-based). */
export type CsvRecord = { line: number; fields: string[] };

export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`CSV syntax error on line ${line}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Parses CSV text into records. A byte-order mark and blank lines are skipped; a quote
 * that is never closed, or text right after a closing quote, is a syntax error naming its line.
 */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    fields.push(wasQuoted ? field : field.trim());
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (fields.length > 1 || fields[0] !== '') records.push({ line: start, fields });
    fields = [];
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (c === ',') endField();
    else if (c === '\r' && src[i + 1] === '\n') continue;
    else if (c === '\n' || c === '\r') {
      endRecord();
      line++;
      start = line;
    } else if (wasQuoted && c !== ' ' && c !== '\t') throw new CsvSyntaxError(line);
    else field += c;
  }
  if (quoted) throw new CsvSyntaxError(start);
  endRecord();
  return records;
}

/** One field, quoted when it needs to be. A leading =, +, - or @ is escaped so that spreadsheets do not run it. */
function csvField(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text of a header and rows, lines ended by CRLF as RFC 4180 says. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
