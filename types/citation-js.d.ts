// citation-js ships no type declarations; these cover the calls lib/interchange/references makes.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    format(format: "bibtex" | "ris" | "data", options?: { format?: "text" | "object" | "string" }): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
