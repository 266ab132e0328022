import type { AnyExtension } from "@tiptap/core";
import { StarterKit } from "@tiptap/starter-kit";
import { isAllowedHref } from "./href";

/**
 * The one extension list for annotation notes: the client editor mounts it
 * and the server builds its validation schema from it, so both accept exactly
 * the same documents. Importable in Node: nothing here touches the DOM until
 * an editor is mounted.
 *
 * Kept: paragraph, text, bold, italic, blockquote, bullet and ordered lists,
 * hard break, link. Left out on purpose: headings (a note is not a document
 * with sections), code and code blocks (no use for them in historiography),
 * strike and underline (underline reads as a link; strike invites edits that
 * belong in revisions), horizontal rule. StarterKit 3 bundles Link, so it is
 * configured here rather than added twice.
 */
export const noteExtensions: AnyExtension[] = [
  StarterKit.configure({
    heading: false,
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    link: {
      autolink: true,
      linkOnPaste: true,
      // A click in the editor should place the caret, not leave the page.
      openOnClick: false,
      defaultProtocol: "https",
      protocols: [],
      isAllowedUri: (url) => isAllowedHref(url),
      HTMLAttributes: { target: "_blank", rel: "noopener noreferrer nofollow", class: null },
    },
  }),
];
