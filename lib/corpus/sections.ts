import type { Block, Section } from "./types";

// A blog capture that runs several posts together (file 001) keeps one trace of
// where each post starts: WordPress's "widont" filter glues a post title's last two
// words with a no-break space ("Truth About the Kronstadt&nbsp;Mutiny"), which no
// body heading gets. line-scan.ts notes it and classify-blocks.ts makes those lines
// level-1 headings flagged as article titles; each runs to the next one.

export function sectionsOf(text: string, blocks: Block[], articleTitleIndexes: number[]): Section[] {
  if (articleTitleIndexes.length < 2) return [];
  return articleTitleIndexes.map((index, n) => {
    const title = blocks[index] as Block;
    const nextTitle = articleTitleIndexes[n + 1];
    const last = blocks[(nextTitle ?? blocks.length) - 1] as Block;
    return { title: text.slice(title.start, title.end), start: title.start, end: last.end };
  });
}
