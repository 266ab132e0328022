import type { Access } from "@/lib/access";

/**
 * Who an export is for. A request's caller (null: signed out, public annotations
 * only) reads what lib/policy lets them; the operator is the person running the CLI
 * against the instance's own database with `--all`, who holds the data anyway.
 */
export type ExportViewer = { kind: "caller"; access: Access | null } | { kind: "operator" };

export const callerViewer = (access: Access | null): ExportViewer => ({ kind: "caller", access });
export const OPERATOR: ExportViewer = { kind: "operator" };
