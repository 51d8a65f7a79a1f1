/**
 * .NET's `Path.GetFullPath` on Linux and macOS, where Duplicati reads a URL it cannot split as
 * a local path: a relative path is put under the working directory, then `//` collapses and
 * `.` and `..` segments are resolved; a trailing slash is kept. Throws where .NET does (an
 * empty path or one with a NUL character).
 */
export function posixFullPath(path: string, workingDirectory: string): string {
  if (path === '' || path.includes('\0')) throw new Error('not a valid local path');
  const absolute = path.startsWith('/') ? path : `${workingDirectory.replace(/\/+$/, '')}/${path}`;
  const kept: string[] = [];
  const segments = absolute.split('/').slice(1);
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '.' || (segment === '' && !last)) return;
    if (segment === '..') {
      kept.pop();
      return;
    }
    kept.push(segment);
  });
  const endsInDotSegment = /\/\.\.?$/.test(absolute);
  const joined = `/${kept.join('/')}`;
  // "/a/b/.." is "/a", but "/a/b/../" keeps its slash, like "/a/b/" does.
  return endsInDotSegment ? joined.replace(/(?<=.)\/$/, '') : joined;
}
