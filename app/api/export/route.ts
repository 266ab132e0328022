import { getRequestAccess } from "@/lib/auth/request-access";
import { db } from "@/lib/db/client";
import { callerViewer, exportAnnotations, queryRecord } from "@/lib/export";
import { fileRoute, siteOrigin } from "@/lib/http";

/** GET /api/export?format=<id>&source=<slug>|group=<id>|claim=<id>|ids=a,b&layer=&tag=&author=&visibility=&from=&to= */
export async function GET(request: Request): Promise<Response> {
  const input = queryRecord(new URL(request.url).searchParams);
  return fileRoute(getRequestAccess, async (access) => {
    const file = await exportAnnotations({ db: db(), viewer: callerViewer(access), input, baseUrl: siteOrigin(request) });
    return { ...file, headers: { "X-Export-Count": String(file.total) } };
  });
}
