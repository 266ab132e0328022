import { createAnnotation } from "@/lib/annotations/create-annotation";
import { listAnnotations } from "@/lib/annotations/list-annotations";
import { readJson, respond } from "@/lib/annotations/respond";
import { limitAnnotationWrites } from "@/lib/annotations/write-limit";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const filters = Object.fromEntries(new URL(request.url).searchParams);
  return respond(async () => listAnnotations({ db: db(), caller: await getSessionUser(), sourceId: id, filters }));
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return respond(
    async () => {
      const caller = await getSessionUser();
      await limitAnnotationWrites(caller);
      return createAnnotation({ db: db(), caller, sourceId: id, input: await readJson(request) });
    },
    201,
  );
}
