import type { AnnotationDto } from "@/lib/annotations/dto";

/**
 * A full annotation as the API sends it, for tests of code that consumes one: the
 * fields a test cares about come in `over`, the rest are plain defaults.
 */
export function annotationDto(over: Partial<AnnotationDto> = {}): AnnotationDto {
  return {
    id: "a1",
    sourceId: "s",
    sourceSlug: "s-slug",
    versionId: "v",
    groupId: null,
    groupName: null,
    author: { id: "u1", name: "Ann" },
    visibility: "private",
    layer: "rebuttal",
    start: 0,
    end: 1,
    exact: "x",
    prefix: "",
    suffix: "",
    anchorStatus: "exact",
    body: { type: "doc", content: [] },
    bodyText: "",
    tags: [],
    version: 1,
    deleted: false,
    createdAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
    replyCount: 0,
    links: [],
    citation: null,
    can: { edit: true, delete: true, reply: true, link: true, visibilities: ["private", "group", "public"] },
    ...over,
  };
}
