// The W3C Web Annotation Protocol container of one source's annotations (lib/w3c-protocol).
import { getProtocolCaller } from "@/lib/auth/protocol-caller";
import { db } from "@/lib/db/client";
import { BODY_LIMITS } from "@/lib/http";
import { publicBase } from "@/lib/w3c-protocol/base";
import { getContainer } from "@/lib/w3c-protocol/container";
import { protocolHeaders } from "@/lib/w3c-protocol/headers";
import { postAnnotation } from "@/lib/w3c-protocol/post-annotation";
import { optionsResponse, protocolRoute } from "@/lib/w3c-protocol/protocol-route";

interface Context {
  params: Promise<{ slug: string }>;
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  return protocolRoute({ request, caller: () => getProtocolCaller(request) }, (caller) =>
    getContainer({ db: db(), caller, ref: { kind: "source", slug }, base: publicBase(request), request }),
  );
}

/** As GET, without the body (the handler leaves it out for HEAD). */
export const HEAD = GET;

export async function OPTIONS(): Promise<Response> {
  return optionsResponse(protocolHeaders("container"));
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  return protocolRoute({ request, caller: () => getProtocolCaller(request), bodyLimit: BODY_LIMITS.annotation }, (caller, body) =>
    postAnnotation({ db: db(), caller, ref: { kind: "source", slug }, base: publicBase(request), body }),
  );
}
