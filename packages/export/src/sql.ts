// SQL text: identifiers and string literals, quoted for SQLite and DuckDB (both follow standard SQL here).

/** Quotes an SQL identifier. */
export const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Quotes an SQL string literal. */
export const quoteString = (text: string): string => `'${text.replaceAll("'", "''")}'`;
