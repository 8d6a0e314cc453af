import type { Metadata } from "next";
import { SettingsForm } from "@/components/settings/settings-form";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { getStudySettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: "Study settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const settings = await getStudySettings(db, user.id);
  const sections = getBank().sections.map((s) => ({ id: s.id, title: s.title, cards: s.flashcardIds.length }));
  return (
    <div className="stack">
      <h1>Study settings</h1>
      <p className="muted">
        {settings.isSaved ? "Your saved settings." : "You are using the defaults; save to keep your own."}
      </p>
      <SettingsForm settings={settings} sections={sections} />
    </div>
  );
}
