#!/usr/bin/env node
/**
 * `npm run test:browser`: every story of the static Storybook build in real Chromium.
 *
 * 1. Builds `storybook-static/` (or reuses it when it is newer than every file in
 *    `.storybook/`, `stories/` and `src/`; `--rebuild` forces a build, `--no-build`
 *    tests the existing build as it is).
 * 2. Serves it from a tiny static HTTP server on a free local port.
 * 3. Launches Chromium through playwright-core (`CHROMIUM_PATH`, default
 *    `/usr/bin/chromium`; never downloads a browser) with a fresh user-data dir.
 * 4. For each story in `storybook-static/index.json`: opens it, waits until
 *    Storybook reports it finished (render, play function, afterEach), then runs
 *    axe-core scoped to `#storybook-root` (docs pages: `#storybook-docs`). A story fails on a play-function error,
 *    a render error, any `console.error`, any uncaught page error, any request
 *    that leaves the machine, or any axe violation.
 * 5. Saves a screenshot of every story's root to `test-results/screenshots/`;
 *    with `--update-docs-screenshots` (and all stories passing) it copies the key
 *    checkout states to `docs/screenshots/`, which is committed.
 *
 * Options: `--filter <text>` runs only stories whose id contains the text;
 * `--rebuild`; `--no-build`; `--url http://localhost:6006` tests a running
 * Storybook (e.g. `npm run storybook`) instead of the static build.
 * Exit code 1 when any story fails.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = join(root, 'storybook-static');
const screenshotDir = join(root, 'test-results', 'screenshots');
const docsScreenshotDir = join(root, 'docs', 'screenshots');

/** The key checkout states a reviewer looks at first (copied to docs/screenshots/ by --update-docs-screenshots). */
const KEY_STATES = [
  'checkout-states--idle',
  'checkout-states--retrying',
  'checkout-states--failed-declined',
  'checkout-states--fallback-offered',
  'checkout-states--pending-manual',
  'checkout-states--succeeded',
  'dark-theme--failed-declined',
];
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const STORY_TIMEOUT_MS = Number(process.env.STORY_TIMEOUT_MS || 20_000);
/** Browser tabs running stories side by side (`STORY_WORKERS`). Default 2. */
const WORKERS = Math.max(1, Number(process.env.STORY_WORKERS || 2));

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Page-level axe rules that belong to Storybook's frame, not to a story. */
const AXE_DISABLED_RULES = { 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false }, region: { enabled: false } };

function parseArgs(argv) {
  const options = { filter: '', rebuild: false, build: true, url: '', updateDocsScreenshots: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--filter') options.filter = argv[++i] ?? '';
    else if (arg === '--rebuild') options.rebuild = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--update-docs-screenshots') options.updateDocsScreenshots = true;
    else if (arg === '--url') options.url = (argv[++i] ?? '').replace(/\/$/, '');
    else throw new Error(`test-browser: unknown argument ${arg} (use --filter <text>, --rebuild, --no-build, --url <storybook>, --update-docs-screenshots)`);
  }
  return options;
}

function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBuild(options) {
  const indexFile = join(staticDir, 'index.json');
  const built = existsSync(indexFile) ? statSync(indexFile).mtimeMs : 0;
  const sources = Math.max(...['.storybook', 'stories', 'src'].map((d) => newestMtime(join(root, d))));
  const stale = built === 0 || sources > built;
  if (!options.rebuild && !stale) {
    console.log('test-browser: reusing storybook-static/ (newer than .storybook/, stories/, src/)');
    return;
  }
  if (!options.build) {
    if (built === 0) throw new Error('test-browser: storybook-static/ is missing; run `npm run build-storybook` or drop --no-build');
    console.log('test-browser: storybook-static/ is older than the sources; testing it as it is (--no-build)');
    return;
  }
  console.log('test-browser: building Storybook (npm run build-storybook)');
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build-storybook'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`test-browser: npm run build-storybook exited with ${result.status}`);
  console.log(`test-browser: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** A static file server for `dir` on a free port of 127.0.0.1. */
function serveStatic(dir) {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(dir, pathname));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

/**
 * Runs before any page script: records what Storybook's channel says about the
 * story (finished, errors) on `window.__storyResult`.
 */
function captureStoryEvents() {
  const w = /** @type {any} */ (window);
  w.__storyResult = { finished: false, status: null, errors: [], reporters: [] };
  let channel;
  Object.defineProperty(w, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set: (value) => {
      channel = value;
      const fail = (kind) => (payload) => {
        w.__storyResult.errors.push(`${kind}: ${typeof payload === 'string' ? payload : JSON.stringify(payload)}`);
      };
      value.on('storyErrored', fail('story errored'));
      value.on('storyThrewException', fail('story threw'));
      value.on('playFunctionThrewException', fail('play function threw'));
      value.on('unhandledErrorsWhilePlaying', fail('unhandled errors while playing'));
      value.on('storyMissing', fail('story missing'));
      value.on('docsRendered', (docsId) => {
        w.__storyResult.finishedId = docsId;
        w.__storyResult.status = 'success';
        w.__storyResult.finished = true;
      });
      value.on('storyFinished', (payload) => {
        w.__storyResult.finishedId = payload.storyId;
        w.__storyResult.finished = true;
        w.__storyResult.status = payload.status;
        w.__storyResult.reporters = (payload.reporters ?? []).map((r) => ({ type: r.type, status: r.status }));
      });
    },
  });
}

/** Storybook URL globals for the run: the a11y addon's own scan is off, this script runs axe itself. */
const RUN_GLOBALS = 'a11y.manual:!true';

/**
 * One browser tab that runs stories one after another. The first story loads
 * `iframe.html`; later ones are switched to through Storybook's channel
 * (`setCurrentStory`), which unmounts the previous story, so the preview
 * bundle is parsed once per tab. After a failure the tab starts afresh.
 */
function createStoryTab(context, baseUrl, axeSource) {
  const localHost = new URL(baseUrl).hostname;
  let page = null;
  let failures = [];

  async function open(entry, viewMode) {
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.hostname !== localHost) failures.push(`network request left the machine: ${url.origin}${url.pathname}`);
    });
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}&globals=${RUN_GLOBALS}`, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
  }

  async function run(entry) {
    failures = [];
    const started = Date.now();
    const docs = entry.type === 'docs';
    const rootSelector = docs ? '#storybook-docs' : '#storybook-root';
    try {
      if (docs) {
        // Docs pages get a tab of their own: they render many stories at once.
        await close();
        await open(entry, 'docs');
      } else if (page === null) {
        await open(entry, 'story');
      } else {
        await page.evaluate((storyId) => {
          const w = /** @type {any} */ (window);
          w.__storyResult = { finished: false, status: null, errors: [], reporters: [], storyId };
          w.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
        }, entry.id);
      }
      await page.waitForFunction(
        (storyId) => {
          const result = /** @type {any} */ (window).__storyResult;
          return result?.finished === true && result.finishedId === storyId;
        },
        entry.id,
        { timeout: STORY_TIMEOUT_MS, polling: 50 },
      );
      if (docs) {
        // A docs page reports rendered before its stories' loaders finish: wait until its DOM has been still for 500 ms.
        await page.waitForFunction(
          () => {
            const w = /** @type {any} */ (window);
            const size = document.querySelector('#storybook-docs')?.innerHTML.length ?? 0;
            const now = performance.now();
            if (w.__docsSize !== size) {
              w.__docsSize = size;
              w.__docsChangedAt = now;
              return false;
            }
            return now - w.__docsChangedAt > 500;
          },
          null,
          { timeout: STORY_TIMEOUT_MS, polling: 100 },
        );
      }
      const result = await page.evaluate(() => /** @type {any} */ (window).__storyResult);
      failures.push(...result.errors);
      if (result.status !== 'success') {
        const failedReports = result.reporters.filter((r) => r.status === 'failed').map((r) => r.type);
        failures.push(`Storybook reported status ${result.status}${failedReports.length ? ` (failed reports: ${failedReports.join(', ')})` : ''}`);
      }
      const violations = await page.evaluate(
        async ({ rules, selector }) => {
          const w = /** @type {any} */ (window);
          const outcome = await w.axe.run(selector, { rules, resultTypes: ['violations'] });
          return outcome.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        },
        { rules: AXE_DISABLED_RULES, selector: rootSelector },
      );
      failures.push(...violations.map((v) => `axe: ${v}`));
      const rootHandle = await page.$(rootSelector);
      const box = rootHandle ? await rootHandle.boundingBox() : null;
      if (rootHandle && box && box.width > 0 && box.height > 0) {
        await rootHandle.screenshot({ path: join(screenshotDir, `${entry.id}.png`), animations: 'disabled' });
      } else {
        await page.screenshot({ path: join(screenshotDir, `${entry.id}.png`) });
      }
    } catch (error) {
      failures.push(`runner: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    const outcome = { failures, ms: Date.now() - started };
    if (failures.length > 0 || docs) await close();
    return outcome;
  }

  async function close() {
    const current = page;
    page = null;
    await current?.close().catch(() => {});
  }

  return { run, close };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(chromiumPath)) {
    throw new Error(`test-browser: no Chromium at ${chromiumPath}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  if (!options.url) ensureBuild(options);
  const index = options.url
    ? await (await fetch(`${options.url}/index.json`)).json()
    : JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries).filter((e) => (e.type === 'story' || e.type === 'docs') && e.id.includes(options.filter));
  if (entries.length === 0) throw new Error(`test-browser: no stories${options.filter ? ` matching "${options.filter}"` : ''} in storybook-static/index.json`);
  const axeSource = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

  if (!options.filter) rmSync(screenshotDir, { recursive: true, force: true });
  mkdirSync(screenshotDir, { recursive: true });
  const server = options.url ? null : await serveStatic(staticDir);
  const address = server?.address();
  const baseUrl = options.url || `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const localHost = new URL(baseUrl).hostname;
  const userDataDir = mkdtempSync(join(tmpdir(), 'rsp-chromium-'));
  const started = Date.now();
  let context;
  let passed = 0;
  const failed = [];
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 900, height: 700 },
      reducedMotion: 'reduce',
    });
    await context.addInitScript(captureStoryEvents);
    // Stories never touch the network: anything not served locally fails the story that asked for it.
    await context.route((url) => url.hostname !== localHost, (route) => route.abort('blockedbyclient'));
    console.log(`test-browser: ${entries.length} stories in Chromium (${chromiumPath}), ${WORKERS} tab(s)`);
    const queue = [...entries];
    const worker = async () => {
      const tab = createStoryTab(context, baseUrl, axeSource);
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const { failures, ms } = await tab.run(entry);
        if (failures.length === 0) {
          passed += 1;
          console.log(`  ok   ${entry.id} (${ms} ms)`);
        } else {
          failed.push({ entry, failures });
          console.log(`  FAIL ${entry.id} (${ms} ms)`);
          for (const failure of failures) console.log(`         ${failure.split('\n')[0].slice(0, 400)}`);
        }
      }
      await tab.close();
    };
    await Promise.all(Array.from({ length: WORKERS }, worker));
  } finally {
    await context?.close();
    server?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`test-browser: ${passed} passed, ${failed.length} failed in ${seconds} s; screenshots in test-results/screenshots/`);
  if (failed.length > 0) process.exitCode = 1;
  else if (options.updateDocsScreenshots) {
    mkdirSync(docsScreenshotDir, { recursive: true });
    for (const id of KEY_STATES) {
      const file = join(screenshotDir, `${id}.png`);
      if (existsSync(file)) copyFileSync(file, join(docsScreenshotDir, `${id}.png`));
      else console.log(`test-browser: no screenshot of ${id} to copy`);
    }
    console.log(`test-browser: key states copied to docs/screenshots/`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
