import { SingleBar, Presets } from "cli-progress";
import { t } from "../messages";

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A bar with counts and ETA on a terminal; elsewhere a plain line every tenth of the work. */
export function progress(label: string): Progress {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      {
        format: `${label} [{bar}] {value}/{total} ({percentage}%) ${t("progress.remaining")} {eta_formatted}`,
        stream: process.stderr,
      },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
      stop: () => bar.stop(),
    };
  }
  let lastTenth = -1;
  return {
    update(done, total) {
      const tenth = Math.floor((done / total) * 10);
      if (tenth !== lastTenth || done === total) console.error(`${label}: ${done}/${total}`);
      lastTenth = tenth;
    },
    stop() {},
  };
}
