// Builds dist/styles.css (tsup does not bundle plain CSS we ship as-is): the
// theme (src/styles.css) followed by the widget styles (src/components/widgets.css),
// so one import styles every component.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const parts = ['src/styles.css', 'src/components/widgets.css'].filter((file) => existsSync(file));
mkdirSync('dist', { recursive: true });
writeFileSync('dist/styles.css', parts.map((file) => readFileSync(file, 'utf8')).join('\n'));
