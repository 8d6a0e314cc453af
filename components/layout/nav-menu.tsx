"use client";
import * as Dialog from "@radix-ui/react-dialog";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";

export interface NavLink {
  href: string;
  label: string;
}

/**
 * The phone's navigation: a "Menu" button opening a Radix dialog with every destination, so
 * nothing sits off-screen. Radix traps focus, closes on Esc and gives focus back to the button.
 */
export function NavMenu({ links, who, isGuest }: { links: NavLink[]; who: string; isGuest: boolean }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className="btn nav-menu-button">Menu</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="menu-overlay" />
        <Dialog.Content className="menu-sheet" aria-describedby={undefined}>
          <div className="menu-head">
            <Dialog.Title className="menu-title">Menu</Dialog.Title>
            <Dialog.Close className="btn">Close</Dialog.Close>
          </div>
          <p className="muted small menu-who">Signed in as {who}</p>
          <nav aria-label="Menu">
            <ul className="menu-links">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} aria-current={pathname === link.href ? "page" : undefined} onClick={() => setOpen(false)}>
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <SignOutButton isGuest={isGuest} onDone={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
