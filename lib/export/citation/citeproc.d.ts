// The part of citeproc-js (package "citeproc", untyped) that lib/export uses.
declare module "citeproc" {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  interface BibliographyMeta {
    entry_ids: string[][];
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: "html" | "text" | "rtf"): void;
    updateItems(ids: string[]): void;
    makeCitationCluster(items: { id: string }[]): string;
    makeBibliography(): [BibliographyMeta, string[]] | false;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
