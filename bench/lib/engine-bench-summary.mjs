// Reads vitest's benchmark JSON (bench/results/engine.json) and checks the
// engine-overhead target: median(engine) − median(direct adapter call) < 50 µs.
// Medians, not means: on a shared machine a few GC pauses move the mean a lot.
import { readFileSync } from 'node:fs';

/** Target: engine overhead per attempt, µs. */
export const MAX_OVERHEAD_US = 50;

const DIRECT = 'adapter.confirm directly';
const ENGINE = 'engine: createCheckout + submit';

export function summarizeEngineBench(file) {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const rows = [];
  for (const f of json.files ?? []) {
    for (const g of f.groups ?? []) {
      for (const b of g.benchmarks ?? []) {
        rows.push({ group: g.fullName.split(' > ').slice(1).join(' > '), name: b.name, medianUs: b.median * 1000, meanUs: b.mean * 1000, p99Us: b.p99 * 1000, hz: b.hz, samples: b.sampleCount });
      }
    }
  }
  const direct = rows.find((r) => r.name === DIRECT);
  const engine = rows.find((r) => r.name === ENGINE);
  const overheadUs = direct && engine ? engine.medianUs - direct.medianUs : Number.NaN;
  return { rows, overheadUs, maxOverheadUs: MAX_OVERHEAD_US, pass: overheadUs < MAX_OVERHEAD_US };
}

export function formatEngineBench(summary) {
  const head = ['benchmark', 'median µs', 'mean µs', 'p99 µs', 'ops/s', 'samples'];
  const rows = summary.rows.map((r) => [r.name, r.medianUs.toFixed(2), r.meanUs.toFixed(2), r.p99Us.toFixed(2), Math.round(r.hz).toLocaleString('en'), String(r.samples)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
    '',
    `${summary.pass ? 'PASS' : 'FAIL'}: engine overhead per attempt (median engine − median direct) = ${
      Number.isFinite(summary.overheadUs) ? summary.overheadUs.toFixed(2) : 'n/a'
    } µs, target < ${summary.maxOverheadUs} µs`,
  ].join('\n');
}
