import v8 from "node:v8"; import vm from "node:vm"; import { readFileSync } from "node:fs";
v8.setFlagsFromString("--expose-gc"); const gc = vm.runInNewContext("gc") as () => void;
import { pdfFormat } from "@/lib/export/formats/pdf";
import { ROWS, context } from "./tests/unit/export/fixture-rows";
async function* batches(n: number) { for (let b = 0; b < n / 500; b++) yield Array.from({ length: 500 }, (_, i) => ({ ...ROWS[i % 2]!, id: `r${b}-${i}` })); 
  gc(); const file = v8.writeHeapSnapshot("/tmp/export-pdf.heapsnapshot");
  const snap = JSON.parse(readFileSync(file, "utf8"));
  const f = snap.snapshot.meta.node_fields as string[]; const types = snap.snapshot.meta.node_types[0] as string[];
  const N = f.length, ti = f.indexOf("type"), ni = f.indexOf("name"), si = f.indexOf("self_size");
  const by = new Map<string, [number, number]>();
  for (let i = 0; i < snap.nodes.length; i += N) { const key = `${types[snap.nodes[i + ti]]}:${types[snap.nodes[i + ti]] === "string" ? "" : snap.strings[snap.nodes[i + ni]]}`; const e = by.get(key) ?? [0, 0]; e[0]++; e[1] += snap.nodes[i + si]; by.set(key, e); }
  console.log([...by].sort((a, b) => b[1][1] - a[1][1]).slice(0, 25).map(([k, [c, s]]) => `${k} ${c} ${(s / 1048576).toFixed(1)}MB`).join("\n"));
}
for await (const c of pdfFormat.write(batches(4000), context(4000))) void c;
