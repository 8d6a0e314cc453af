import type { Metadata } from "next";
import "@/app/srs.css";
import { TrueRetentionTable } from "@/components/progress/true-retention-table";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getRetentionReviews } from "@/lib/progress/queries";
import { computeTrueRetention } from "@/lib/progress/true-retention";
import { getStudySettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const [settings, reviews] = await Promise.all([getStudySettings(db, user.id), getRetentionReviews(db, user.id)]);
  const rows = computeTrueRetention(reviews, new Date(), settings);
  return (
    <div className="stack">
      <h1>Progress</h1>
      <section className="card stack" aria-labelledby="true-retention-heading">
        <h2 id="true-retention-heading">True retention</h2>
        <p className="muted">
          How often you actually remembered cards when they came due, against the {Math.round(settings.desiredRetention * 100)}% you asked
          for in your settings.
        </p>
        <TrueRetentionTable rows={rows} desiredRetention={settings.desiredRetention} />
      </section>
    </div>
  );
}
