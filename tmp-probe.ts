import v8 from "node:v8"; import vm from "node:vm";
v8.setFlagsFromString("--expose-gc"); const gc = vm.runInNewContext("gc") as () => void;
import { pdfFormat } from "@/lib/export/formats/pdf";
import { docxFormat } from "@/lib/export/formats/docx";
import { ROWS, context } from "./tests/unit/export/fixture-rows";
const fmt = process.argv[2] === "docx" ? docxFormat : pdfFormat;
async function* batches(n: number) { for (let b = 0; b < n / 500; b++) { yield Array.from({ length: 500 }, (_, i) => ({ ...ROWS[i % 2]!, id: `r${b}-${i}` })); gc(); const m = process.memoryUsage(); console.log(b, ((m.heapUsed + m.external + m.arrayBuffers) / 1048576).toFixed(0)); } }
let bytes = 0; for await (const c of fmt.write(batches(Number(process.argv[3] ?? 5000)), context(5000))) bytes += c.length;
console.log("bytes", bytes);
