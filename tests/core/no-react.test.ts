import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('src/core', () => {
  it('has no import of react, react-dom, the React layer or a gateway SDK in its sources', () => {
    const offenders = filesUnder('src/core').filter((file) =>
      /from\s+['"](react|react-dom|@stripe\/[^'"]+|\.\.\/(\.\.\/)*(react|components|adapters)\/[^'"]*)['"]/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('loads with react made unloadable', async () => {
    vi.resetModules();
    vi.doMock('react', () => {
      throw new Error('src/core must not import react');
    });
    vi.doMock('react-dom', () => {
      throw new Error('src/core must not import react-dom');
    });
    const core = await import('../../src/core/index');
    expect(typeof core.isPaymentError).toBe('function');
    vi.doUnmock('react');
    vi.doUnmock('react-dom');
  });
});
