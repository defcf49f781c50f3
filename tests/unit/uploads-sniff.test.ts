import { describe, expect, it } from 'vitest';
import { detectBufferType, TYPES, zipEntryNames } from '@/lib/uploads/sniff';
import {
  HTML_PAGE,
  makeAnimatedGif,
  makeImage,
  makeOfficeZip,
  makeOle,
  makePdf,
  makeZip,
  SVG_WITH_SCRIPT,
} from '../support/upload-fixtures';

const detect = async (bytes: Uint8Array | string) => detectBufferType(typeof bytes === 'string' ? Buffer.from(bytes) : bytes);

describe('detectBufferType: accepted types, from their bytes', () => {
  it.each(['jpeg', 'png', 'webp', 'gif'] as const)('recognises a real %s image', async (format) => {
    expect(await detect(await makeImage(format))).toBe(TYPES[format]);
  });

  it('recognises an animated GIF as a GIF', async () => {
    expect(await detect(await makeAnimatedGif())).toBe(TYPES.gif);
  });

  it('recognises a PDF by its header', async () => {
    expect(await detect(makePdf())).toBe(TYPES.pdf);
  });

  it.each([
    ['word', TYPES.docx],
    ['xl', TYPES.xlsx],
    ['ppt', TYPES.pptx],
  ] as const)('recognises an Office Open XML package with %s/ parts', async (part, type) => {
    expect(await detect(makeOfficeZip(part))).toBe(type);
  });

  it('treats other ZIP archives as ZIP, including one with only [Content_Types].xml', async () => {
    expect(await detect(makeZip({ 'readme.txt': 'hello', 'data/a.csv': '1,2' }))).toBe(TYPES.zip);
    expect(await detect(makeZip({ '[Content_Types].xml': '<Types/>', 'other/x.xml': '<x/>' }))).toBe(TYPES.zip);
  });

  it('reads the entry names from the central directory', async () => {
    const zip = makeZip({ 'a.txt': 'a', 'dir/b.txt': 'bb' });
    expect(await zipEntryNames(zip.length, async (o, l) => zip.subarray(o, o + l))).toEqual(['a.txt', 'dir/b.txt']);
  });

  it.each([
    ['WordDocument', TYPES.doc],
    ['Workbook', TYPES.xls],
    ['Book', TYPES.xls],
    ['PowerPoint Document', TYPES.ppt],
  ] as const)('recognises a legacy Office file with a %s stream', async (stream, type) => {
    expect(await detect(makeOle(stream))).toBe(type);
  });
});

describe('detectBufferType: refused', () => {
  it('refuses an OLE2 container that is not Word, Excel or PowerPoint (an installer, a mail)', async () => {
    expect(await detect(makeOle('SummaryInformation'))).toBeNull();
    expect(await detect(makeOle('__substg1.0_0037001F'))).toBeNull();
  });

  it('refuses HTML whatever it is called (the name is never read)', async () => {
    expect(await detect(HTML_PAGE)).toBeNull();
    expect(await detect(`\uFEFF${HTML_PAGE}`)).toBeNull();
    expect(await detect(`   \n${HTML_PAGE}`)).toBeNull();
  });

  it('refuses SVG, with or without script', async () => {
    expect(await detect(SVG_WITH_SCRIPT)).toBeNull();
    expect(await detect('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>')).toBeNull();
  });

  it('refuses an empty file and a file too short to carry a signature', async () => {
    expect(await detect(new Uint8Array())).toBeNull();
    expect(await detect(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(await detect('GIF8')).toBeNull();
  });

  it('refuses text, scripts, executables and other containers', async () => {
    for (const bytes of [
      'hello world',
      '#!/bin/sh\nrm -rf /\n',
      'MZ\x90\x00\x03\x00\x00\x00',
      '\x7fELF\x02\x01\x01',
      'RIFF\x24\x00\x00\x00WAVEfmt ',
      '{"json": true}',
      '%!PS-Adobe-3.0',
    ]) {
      expect(await detect(Buffer.from(bytes, 'latin1'))).toBeNull();
    }
  });

  it('refuses a ZIP signature without a readable central directory', async () => {
    expect(await detect(Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(100, 0x41)]))).toBeNull();
    const zip = makeZip({ 'a.txt': 'a' });
    expect(await detect(zip.subarray(0, zip.length - 10))).toBeNull();
  });

  it('refuses an empty ZIP archive (no local header)', async () => {
    expect(await detect(makeZip({}))).toBeNull();
  });
});
