"use client";

import { useEffect, useState } from "react";

/**
 * The contents entry whose heading the reader last scrolled past (the top fifth of the
 * window), so the contents can mark where the reader is. One observer for all headings.
 */
export function useCurrentSection(hrefs: readonly string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    if (typeof IntersectionObserver === "undefined") return;
    const targets = hrefs.flatMap((href) => {
      const el = document.getElementById(href.slice(1));
      return el === null ? [] : [el];
    });
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          // Entering the band from below (scrolling down) or leaving it downwards (scrolling up).
          if (entry.isIntersecting) setCurrent(`#${entry.target.id}`);
          else if (entry.boundingClientRect.top > 0) {
            const i = targets.indexOf(entry.target as HTMLElement);
            if (i > 0) setCurrent(`#${targets[i - 1]!.id}`);
            else if (i === 0) setCurrent(null);
          }
        }
      },
      { rootMargin: "0px 0px -80% 0px" },
    );
    for (const el of targets) observer.observe(el);
    return () => observer.disconnect();
  }, [hrefs]);
  return current;
}
