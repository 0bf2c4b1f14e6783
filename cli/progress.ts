// A one-line progress bar on stderr (bytes done, rate, ETA) for long builds; silent when stderr is not a terminal.
export interface ProgressBar {
  update(done: number, extra?: string): void;
  done(): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  /** Nothing is drawn before this many milliseconds: short builds print no bar. */
  after?: number;
  /** Redraw at most this often. */
  every?: number;
  width?: number;
  now?: () => number;
}

const MB = 1024 * 1024;

export function progressBar(label: string, total: number, options: ProgressOptions = {}): ProgressBar {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const start = now();
  let last = -Infinity;
  let drawn = false;
  const off = !stream.isTTY;
  return {
    update(done, extra = '') {
      if (off) return;
      const t = now();
      if (t - start < (options.after ?? 2000) || t - last < (options.every ?? 200)) return;
      last = t;
      drawn = true;
      stream.write(`\r${formatProgress(label, done, total, (t - start) / 1000, options.width ?? 24, extra)}\x1b[K`);
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

/** `kg build [██████░░░░] 45% 12.3/40.0 MB · 1.21 MB/s · ETA 0:23 · 5,123 articles` */
export function formatProgress(label: string, done: number, total: number, seconds: number, width: number, extra = ''): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 0;
  const full = Math.round(ratio * width);
  const rate = seconds > 0 ? done / MB / seconds : 0;
  const eta = rate > 0 ? (total - done) / MB / rate : NaN;
  const parts = [`${label} [${'█'.repeat(full)}${'░'.repeat(width - full)}] ${Math.floor(ratio * 100)}%`, `${(done / MB).toFixed(1)}/${(total / MB).toFixed(1)} MB`, `${rate.toFixed(2)} MB/s`, `ETA ${clock(eta)}`];
  if (extra) parts.push(extra);
  return parts.join(' · ');
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}
