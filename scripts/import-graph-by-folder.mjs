// Groups `madge --json` output by layer: how many imports go from each top-level
// folder to each other, and how many reach past a service folder's index.ts (lint forbids those).
// Through a file, because madge exits before a pipe has taken more than its first 64 KiB:
// npx madge --extensions ts,tsx --ts-config tsconfig.json --json electron renderer > /tmp/graph.json
// node scripts/import-graph-by-folder.mjs /tmp/graph.json
import { readFileSync } from 'node:fs';

const graph = JSON.parse(readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8'));

/** `electron/services`, `electron/main`, `renderer`, … */
function layerOf(file) {
  const parts = file.split('/');
  if (parts[0] !== 'electron') return parts[0];
  return parts.length === 2 ? `electron/${parts[1].replace(/\.tsx?$/, '')}` : `electron/${parts[1]}`;
}

/** The service folder a file is inside of, if any. */
function serviceFolderOf(file) {
  const parts = file.split('/');
  return parts[0] === 'electron' && parts[1] === 'services' && parts.length > 3 ? parts[2] : undefined;
}

const edges = new Map();
let imports = 0;
let deep = 0;
for (const [from, targets] of Object.entries(graph)) {
  for (const to of targets) {
    imports += 1;
    const edge = `${layerOf(from)} -> ${layerOf(to)}`;
    edges.set(edge, (edges.get(edge) ?? 0) + 1);
    const folder = serviceFolderOf(to);
    if (folder !== undefined && !/\/index\.tsx?$/.test(to) && serviceFolderOf(from) !== folder) deep += 1;
  }
}
console.log(`files ${Object.keys(graph).length}, imports ${imports}`);
for (const [edge, count] of [...edges].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${edge.padEnd(52)} ${count}`);
console.log(`imports past another service folder's index.ts: ${deep}`);
