/** The renderer's shipped bytes (gzip) against the hello world built the same way. One build each, so one sample. */
import type { BenchRow } from '../bench-row';
import { buildRenderer } from '../../e2e/support/build-renderer';
import { rowFromSamples } from '../rows/bench-row-from-samples';
import { ratioAtMost } from '../rows/goal';
import { kib } from '../support/format';
import { gzippedSize } from '../support/gzip-size';
import { buildHelloWorld } from '../window/hello-world-app';

export default async function measure(): Promise<BenchRow[]> {
  const [rendererDir, helloDir] = await Promise.all([buildRenderer(), buildHelloWorld()]);
  const [renderer, hello] = await Promise.all([gzippedSize(rendererDir), gzippedSize(helloDir)]);
  return [
    rowFromSamples({
      id: 'renderer-bundle',
      metric: 'Renderer bundle, gzip (HTML+JS+CSS)',
      baselineName: 'hello world',
      samples: { baseline: [hello], measured: [renderer] },
      format: kib,
      goal: ratioAtMost(2),
      // build-renderer.ts reuses a build only while every source is byte-identical.
      note: 'production builds (content-hash cached); images not counted',
    }),
  ];
}
