import { STYLESHEET_PATH } from './static-assets';
import { html, type Html } from './html';

/** The frame of every page: the server's own stylesheet, optionally one script of its own. */
export function page(title: string, body: Html, script?: string): string {
  const scriptTag = script === undefined ? html`` : html`<script src="${script}" defer></script>`;
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
${scriptTag}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`.text;
}
