import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import "./globals.css";
import "./print.css";
import { AccountMenu } from "@/components/account/account-menu";
import { HeaderSearch } from "@/components/search/header-search";

export const metadata: Metadata = {
  title: { default: "Palimpsest", template: "%s · Palimpsest" },
  description: "A reader for primary sources and the arguments about them.",
  // Served from public/ as it is.
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip" href="#main">
          Skip to content
        </a>
        {/* No prefetch: these pages are rendered per request, and prefetching them made every
            page view render five more on the server (twice over), slowing the next real request. */}
        <header className="site">
          <Link href="/" className="brand" prefetch={false}>
            Palimpsest
          </Link>
          <nav className="site-nav" aria-label="Site">
            <Link href="/claims" prefetch={false}>Claims</Link>
            <Link href="/archives" prefetch={false}>Archives</Link>
          </nav>
          <HeaderSearch />
          <div id="account-slot">
            <AccountMenu />
          </div>
        </header>
        {children}
      </body>
    </html>
  );
}
