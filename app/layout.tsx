import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { OfflineStatus } from "@/components/offline/offline-status";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { getColorScheme } from "@/lib/settings/queries";
// The app-wide stylesheets, in cascade order (one file per part of the app, each under 300 lines).
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/common.css";
import "./styles/study.css";
import "./styles/quiz.css";
import "./styles/tables.css";
import "./styles/progress.css";
import "./styles/header-menu.css";
import "./styles/widgets.css";

export const metadata: Metadata = {
  title: { default: "Factdeck", template: "%s · Factdeck" },
  description: "Flashcards and timed quizzes built from the article you have to know for the exam.",
  // Installed on a phone's home screen it opens full screen, like an app (the manifest is app/manifest.ts).
  // The icons are files (app/icon.svg, app/apple-icon.png): a metadata `icons` entry would replace
  // the file-based <link rel="icon">.
  appleWebApp: { capable: true, title: "Factdeck", statusBarStyle: "default" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#3451d1" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const colorScheme = user ? await getColorScheme(db, user.id) : "system";
  return (
    // "system" sets no attribute: styles/tokens.css then follows prefers-color-scheme.
    <html lang="en" data-theme={colorScheme === "system" ? undefined : colorScheme}>
      <body>
        <SiteHeader user={user} />
        {user ? <OfflineStatus userId={user.id} /> : null}
        {user?.passwordChangeDue ? (
          <p role="status" className="alert alert-warning password-due">
            Your password is shorter than 12 characters or too common. <Link href="/account">Choose a new one</Link>.
          </p>
        ) : null}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">Factdeck · study what the article actually says</footer>
      </body>
    </html>
  );
}
