import JSZip from 'jszip';

// Archives as a company would bring them: Word documents built here (a minimal .docx, as
// Word writes one), saved news pages, and ZIPs of them.

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A .docx whose paragraphs are the non-empty lines of `text`. */
export async function docxOf(text: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const paragraphs = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(l)}</w:t></w:r></w:p>`)
    .join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** A news page as a browser saves it, with navigation and scripts around the report. */
export function htmlPageOf(text: string): string {
  const [title, ...rest] = text.split(/\r?\n/).filter((l) => l.trim());
  const paragraphs = rest.map((l) => `<p>${escapeXml(l).replace(/"/g, '&quot;')}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeXml(title)} - News</title><style>p{margin:0}</style><script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="article"><h1>${escapeXml(title)}</h1>
${paragraphs}
</div><!-- footer --><footer>Copyright</footer></body></html>`;
}

/** A ZIP of `files`, by path. */
export async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array' });
}
