// The shape schema.prisma describes, read with Prisma's own schema parser (the WASM
// build, which needs no native engine), mapped to Postgres the way Prisma Migrate maps it.
import { createRequire } from "node:module";
import { z } from "zod";
import { foreignKeyKey, indexKey, type SchemaShape, type TableShape } from "./schema-shape";

const fieldSchema = z.object({
  name: z.string(),
  dbName: z.string().nullish(),
  kind: z.enum(["scalar", "object", "enum", "unsupported"]),
  type: z.string(),
  isList: z.boolean(),
  isRequired: z.boolean(),
  relationFromFields: z.array(z.string()).optional(),
  relationToFields: z.array(z.string()).optional(),
  relationOnDelete: z.string().optional(),
});
const dmmfSchema = z.object({
  datamodel: z.object({
    enums: z.array(z.object({ name: z.string(), dbName: z.string().nullish(), values: z.array(z.object({ name: z.string() })) })),
    models: z.array(z.object({ name: z.string(), dbName: z.string().nullish(), fields: z.array(fieldSchema) })),
    indexes: z.array(z.object({ model: z.string(), type: z.string(), fields: z.array(z.object({ name: z.string() })) })),
  }),
});

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Decimal: "numeric(65,30)",
  Bytes: "bytea",
};

/**
 * Prisma's DMMF leaves `Unsupported("...")` fields out (the tsvector columns of search),
 * so they are read from the model's text. Only optional ones are used here: Prisma
 * could not create a row with a required one.
 */
function unsupportedColumns(prismaSchema: string, model: string): [string, string][] {
  const body = new RegExp(`^model ${model} \\{([^}]*)^\\}`, "m").exec(prismaSchema)?.[1] ?? "";
  return [...body.matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)\?/gm)].map((m) => [m[1] ?? "", m[2] ?? ""]);
}

const INDEX_KINDS: Record<string, "primary" | "unique" | "index"> = { id: "primary", unique: "unique", normal: "index" };

export function expectedShape(prismaSchema: string): SchemaShape {
  const wasm: { get_dmmf(params: string): string } = createRequire(import.meta.url)("@prisma/prisma-schema-wasm");
  const dmmf = dmmfSchema.parse(JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", prismaSchema]] }))));
  const { models, enums, indexes } = dmmf.datamodel;
  const tableOf = new Map(models.map((m) => [m.name, m.dbName ?? m.name]));
  const columnOf = (model: string, field: string) => {
    const f = models.find((m) => m.name === model)?.fields.find((x) => x.name === field);
    return f?.dbName ?? field;
  };

  const tables: Record<string, TableShape> = {};
  for (const model of models) {
    const shape: TableShape = { columns: {}, indexes: [], foreignKeys: [] };
    for (const field of model.fields) {
      if (field.kind === "scalar" || field.kind === "enum") {
        const base = field.kind === "enum" ? `enum ${field.type}` : (SCALAR_TYPES[field.type] ?? field.type);
        // Prisma creates scalar lists as nullable arrays.
        shape.columns[field.dbName ?? field.name] = { type: field.isList ? `${base}[]` : base, nullable: field.isList || !field.isRequired };
      }
      const from = field.relationFromFields ?? [];
      if (field.kind === "object" && from.length > 0) {
        const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
        shape.foreignKeys.push(
          foreignKeyKey(
            from.map((f) => columnOf(model.name, f)),
            tableOf.get(field.type) ?? field.type,
            (field.relationToFields ?? []).map((f) => columnOf(field.type, f)),
            onDelete.replace(/([a-z])([A-Z])/g, "$1 $2"),
          ),
        );
      }
    }
    for (const [column, type] of unsupportedColumns(prismaSchema, model.name)) shape.columns[column] = { type, nullable: true };
    tables[model.dbName ?? model.name] = shape;
  }
  for (const index of indexes) {
    const table = tables[tableOf.get(index.model) ?? index.model];
    const kind = INDEX_KINDS[index.type];
    if (table === undefined || kind === undefined) continue;
    table.indexes.push(indexKey(kind, index.fields.map((f) => columnOf(index.model, f.name))));
  }
  return { tables, enums: Object.fromEntries(enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.name)])) };
}
