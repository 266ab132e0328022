// Line-level junk: boilerplate that web captures carry around the content. Every
// rule matches a whole line (or a tag remnant inside one), never a fragment of prose,
// because a false positive silently deletes a source's words.

const LINK_REMNANT = /\[([^\]\n]{0,200})\]\(([^)\s]{0,2000})\)/g;

interface LineRule {
  reason: string;
  test: (line: string) => boolean;
}

const SHARE_HEADER = /^(share this( (article|post|page|story))?|share( on)?|like this|spread the word):?$/i;
// Network names are words of prose too ("Twitter"); they only count right after a
// share header, where a capture lists the buttons one per line.
const SHARE_BUTTON =
  /^(twitter|facebook|email|e-mail|print|reddit|linkedin|whatsapp|telegram|pinterest|tumblr|pocket|skype|more|tweet|like|share|loading\.\.\.|like loading\.\.\.|\d+ (likes?|shares?))$/i;

// "Share this page: Facebook | Twitter" on one line, the buttons as words or link remnants.
const SHARE_NETWORK = "(facebook|twitter|x|linkedin|mastodon|bluesky|email|e-mail|reddit|whatsapp|telegram|print|pinterest|tumblr|copy link)";
const SHARE_LINE = new RegExp(
  `^(share this( (article|post|page|story))?|share( on)?|spread the word)\\s*:?\\s*${SHARE_NETWORK}(\\s*[|,·•/]?\\s*${SHARE_NETWORK})*\\.?$`,
  "i",
);
const isShareLine = (line: string) => SHARE_LINE.test(line.replace(LINK_REMNANT, "$1").trim());

function isLinkMenu(line: string): { links: number; separators: string } | undefined {
  let links = 0;
  const rest = line.replace(LINK_REMNANT, () => {
    links += 1;
    return "";
  });
  if (links === 0) return undefined;
  const separators = rest.replace(/\s+/g, "");
  return /^[>»›/|·•,-]*$/.test(separators) ? { links, separators } : undefined;
}

const RULES: LineRule[] = [
  {
    reason: "cookie banner",
    test: (l) =>
      l.length <= 400 &&
      (/\b(site|website|we) uses? cookies\b/i.test(l) || /^(accept|allow|reject) (all )?cookies\.?$/i.test(l)),
  },
  {
    reason: "navigation",
    test: (l) =>
      /^jump to:? ?(navigation)?,? ?(search)?$/i.test(l) ||
      /^skip to (main )?(content|navigation)$/i.test(l) ||
      /^(navigation menu|main menu|menu|toggle navigation)$/i.test(l) ||
      /^((newer|older) posts?|home)( (newer|older) posts?| home)*$/i.test(l),
  },
  {
    reason: "breadcrumb navigation",
    test: (l) => {
      const menu = isLinkMenu(l);
      return menu !== undefined && /[>»›/]/.test(menu.separators);
    },
  },
  {
    reason: "site menu",
    test: (l) => {
      const menu = isLinkMenu(l);
      return menu !== undefined && !/[>»›/]/.test(menu.separators) && (menu.links >= 3 || /\|/.test(menu.separators));
    },
  },
  { reason: "navigation link", test: (l) => isLinkMenu(l)?.links === 1 || isLinkMenu(l)?.links === 2 },
  { reason: "share buttons", test: (l) => SHARE_HEADER.test(l) || isShareLine(l) || /^(like loading\.\.\.|tweet)$/i.test(l) },
  {
    reason: "wiki boilerplate",
    test: (l) =>
      /^from \S+(, the free encyclopedia|: the planetary knowledge core)$/i.test(l) ||
      /^retrieved from ["“]?https?:\/\/\S+?["”]?\.?$/i.test(l) ||
      /^\(redirected from [^)]{1,200}\)$/i.test(l) ||
      /^this page was last (modified|edited) on .{1,80}$/i.test(l),
  },
  {
    reason: "comment form",
    test: (l) =>
      /^(leave a (reply|comment)|post a comment|subscribe to: post comments \(atom\))$/i.test(l) ||
      /^your email address will not be published\.?/i.test(l),
  },
  { reason: "comments policy link", test: (l) => /^please read our comments? policy\.?$/i.test(l) },
  // A dialog's close glyph left on its own line (the cookie banner's, on file 003).
  { reason: "close button", test: (l) => /^[xX×✕✖]$/.test(l) },
  { reason: "image file name", test: (l) => /^[\w.-]{1,120}\.(jpe?g|png|gif|webp|svg)$/i.test(l) },
];

/** The junk reason for a whole (trimmed, NBSP-normalised) line, if any. */
export function junkReason(line: string, afterShareHeader: boolean): string | undefined {
  if (afterShareHeader && SHARE_BUTTON.test(line)) return "share buttons";
  for (const rule of RULES) if (rule.test(line)) return rule.reason;
  return undefined;
}

export function isShareHeader(line: string): boolean {
  return SHARE_HEADER.test(line);
}

// Tag remnants a wiki mirror leaves in plain text (file 004's reference list:
// `<templatestyles src="Module:Citation/CS1/styles.css"></templatestyles>`). Only
// empty elements and self-closing tags: a lone "<" in prose is left alone.
const EMPTY_TAG = /<([a-z][\w-]{0,40})(\s[^<>]{0,300})?>\s*<\/\1>|<[a-z][\w-]{0,40}(\s[^<>]{0,300})?\/>/gi;

export interface InlineJunk {
  start: number;
  end: number;
  reason: string;
}

export function inlineJunk(line: string): InlineJunk[] {
  const found: InlineJunk[] = [];
  for (const m of line.matchAll(EMPTY_TAG)) {
    found.push({ start: m.index, end: m.index + m[0].length, reason: "leftover markup" });
  }
  return found;
}
