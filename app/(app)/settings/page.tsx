import type { Metadata } from "next";
import { ColorSchemeForm } from "@/components/settings/color-scheme-form";
import { FsrsOptimizer } from "@/components/settings/fsrs-optimizer";
import { SettingsForm } from "@/components/settings/settings-form";
import { requireUser } from "@/lib/auth/session";
import { getBank } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { getColorScheme, getStudySettings } from "@/lib/settings/queries";
import { timeZoneOptions } from "@/lib/settings/time-zones";
import { getOptimizationView } from "@/lib/srs/training-view";

export const metadata: Metadata = { title: "Study settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [settings, optimization, colorScheme] = await Promise.all([
    getStudySettings(db, user.id),
    getOptimizationView(db, user.id, new Date()),
    getColorScheme(db, user.id),
  ]);
  const sections = getBank().sections.map((s) => ({ id: s.id, title: s.title, cards: s.flashcardIds.length }));
  return (
    <div className="stack">
      <h1>Study settings</h1>
      <p className="muted">{settings.isSaved ? "Your saved settings." : "You are using the defaults; save to keep your own."}</p>
      <SettingsForm
        settings={settings}
        sections={sections}
        timeZones={timeZoneOptions(Intl.supportedValuesOf("timeZone"), settings.timeZone)}
        isSaved={settings.isSaved}
      />
      <ColorSchemeForm colorScheme={colorScheme} />
      <FsrsOptimizer initialView={optimization} />
    </div>
  );
}
