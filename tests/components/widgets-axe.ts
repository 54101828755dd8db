import axe from 'axe-core';

/**
 * Runs axe-core on `container` and returns the violations as `{ id, targets }`
 * so a failing assertion names the rule and the element. Call with real
 * timers: axe schedules its own work.
 */
export async function axeViolations(container: Element): Promise<{ id: string; help: string; targets: string[] }[]> {
  const result = await axe.run(container);
  return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}
