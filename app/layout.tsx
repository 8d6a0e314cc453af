import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Factdeck", template: "%s · Factdeck" },
  description: "Flashcards and timed quizzes built from the article you have to know for the exam.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Fact<span>deck</span>
          </Link>
          <nav className="nav" aria-label="Main">
            <Link href="/">Home</Link>
            {user ? (
              <>
                <Link href="/study">Study</Link>
                <Link href="/quiz">Quiz</Link>
                <Link href="/exam">Exam</Link>
                <Link href="/missed">Missed</Link>
                <Link href="/article">Article</Link>
                <Link href="/browse">Browse</Link>
                <Link href="/progress">Progress</Link>
                <Link href="/leeches">Leeches</Link>
                <Link href="/settings">Settings</Link>
                <Link href="/account">Account</Link>
                <span className="who">{user.isAnonymous ? "Guest" : user.email}</span>
                <SignOutButton />
              </>
            ) : (
              <>
                <Link href="/sign-in">Sign in</Link>
                <Link href="/sign-up">Sign up</Link>
              </>
            )}
          </nav>
        </header>
        {user?.passwordChangeDue ? (
          <p role="status" className="alert alert-warning password-due">
            Your password is shorter than 12 characters or too common. <Link href="/account">Choose a new one</Link>.
          </p>
        ) : null}
        <main>{children}</main>
        <footer className="site-footer">Factdeck · study what the article actually says</footer>
      </body>
    </html>
  );
}
