// A database schema reduced to what drift checks compare: tables with their columns
// (type, nullability), indexes and foreign keys, and enums. Built from schema.prisma
// (expectedShape) or read from a live database (lib/db/introspect.ts).

export interface ColumnShape {
  type: string;
  nullable: boolean;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  /** "primary (a, b)", "unique (a)", "index (a, b)" */
  indexes: string[];
  /** "(userId) -> User(id) on delete cascade" */
  foreignKeys: string[];
}

export interface SchemaShape {
  tables: Record<string, TableShape>;
  enums: Record<string, string[]>;
}

export const indexKey = (kind: "primary" | "unique" | "index", columns: string[]) => `${kind} (${columns.join(", ")})`;

export const foreignKeyKey = (columns: string[], table: string, refColumns: string[], onDelete: string) =>
  `(${columns.join(", ")}) -> ${table}(${refColumns.join(", ")}) on delete ${onDelete.toLowerCase()}`;

/** Human-readable differences; empty when the shapes agree. */
export function compareShapes(expected: SchemaShape, actual: SchemaShape): string[] {
  const problems: string[] = [];
  for (const [name, values] of Object.entries(expected.enums)) {
    const found = actual.enums[name];
    if (found === undefined) problems.push(`enum ${name} is missing`);
    else if (found.join(",") !== values.join(",")) problems.push(`enum ${name} has [${found}] but the schema says [${values}]`);
  }
  for (const name of Object.keys(actual.enums)) {
    if (expected.enums[name] === undefined) problems.push(`enum ${name} is not in the schema`);
  }
  for (const [table, shape] of Object.entries(expected.tables)) {
    const found = actual.tables[table];
    if (found === undefined) {
      problems.push(`table ${table} is missing`);
      continue;
    }
    problems.push(...compareTable(table, shape, found));
  }
  for (const table of Object.keys(actual.tables)) {
    if (expected.tables[table] === undefined) problems.push(`table ${table} is not in the schema`);
  }
  return problems;
}

function compareTable(table: string, expected: TableShape, actual: TableShape): string[] {
  const problems: string[] = [];
  for (const [column, shape] of Object.entries(expected.columns)) {
    const found = actual.columns[column];
    if (found === undefined) problems.push(`${table}.${column} is missing`);
    else {
      if (found.type !== shape.type) problems.push(`${table}.${column} is ${found.type} but the schema says ${shape.type}`);
      if (found.nullable !== shape.nullable) {
        problems.push(`${table}.${column} is ${found.nullable ? "nullable" : "NOT NULL"} but the schema says ${shape.nullable ? "nullable" : "NOT NULL"}`);
      }
    }
  }
  for (const column of Object.keys(actual.columns)) {
    if (expected.columns[column] === undefined) problems.push(`${table}.${column} is not in the schema`);
  }
  problems.push(...setDifference(`${table} index`, expected.indexes, actual.indexes));
  problems.push(...setDifference(`${table} foreign key`, expected.foreignKeys, actual.foreignKeys));
  return problems;
}

function setDifference(what: string, expected: string[], actual: string[]): string[] {
  const have = new Set(actual);
  const want = new Set(expected);
  return [
    ...expected.filter((e) => !have.has(e)).map((e) => `${what} ${e} is missing`),
    ...actual.filter((a) => !want.has(a)).map((a) => `${what} ${a} is not in the schema`),
  ];
}
