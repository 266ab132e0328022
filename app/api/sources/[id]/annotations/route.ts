import { createAnnotation } from "@/lib/annotations/create-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { readJson, respond } from "@/lib/annotations/respond";
import { limitAnnotationWrites } from "@/lib/annotations/write-limit";
import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const filters = Object.fromEntries(new URL(request.url).searchParams);
  return respond(async () => listAnnotations({ db: db(), actor: await getRequestAccess(), sourceId: id, filters }));
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(
    async () => {
      const actor = await getRequestAccess();
      await limitAnnotationWrites(actor);
      return createAnnotation({ db: db(), actor, sourceId: id, input: await readJson(request) });
    },
    201,
  );
}
