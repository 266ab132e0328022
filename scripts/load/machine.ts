// How busy the machine was: the load test shares its cores with whatever else runs.
import { readFileSync } from "node:fs";
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

/**
 * CPU seconds a process (and its waited-for children) has used, from /proc (Linux):
 * a figure the machine's other load does not inflate, unlike latencies.
 */
export function processCpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // utime, stime, cutime, cstime are fields 14-17 of stat, 12-15 after the name.
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}
