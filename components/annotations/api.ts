// The browser's calls to the annotation API (routes in lib/annotations/dto.ts).
// Each returns a result value, never throws for an HTTP refusal, so components
// show the server's message as it is.
import type { BodyDoc } from "@/lib/annotations/body";
import type {
  AnnotationDto,
  ArchivalCitationDto,
  AnnotationListDto,
  ConflictDto,
  Layer,
  LinkCandidatesDto,
  LinkDto,
  LinkKind,
  ReplyDto,
  ReplyPageDto,
  RevisionPageDto,
  VisibilityDto,
} from "@/lib/annotations/dto";
import { LIST_LIMIT_MAX } from "@/lib/annotations/list-limits";

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; message: string; conflict?: AnnotationDto };

export interface CreateAnnotationBody {
  versionId: string;
  visibility: VisibilityDto;
  layer: Layer;
  groupId: string | null;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  body: BodyDoc;
  tags: string[];
  citation: ArchivalCitationDto | null;
}

export interface CreateLinkBody {
  toId: string;
  kind: LinkKind;
  note: string | null;
}

export interface PlaceAnnotationBody {
  version: number;
  versionId: string;
  start: number;
  end: number;
  exact: string;
}

export interface UpdateAnnotationBody {
  version: number;
  body?: BodyDoc;
  layer?: Layer;
  tags?: string[];
  visibility?: VisibilityDto;
  /** The archival citation in place of the saved one; null removes it. */
  citation?: Record<string, string | null> | null;
}

export async function call<T>(method: string, url: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? { accept: "application/json" } : { accept: "application/json", "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    return { ok: false, status: 0, message: "The server could not be reached. Check the connection and try again." };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: json as T };
  const error = typeof json === "object" && json !== null && "error" in json ? (json as { error?: { message?: unknown } }).error : undefined;
  const message = typeof error?.message === "string" ? error.message : `The request failed (${response.status}).`;
  const conflict = response.status === 409 && json !== null && typeof json === "object" && "current" in json ? (json as ConflictDto).current : undefined;
  return { ok: false, status: response.status, message, conflict };
}

const enc = encodeURIComponent;

export const api = {
  /** Entries to make summaries of with summariesOf (lib/annotations/summary.ts). */
  /** One page, as large as the server allows; pass the previous page's `next` for the one after it. */
  list: (sourceId: string, cursor: string | null = null) =>
    call<AnnotationListDto>(
      "GET",
      `/api/sources/${enc(sourceId)}/annotations?limit=${LIST_LIMIT_MAX}${cursor === null ? "" : `&cursor=${enc(cursor)}`}`,
    ),
  create: (sourceId: string, input: CreateAnnotationBody) => call<AnnotationDto>("POST", `/api/sources/${enc(sourceId)}/annotations`, input),
  get: (id: string) => call<AnnotationDto>("GET", `/api/annotations/${enc(id)}`),
  update: (id: string, input: UpdateAnnotationBody) => call<AnnotationDto>("PATCH", `/api/annotations/${enc(id)}`, input),
  remove: (id: string) => call<AnnotationDto>("DELETE", `/api/annotations/${enc(id)}`),
  restore: (id: string) => call<AnnotationDto>("POST", `/api/annotations/${enc(id)}/restore`),
  place: (id: string, input: PlaceAnnotationBody) => call<AnnotationDto>("POST", `/api/annotations/${enc(id)}/place`, input),
  replies: (id: string, after?: string) =>
    call<ReplyPageDto>("GET", `/api/annotations/${enc(id)}/replies${after === undefined ? "" : `?after=${enc(after)}`}`),
  reply: (id: string, body: BodyDoc) => call<ReplyDto>("POST", `/api/annotations/${enc(id)}/replies`, { body }),
  link: (id: string, input: CreateLinkBody) => call<LinkDto>("POST", `/api/annotations/${enc(id)}/links`, input),
  unlink: (id: string, linkId: string) => call<LinkDto>("DELETE", `/api/annotations/${enc(id)}/links/${enc(linkId)}`),
  relink: (id: string, linkId: string) => call<LinkDto>("POST", `/api/annotations/${enc(id)}/links/${enc(linkId)}/restore`),
  search: (q: string, notSource: string) =>
    call<LinkCandidatesDto>("GET", `/api/annotations/search?${new URLSearchParams({ q, notSource }).toString()}`),
  revisions: (id: string, before?: number) =>
    call<RevisionPageDto>("GET", `/api/annotations/${enc(id)}/revisions${before === undefined ? "" : `?before=${before}`}`),
};
