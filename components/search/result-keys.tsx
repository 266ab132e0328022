"use client";

import type { KeyboardEvent, ReactNode } from "react";

/** ArrowDown / ArrowUp move focus between the results' links (Tab still works as ever). */
export function ResultKeys({ children }: { children: ReactNode }) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>("a.res-open")];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = links[event.key === "ArrowDown" ? Math.min(links.length - 1, at + 1) : Math.max(0, at - 1)];
    if (next === undefined) return;
    event.preventDefault();
    next.focus();
  };
  return <div onKeyDown={onKeyDown}>{children}</div>;
}
