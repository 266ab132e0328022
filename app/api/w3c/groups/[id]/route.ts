// The W3C Web Annotation Protocol container of one group's annotations, across its sources.
import { getProtocolCaller } from "@/lib/auth/protocol-caller";
import { db } from "@/lib/db/client";
import { BODY_LIMITS } from "@/lib/http";
import { publicBase } from "@/lib/w3c-protocol/base";
import { getContainer } from "@/lib/w3c-protocol/container";
import { protocolHeaders } from "@/lib/w3c-protocol/headers";
import { postAnnotation } from "@/lib/w3c-protocol/post-annotation";
import { optionsResponse, protocolRoute } from "@/lib/w3c-protocol/protocol-route";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return protocolRoute({ request, caller: () => getProtocolCaller(request) }, (caller) =>
    getContainer({ db: db(), caller, ref: { kind: "group", groupId: id }, base: publicBase(request), request }),
  );
}

/** As GET, without the body (the handler leaves it out for HEAD). */
export const HEAD = GET;

export async function OPTIONS(): Promise<Response> {
  return optionsResponse(protocolHeaders("container"));
}

/** The target's `source` names the source (one of this instance's /sources/<slug> addresses). */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return protocolRoute({ request, caller: () => getProtocolCaller(request), bodyLimit: BODY_LIMITS.annotation }, (caller, body) =>
    postAnnotation({ db: db(), caller, ref: { kind: "group", groupId: id }, base: publicBase(request), body }),
  );
}
