import { describe, expect, it } from "vitest";
import { parseArchivalCitations } from "@/lib/citations";

// Ordinary text whose letters and numbers look like citation fields.
const ORDINARY = [
  "F. Scott Fitzgerald wrote to D. H. Lawrence.",
  "Op. cit.",
  "As he argues (op. cit., p. 12), the bloc was real.",
  "p. 5",
  "See p. 5 and pp. 155, 156.",
  "(Avrich, p. 71)",
  "(Getty & Naumov, p. 129)",
  "K. Voroshilov, L. Kaganovich, M. Suslov, N. Shvernik",
  "Stephen F. Cohen, Bukharin and the Bolshevik Revolution, p. 156",
  "Joseph F Davies",
  "Beethoven's Symphony No. 5, Op. 67",
  "F. 3 is not a citation on its own, nor is d. 217.",
  "Yezhov (d. 1940) and Frinovsky (d. 1940).",
  "RGASPI holds Stalin's papers; GARF holds the NKVD's.",
  "History of the USSR vol. 3",
  "Labour Review Vol. 3 No. 2, March–April 1958",
  "Ibid.",
  "(Ibid.)",
  "No. 5 of Izvestiya TsK KPSS, 1989",
  "Ф. М. Достоевский, Д. С. Лихачёв, Л. Н. Толстой",
  "arch. case",
];

describe("look-alikes", () => {
  it.each(ORDINARY)("%s parses to nothing", (text) => {
    expect(parseArchivalCitations(text)).toEqual([]);
  });

  it("takes no initials into a citation next to them", () => {
    expect(parseArchivalCitations("D. H. Lawrence cited GARF, f. 5, op. 1, d. 2. F. Scott Fitzgerald did not.")).toMatchObject([
      { raw: "GARF, f. 5, op. 1, d. 2", archive: "GARF", fond: "5", opis: "1", delo: "2" },
    ]);
  });
});

describe("look-alikes of published references", () => {
  it("takes no truncated title from a long sentence that ends in a volume and a page", () => {
    const sentence = `${"and the argument went on ".repeat(12)}in vol. 2, p. 5`;
    expect(parseArchivalCitations(sentence)).toEqual([]);
  });
});
