import axe from 'axe-core';

/** Runs axe-core on `container` and returns its violations (rule id + failing nodes), for `toEqual([])`. */
export async function axeViolations(container: Element): Promise<{ id: string; nodes: string[] }[]> {
  const results = await axe.run(container);
  return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html) }));
}
