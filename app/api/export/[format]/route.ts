// GET /api/export/[format] – download the deck's content for another tool (Anki, Quizlet, a spreadsheet)
import { getCurrentUser } from "@/lib/auth/session";
import type { Bank } from "@/lib/content/bank";
import { getBank } from "@/lib/content/queries";
import { EXPORT_FORMATS, exportBank, exportFormatSchema, type ExportFormat } from "@/lib/export/formats";
import { getNoteStamps } from "@/lib/export/queries";
import { jsonError } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// Content only, the same for every student: built once per bank and format. The .apkg's notes take
// their modification times from content/anki-notes.lock.json, so any process builds the same notes.
const built = new WeakMap<Bank, Map<ExportFormat, string | Uint8Array>>();

export async function GET(_request: Request, { params }: { params: Promise<{ format: string }> }) {
  const user = await getCurrentUser();
  if (!user) return jsonError("signed_out", { message: "Sign in to download the deck." });
  const format = exportFormatSchema.safeParse((await params).format);
  if (!format.success) return Response.json({ error: "There is no export in that format." }, { status: 404 });
  const bank = getBank();
  const cache = built.get(bank) ?? new Map<ExportFormat, string | Uint8Array>();
  built.set(bank, cache);
  const body = cache.get(format.data) ?? exportBank(bank, format.data, new Date(), getNoteStamps());
  cache.set(format.data, body);
  const { fileName, contentType } = EXPORT_FORMATS[format.data];
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-cache",
    },
  });
}
