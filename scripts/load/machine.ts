// How busy the machine was: the load test shares its cores with whatever else runs.
import { cpus, loadavg } from "node:os";

export interface CpuSample {
  busy: number;
  total: number;
}

export function sampleCpu(): CpuSample {
  let busy = 0;
  let total = 0;
  for (const cpu of cpus()) {
    const t = cpu.times;
    busy += t.user + t.nice + t.sys + t.irq;
    total += t.user + t.nice + t.sys + t.irq + t.idle;
  }
  return { busy, total };
}

export function describeMachine(label: string, since?: CpuSample): string {
  const [one, five] = loadavg();
  const busy = since === undefined ? "" : `, cores busy ${(((sampleCpu().busy - since.busy) / (sampleCpu().total - since.total)) * 100).toFixed(0)}% of ${cpus().length}`;
  return `${label}: load average ${one?.toFixed(2)} (1 min), ${five?.toFixed(2)} (5 min)${busy}`;
}
