import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { CurrentUser } from "@/lib/auth/session";
import { NavMenu, type NavLink } from "./nav-menu";

const STUDENT_LINKS: NavLink[] = [
  { href: "/", label: "Home" },
  { href: "/study", label: "Study" },
  { href: "/quiz", label: "Quiz" },
  { href: "/exam", label: "Exam" },
  { href: "/missed", label: "Missed" },
  { href: "/article", label: "Article" },
  { href: "/browse", label: "Browse" },
  { href: "/progress", label: "Progress" },
  { href: "/leeches", label: "Leeches" },
  { href: "/settings", label: "Settings" },
  { href: "/account", label: "Account" },
];

/**
 * The header of every page. A student's eleven destinations need ~1150 px in a row, so under
 * 1180 px they move into a menu (components/layout/nav-menu.tsx); a visitor's three links always fit.
 */
export function SiteHeader({ user }: { user: CurrentUser | null }) {
  const who = user ? (user.isAnonymous ? "Guest" : user.email) : null;
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <Link href="/" className="brand">
        Fact<span>deck</span>
      </Link>
      <nav className="nav" aria-label="Main">
        {user ? (
          <>
            <span className="nav-wide">
              {STUDENT_LINKS.map((link) => (
                <Link key={link.href} href={link.href}>
                  {link.label}
                </Link>
              ))}
            </span>
            <span className="who" title={who ?? undefined}>
              {who}
            </span>
            <span className="nav-wide">
              <SignOutButton isGuest={user.isAnonymous} />
            </span>
            <NavMenu links={STUDENT_LINKS} who={who ?? ""} isGuest={user.isAnonymous} />
          </>
        ) : (
          <>
            <Link href="/">Home</Link>
            <Link href="/sign-in">Sign in</Link>
            <Link href="/sign-up">Sign up</Link>
          </>
        )}
      </nav>
    </header>
  );
}
