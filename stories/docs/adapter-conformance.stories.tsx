import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { ConformanceResult } from '../../src/testing/conformance';
import { checkAdapterConformance } from '../../src/testing/conformance';
import { createAcmePayAdapter } from './example-adapter/acme-pay-adapter';
import { createFakeAcmeApi } from './example-adapter/fake-acme-api';

/** Every contract check of the conformance kit, run on the guide's example adapter when the story loads. */
function ConformanceReport({ results }: { results: ConformanceResult[] }) {
  const failing = results.filter((r) => r.problems.length > 0).length;
  return (
    <section aria-labelledby="conformance-title" data-status={failing === 0 ? 'passed' : 'failed'}>
      <h2 id="conformance-title">Acme Pay adapter: {failing === 0 ? 'all checks pass' : `${failing} checks fail`}</h2>
      <ul>
        {results.map((result) => (
          <li key={result.name} data-status={result.problems.length === 0 ? 'passed' : 'failed'}>
            {result.problems.length === 0 ? '✓ ' : '✗ '}
            {result.name}
            {result.problems.length > 0 ? (
              <ul>
                {result.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * `checkAdapterConformance` from `react-secure-payments/testing` on the example
 * adapter of "Writing an adapter". In your own repository use
 * `runAdapterConformance(createAdapter, { test, expect })` to register the same
 * checks as tests.
 */
const meta = {
  title: 'Docs/Writing an adapter/Conformance',
  component: ConformanceReport,
  args: { results: [] },
  render: (_args, { loaded }) => <ConformanceReport results={loaded.results as ConformanceResult[]} />,
  loaders: [
    async () => ({
      results: await checkAdapterConformance(() => createAcmePayAdapter({ publishableKey: 'acme_pk_test', fetch: createFakeAcmeApi() }), {
        successMethod: { type: 'card', token: 'acme_ok' },
      }),
    }),
  ],
} satisfies Meta<typeof ConformanceReport>;
export default meta;

/** The example adapter passes every check. */
export const AcmePay: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: /all checks pass/ })).toBeVisible();
    await expect(canvasElement.querySelectorAll('li[data-status="failed"]')).toHaveLength(0);
    await expect(canvasElement.querySelectorAll('li[data-status="passed"]').length).toBeGreaterThan(5);
  },
};
