/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when it holds a
 * comma, a quote, CR or LF, and a quote inside doubled. The parser reads the same (and a lone LF, as
 * spreadsheets sometimes save), so an export can be read back.
 */

/** One field, quoted only when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text, each record ending in CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** The rows of CSV text; throws SyntaxError on a quote that never closes or text after a closing quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"' && field === '') {
      // A quoted field: up to the quote that is not doubled.
      let j = i + 1;
      for (;;) {
        const close = text.indexOf('"', j);
        if (close < 0) throw new SyntaxError('CSV: a quoted field never closes');
        if (text[close + 1] === '"') {
          field += text.slice(j, close + 1);
          j = close + 2;
          continue;
        }
        field += text.slice(j, close);
        i = close + 1;
        break;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') throw new SyntaxError('CSV: text after a closing quote');
      continue;
    }
    if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i++;
    } else if (c === '\n') endRow();
    else field += c;
    i++;
  }
  // The last record may or may not end in a line break.
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
