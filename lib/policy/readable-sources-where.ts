/** Structural subset of Prisma's SourceWhereInput, so no generated client is needed. */
export interface ReadableSourcesWhere {
  OR: [{ groupId: null }, { groupId: { in: string[] } }];
}

/**
 * "May read this source" as a query filter, for lists that cannot ask can() row by
 * row first: the public starter corpus plus the sources of the viewer's groups.
 * Agrees with can(actor, "source:read"); callers with rows in hand still ask it.
 */
export function readableSourcesWhere(groupIds: readonly string[]): ReadableSourcesWhere {
  return { OR: [{ groupId: null }, { groupId: { in: [...new Set(groupIds)] } }] };
}
