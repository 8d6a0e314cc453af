import type { Metadata } from "next";
import { StudySession } from "@/components/flashcards/study-session";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { getStudySettings } from "@/lib/settings/queries";
import { getStudyView } from "@/lib/srs/queries";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage() {
  const user = await requireUser("/study");
  const settings = await getStudySettings(db, user.id);
  const view = await getStudyView(db, user.id, getBank(), settings, new Date());
  return (
    <div className="stack">
      <h1>Flashcards</h1>
      <StudySession initialView={view} />
    </div>
  );
}
