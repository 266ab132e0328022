// One annotation of the W3C Web Annotation Protocol (lib/w3c-protocol/annotation-resource).
import { getProtocolCaller } from "@/lib/auth/protocol-caller";
import { db } from "@/lib/db/client";
import { BODY_LIMITS } from "@/lib/http";
import { deleteProtocolAnnotation, getProtocolAnnotation, putProtocolAnnotation } from "@/lib/w3c-protocol/annotation-resource";
import { publicBase } from "@/lib/w3c-protocol/base";
import { protocolHeaders } from "@/lib/w3c-protocol/headers";
import { optionsResponse, protocolRoute } from "@/lib/w3c-protocol/protocol-route";

interface Context {
  params: Promise<{ slug: string; id: string }>;
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const ref = await params;
  return protocolRoute({ request, caller: () => getProtocolCaller(request) }, (caller) =>
    getProtocolAnnotation({ db: db(), caller, ref, base: publicBase(request), request }),
  );
}

/** As GET, without the body (the handler leaves it out for HEAD). */
export const HEAD = GET;

export async function OPTIONS(): Promise<Response> {
  return optionsResponse(protocolHeaders("annotation"));
}

/** If-Match with the ETag is required: 428 without, 412 when stale. */
export async function PUT(request: Request, { params }: Context): Promise<Response> {
  const ref = await params;
  return protocolRoute({ request, caller: () => getProtocolCaller(request), bodyLimit: BODY_LIMITS.annotation }, (caller, body) =>
    putProtocolAnnotation({ db: db(), caller, ref, base: publicBase(request), request, body }),
  );
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const ref = await params;
  return protocolRoute({ request, caller: () => getProtocolCaller(request) }, (caller) =>
    deleteProtocolAnnotation({ db: db(), caller, ref, base: publicBase(request), request }),
  );
}
