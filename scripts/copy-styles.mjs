// Copies the default theme into dist (tsup does not bundle plain CSS entries we ship as-is).
import { copyFileSync, mkdirSync } from 'node:fs';
mkdirSync('dist', { recursive: true });
copyFileSync('src/styles.css', 'dist/styles.css');
