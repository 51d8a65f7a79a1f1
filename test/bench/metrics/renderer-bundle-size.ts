/** Metric 2: the renderer's shipped bytes (gzip) against a bare Vite + React hello world. */
import type { BenchRow } from '../bench-row';
import { buildRenderer } from '../../e2e/support/build-renderer';
import { kib } from '../support/format';
import { atMost, goalRow } from '../support/goal-row';
import { gzippedSize } from '../support/gzip-size';
import { buildHelloWorld } from '../support/hello-world-app';

export default async function measure(): Promise<BenchRow[]> {
  const [rendererDir, helloDir] = await Promise.all([buildRenderer(), buildHelloWorld()]);
  const [renderer, hello] = await Promise.all([gzippedSize(rendererDir), gzippedSize(helloDir)]);
  return [
    goalRow({
      metric: 'Renderer bundle, gzip (HTML+JS+CSS)',
      baseline: `hello world ${kib(hello)}`,
      measured: kib(renderer),
      ratio: renderer / hello,
      goal: atMost(2),
      // build-renderer.ts reuses a build only while every renderer source is byte-identical.
      note: 'renderer built with renderer/vite.config.ts (content-hash cached); images not counted',
    }),
  ];
}
