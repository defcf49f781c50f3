import { describe, expect, it } from 'vitest';
import { ArchiveError, decodeText, filesOfZip, textOfFile, textOfHtml } from '@/lib/archive/files';
import { contentHash, planFile } from '@/lib/archive/plan';
import { docxOf, zipOf } from '../support/archive-files';

describe('archive files', () => {
  it('read a saved page from its heading, without scripts, styles, navigation or comments', () => {
    const html = `<html><head><title>Site</title><style>p{}</style></head><body><div>Home | News</div><nav>Menu</nav>
      <h1>Safety &amp; quality&nbsp;day</h1><p>First&#8203; paragraph &ldquo;quoted&rdquo;.</p><script>document.write('<p>x</p>')</script>
      <!-- <p>hidden</p> --><p>Second<br>line</p></body></html>`;
    expect(textOfHtml(html)).toBe('Safety & quality day\nFirst\u200b paragraph “quoted”.\nSecond\nline');
    expect(textOfHtml('<html><head><title>Only a title</title></head><body><p>Text</p></body></html>')).toBe('Only a title\nText');
  });

  it('decode UTF-8, UTF-16 with a byte-order mark, and GB 18030', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFF会议 report'))).toBe('会议 report');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x1a, 0x4f, 0xae, 0x8b]))).toBe('会议');
    // "会议" in GB 18030.
    expect(decodeText(new Uint8Array([0xbb, 0xe1, 0xd2, 0xe9]))).toBe('会议');
  });

  it('read Word documents paragraph by paragraph, and skip what they cannot read', async () => {
    const docx = await textOfFile({ name: 'a/Report.DOCX', bytes: await docxOf('Title line\nFirst paragraph & more') });
    expect(docx).toEqual({ ok: true, text: 'Title line\n\nFirst paragraph & more\n\n' });
    expect(await textOfFile({ name: 'broken.docx', bytes: new Uint8Array([1, 2, 3]) })).toEqual({ ok: false, reason: 'unreadable' });
    expect(await textOfFile({ name: 'photo.jpg', bytes: new Uint8Array([1]) })).toEqual({ ok: false, reason: 'unsupported' });
    expect(await textOfFile({ name: 'big.txt', bytes: new Uint8Array(0), tooLarge: true })).toEqual({ ok: false, reason: 'too_large' });
  });

  it('open ZIPs without folders or hidden files, and refuse what is not one', async () => {
    const files = await filesOfZip(await zipOf({ 'b.txt': 'B', 'a/c.html': '<p>C</p>', '.hidden': 'x', '__MACOSX/a/._c.html': 'x' }));
    expect(files.map((f) => f.name)).toEqual(['a/c.html', 'b.txt']);
    await expect(filesOfZip(new TextEncoder().encode('not a zip'))).rejects.toBeInstanceOf(ArchiveError);
  });

  it('recognise the same text whatever its line endings and spacing, and never date a file after today', () => {
    expect(contentHash('A  line\r\n\r\nAnother')).toBe(contentHash('A line\nAnother\n'));
    const entry = planFile('2030/x.txt', { ok: true, text: 'Plain notice\n\nBrowsing volume: 7 Date: 2030-01-01\n\nSome text.' }, '2026-12-03');
    expect(entry.article).toMatchObject({ title: 'Plain notice', originalDate: '', startingViews: 7 });
    expect(planFile('notes/untitled.txt', { ok: true, text: '' }, '2026-12-03')).toMatchObject({ kind: 'skipped', reason: 'empty' });
  });
});
