// Soviet and Russian archives as historians abbreviate them, each form mapped to one
// canonical id. Former names (RTsKhIDNI, TsKhSD, TsGAOR...) map to the archive that now
// holds the same fonds under the same numbers, so both spellings index together.
// Sources: docs/design-notes.md, "Russian archival citations".

const ARCHIVES: ReadonlyArray<{ id: string; forms: readonly string[] }> = [
  { id: "AP RF", forms: ["AP RF", "APRF", "АП РФ", "АПРФ", "Archive of the President of the Russian Federation"] },
  {
    id: "GARF",
    forms: ["GARF", "GA RF", "ГАРФ", "ГА РФ", "TsGAOR SSSR", "TsGAOR", "ЦГАОР СССР", "ЦГАОР", "State Archive of the Russian Federation"],
  },
  {
    id: "RGASPI",
    forms: ["RGASPI", "РГАСПИ", "RTsKhIDNI", "РЦХИДНИ", "TsPA IML", "ЦПА ИМЛ", "Russian State Archive of Socio-Political History"],
  },
  {
    id: "TsA FSB",
    forms: ["TsA FSB RF", "TsA FSB Rossii", "TsA FSB", "ЦА ФСБ РФ", "ЦА ФСБ России", "ЦА ФСБ", "Central Archive of the FSB"],
  },
  { id: "RGVA", forms: ["RGVA", "РГВА", "TsGASA", "ЦГАСА", "Russian State Military Archive"] },
  { id: "RGANI", forms: ["RGANI", "РГАНИ", "TsKhSD", "ЦХСД"] },
  { id: "RGAE", forms: ["RGAE", "РГАЭ", "TsGANKh", "ЦГАНХ"] },
  { id: "RGALI", forms: ["RGALI", "РГАЛИ", "TsGALI", "ЦГАЛИ"] },
  { id: "RGIA", forms: ["RGIA", "РГИА", "TsGIA", "ЦГИА"] },
  { id: "RGVIA", forms: ["RGVIA", "РГВИА"] },
  { id: "RGAVMF", forms: ["RGAVMF", "РГАВМФ"] },
  { id: "RGADA", forms: ["RGADA", "РГАДА"] },
  { id: "TsAMO", forms: ["TsAMO RF", "TsAMO", "ЦАМО РФ", "ЦАМО"] },
  { id: "AVP RF", forms: ["AVP RF", "AVPRF", "АВП РФ"] },
  { id: "TsGAIPD SPb", forms: ["TsGAIPD SPb", "ЦГАИПД СПб"] },
  {
    id: "Archive of the CC CPSU",
    forms: [
      "Archive of the Central Committee of the Communist Party of the Soviet Union",
      "Archive of the Central Committee of the CPSU",
      "Archive of the CC CPSU",
      "Архив ЦК КПСС",
    ],
  },
];

const idOfForm = new Map<string, string>();
for (const { id, forms } of ARCHIVES) for (const form of forms) idOfForm.set(squeeze(form), id);

function squeeze(form: string): string {
  return form.replace(/\s+/g, " ");
}

function escape(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[^\\S\\n]+");
}

// Longest forms first, so "TsA FSB RF" wins over "TsA FSB". Case-sensitive: "Garf" or
// "rgia" in running text are not acronyms.
const ALTERNATIVES = [...idOfForm.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");

/** A fresh global matcher (callers keep their own lastIndex). */
export function archivePattern(): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALTERNATIVES})(?![\\p{L}\\p{N}])`, "gu");
}

export function canonicalArchive(matched: string): string | undefined {
  return idOfForm.get(squeeze(matched));
}
