import { SearchShortcut } from "./search-shortcut";
import "./search.css";

// The search box in every page's header: a plain GET form, so it works before any
// script has loaded; "/" focuses it.
export function HeaderSearch() {
  return (
    <form role="search" action="/search" className="hsearch">
      <input id="site-q" name="q" type="search" aria-label="Search the texts and notes" placeholder="Search texts and notes" aria-keyshortcuts="/" autoComplete="off" maxLength={200} />
      <button type="submit">Search</button>
      <SearchShortcut />
    </form>
  );
}
