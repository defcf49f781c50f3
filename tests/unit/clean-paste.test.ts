import { describe, expect, it } from 'vitest';
import { cleanPastedHtml } from '@/lib/editor/clean-paste';

// Shaped on what Word 365 for Windows puts on the clipboard (CF_HTML): unquoted attributes,
// single-quoted styles, source wrapped at ~80 columns with CRLF, conditional comments,
// <o:p>, and list paragraphs whose bullets live in <![if !supportLists]> blocks.
const WORD_365 = [
  'Version:1.0',
  'StartHTML:000000193',
  '<html xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:w="urn:schemas-microsoft-com:office:word"',
  'xmlns="http://www.w3.org/TR/REC-html40">',
  '<head>',
  '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
  '<meta name=ProgId content=Word.Document>',
  '<meta name=Generator content="Microsoft Word 15">',
  '<link rel=File-List href="file:///C:/Users/li.wei/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">',
  '<!--[if gte mso 9]><xml>',
  ' <o:OfficeDocumentSettings>',
  '  <o:AllowPNG/>',
  ' </o:OfficeDocumentSettings>',
  '</xml><![endif]--><!--[if gte mso 9]><xml>',
  ' <w:WordDocument>',
  '  <w:View>Normal</w:View>',
  '  <w:TrackMoves>false</w:TrackMoves>',
  ' </w:WordDocument>',
  '</xml><![endif]-->',
  '<style>',
  '<!--',
  ' /* Font Definitions */',
  ' @font-face',
  '\t{font-family:"Cambria Math";',
  '\tpanose-1:2 4 5 3 5 4 6 3 2 4;}',
  'p.MsoNormal, li.MsoNormal, div.MsoNormal',
  '\t{mso-style-unhide:no;',
  '\tmargin:0cm;',
  '\tfont-family:"Calibri",sans-serif;}',
  '-->',
  '</style>',
  '<!--[if gte mso 10]>',
  '<style>',
  ' table.MsoNormalTable {mso-style-name:"Table Normal";}',
  '</style>',
  '<![endif]-->',
  '</head>',
  '',
  "<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>",
  '<!--StartFragment-->',
  '',
  "<h1><span lang=EN-GB style='font-family:\"Calibri Light\",sans-serif'>Quarterly results<o:p></o:p></span></h1>",
  '',
  "<p class=MsoNormal><span lang=EN-GB style='font-size:12.0pt;mso-bidi-font-weight:bold'>Sales in the",
  "eastern region rose by <b>12%</b>, see the <a href=\"https://intranet.example.com/reports/q3?a=1&amp;b=2\">full",
  'report</a><a href="#_ftn1" name="_ftnref1"><sup>[1]</sup></a>.<o:p></o:p></span></p>',
  '',
  "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
  '',
  "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span",
  "lang=EN-GB style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:",
  "Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;",
  '</span></span></span><![endif]><span lang=EN-GB>Revenue up 12%<o:p></o:p></span></p>',
  '',
  "<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;",
  "text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span lang=EN-GB",
  "style='font-family:\"Courier New\";mso-fareast-font-family:\"Courier New\"'><span",
  "style='mso-list:Ignore'>o<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span><![endif]><span",
  'lang=EN-GB>Mostly from <i>new</i> customers<o:p></o:p></span></p>',
  '',
  "<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span",
  "lang=EN-GB style='font-family:Symbol'><span style='mso-list:Ignore'>·<span",
  "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span",
  'lang=EN-GB>Costs flat<o:p></o:p></span></p>',
  '',
  "<p class=MsoNormal><font face=Arial color=red>Next steps:</font><o:p></o:p></p>",
  '',
  "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span",
  "lang=EN-GB><span style='mso-list:Ignore'>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;",
  '</span></span></span><![endif]><span lang=EN-GB>Hire two engineers<o:p></o:p></span></p>',
  '',
  "<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span",
  "lang=EN-GB><span style='mso-list:Ignore'>2.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;",
  '</span></span></span><![endif]><span lang=EN-GB>Open the <st1:place w:st="on">Shanghai</st1:place> office<o:p></o:p></span></p>',
  '',
  "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>",
  " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>",
  "  <td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt'>",
  "  <p class=MsoNormal><b><span lang=EN-GB>Region<o:p></o:p></span></b></p>",
  '  </td>',
  "  <td width=301 colspan=2 valign=top style='width:225.4pt'>",
  "  <p class=MsoNormal><span lang=EN-GB>East<o:p></o:p></span></p>",
  '  </td>',
  ' </tr>',
  '</table>',
  '',
  '<p class=MsoNormal><!--[if gte vml 1]><v:shape id="Picture_x0020_1" type="#_x0000_t75"><v:imagedata',
  ' src="file:///C:/Users/li.wei/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img',
  'width=120 height=80 src="file:///C:/Users/li.wei/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg" v:shapes="Picture_x0020_1"><![endif]><o:p></o:p></p>',
  '',
  '<!--EndFragment-->',
  '</body>',
  '',
  '</html>',
].join('\r\n');

// Shaped on Google Docs in Chrome: everything inside <b id="docs-internal-guid-…">, formatting
// only in span styles, <br> between top-level blocks.
const GOOGLE_DOCS =
  '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5f1c2d3e-7fff-a1b2-c3d4-0123456789ab">' +
  '<h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Canteen reopens</span></h1>' +
  '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;font-style:normal;">The canteen on floor 3 reopens on </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:700;font-style:normal;">Monday</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;font-style:italic;"> after renovation</span><span style="font-size:11pt;font-weight:400;">.</span></p>' +
  '<br />' +
  '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-weight:400;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;">Opening hours</span><span style="font-size:11pt;font-weight:400;"> are on the </span><a href="https://intranet.example.com/canteen" style="text-decoration:none;"><span style="font-size:11pt;color:#1155cc;font-weight:400;text-decoration:underline;">canteen page</span></a><span style="font-size:11pt;font-weight:400;">.</span></p>' +
  '<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">' +
  '<li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:400;">Breakfast 7:30</span></p></li>' +
  '<li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:400;">Lunch 11:30</span></p></li>' +
  '</ul>' +
  '<br /><p dir="ltr" style="line-height:1.38;"><span style="font-size:11pt;font-weight:400;text-decoration:line-through;">Closed on Fridays</span></p>' +
  '</b><br class="Apple-interchange-newline">';

describe('cleanPastedHtml with Word 365 HTML', () => {
  const cleaned = cleanPastedHtml(WORD_365);

  it('keeps only the clipboard fragment and no office markup', () => {
    expect(cleaned).not.toMatch(/Version:1\.0|<html|<head|<body|<meta|<link|<style|<xml|<!--|<!\[|o:p|w:|v:|st1:/i);
    expect(cleaned).not.toMatch(/mso-|class=|style=|lang=|font-family|<span|<font|Cambria|Normal/i);
  });

  it('maps the heading onto h2 and keeps inline formatting and safe links', () => {
    expect(cleaned.startsWith('<h2>Quarterly results</h2>')).toBe(true);
    expect(cleaned).toContain(
      '<p>Sales in the eastern region rose by <b>12%</b>, see the <a href="https://intranet.example.com/reports/q3?a=1&amp;b=2">full report</a>',
    );
  });

  it('drops the footnote anchor but keeps its text', () => {
    expect(cleaned).toContain('</a><sup>[1]</sup>.</p>');
    expect(cleaned).not.toContain('#_ftn');
  });

  it('removes empty paragraphs', () => {
    expect(cleaned).not.toMatch(/<p>(\s|&nbsp;)*<\/p>/);
  });

  it('turns MsoListParagraph bullets into a nested list without the bullet glyphs', () => {
    expect(cleaned).toContain(
      '<ul><li>Revenue up 12%<ul><li>Mostly from <i>new</i> customers</li></ul></li><li>Costs flat</li></ul>',
    );
    expect(cleaned).not.toMatch(/·|Times New Roman/);
  });

  it('turns numbered Word paragraphs into an ordered list, unwrapping <font> and namespaced tags', () => {
    expect(cleaned).toContain('<p>Next steps:</p><ol><li>Hire two engineers</li><li>Open the Shanghai office</li></ol>');
  });

  it('keeps table structure and spans, without Word table attributes', () => {
    expect(cleaned).toContain('<table><tr><td><p><b>Region</b></p></td><td colspan="2"><p>East</p></td></tr></table>');
  });

  it('drops local file images from VML and its fallback', () => {
    expect(cleaned).not.toMatch(/<img|file:/);
    expect(cleaned.endsWith('</table>')).toBe(true);
  });
});

describe('cleanPastedHtml with Google Docs HTML', () => {
  const cleaned = cleanPastedHtml(GOOGLE_DOCS);

  it('removes the docs-internal-guid wrapper, the meta tag and every style', () => {
    expect(cleaned).not.toMatch(/docs-internal-guid|<meta|<b\b|style=|dir=|role=|aria-level|<span|Apple-interchange/);
  });

  it('keeps bold, italic, underline and strike-through that were only span styles', () => {
    expect(cleaned).toContain(
      '<h2>Canteen reopens</h2><p>The canteen on floor 3 reopens on <strong>Monday</strong><em> after renovation</em>.</p>',
    );
    expect(cleaned).toContain('<p><u>Opening hours</u> are on the <a href="https://intranet.example.com/canteen"><u>canteen page</u></a>.</p>');
    expect(cleaned).toContain('<p><s>Closed on Fridays</s></p>');
  });

  it('keeps real lists and drops the <br> between blocks', () => {
    expect(cleaned).toContain('<ul><li><p>Breakfast 7:30</p></li><li><p>Lunch 11:30</p></li></ul><p>');
    expect(cleaned).not.toContain('<br');
  });
});

describe('cleanPastedHtml with web pages and edge cases', () => {
  it('returns an empty string for empty input', () => {
    expect(cleanPastedHtml('')).toBe('');
    expect(cleanPastedHtml('   ')).toBe('');
  });

  it('passes simple, already clean HTML through unchanged', () => {
    const html = '<h2>Title</h2><p>Some <strong>bold</strong> and <em>italic</em> text.</p><blockquote><p>Quote</p></blockquote><hr>';
    expect(cleanPastedHtml(html)).toBe(html);
  });

  it('drops scripts, styles, event handlers and unsafe links but keeps the link text', () => {
    const html =
      '<div class="x" onclick="evil()"><script>alert(1)</script><style>p{color:red}</style>' +
      '<p onmouseover="x()">Click <a href="javascript:alert(1)">here</a> or <a href="java&#115;cript:alert(2)">there</a>' +
      ' or <a href="/&#47;evil.example">elsewhere</a> or <a href="data:text/html,x">data</a></p></div>';
    expect(cleanPastedHtml(html)).toBe('<div><p>Click here or there or elsewhere or data</p></div>');
  });

  it('keeps http(s), mailto and site-relative links, re-escaping attributes', () => {
    const html =
      '<p><a href="https://example.com/?q=&quot;x&quot;" title="A &amp; B" target="_blank" rel="noopener">a</a>' +
      ' <a href="mailto:press@example.com">b</a> <a href="/news/42">c</a></p>';
    expect(cleanPastedHtml(html)).toBe(
      '<p><a href="https://example.com/?q=&quot;x&quot;" title="A &amp; B">a</a> <a href="mailto:press@example.com">b</a> <a href="/news/42">c</a></p>',
    );
  });

  it('keeps responsive web images with http(s) or site paths and drops data: images (and the paragraph left empty)', () => {
    const html =
      '<figure><picture><source srcset="/a.webp"><img src="https://cdn.example.com/a.jpg" srcset="https://cdn.example.com/a-2x.jpg 2x" alt="A chart" class="wide" loading="lazy"></picture><figcaption>Chart</figcaption></figure>' +
      '<p><img src="data:image/png;base64,AAAA" alt="x"></p>';
    expect(cleanPastedHtml(html)).toBe(
      '<figure><img src="https://cdn.example.com/a.jpg" alt="A chart" srcset="https://cdn.example.com/a-2x.jpg 2x"><figcaption>Chart</figcaption></figure>',
    );
  });

  it('escapes stray angle brackets in text and closes unclosed wrappers', () => {
    expect(cleanPastedHtml('<p><span style="font-weight:bold">a < b')).toBe('<p><strong>a &lt; b</strong></p>');
  });

  it('handles Word lists copied without conditional comments (mso-list:Ignore spans only)', () => {
    const html =
      '<p class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">-<span style="font:7pt">&nbsp; </span></span>One</p>\n' +
      '<p class="MsoListParagraph" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">-<span>&nbsp; </span></span>Two</p>';
    expect(cleanPastedHtml(html)).toBe('<ul><li>One</li><li>Two</li></ul>');
  });

  it('handles the <!--[if !supportLists]--> comment form and lettered lists', () => {
    const html =
      '<p class=MsoListParagraphCxSpFirst style="mso-list:l2 level1 lfo3"><!--[if !supportLists]-->a)&nbsp;&nbsp;<!--[endif]-->First</p>' +
      '<p class=MsoListParagraphCxSpLast style="mso-list:l2 level1 lfo3"><!--[if !supportLists]-->b)&nbsp;&nbsp;<!--[endif]-->Second</p>';
    expect(cleanPastedHtml(html)).toBe('<ol><li>First</li><li>Second</li></ol>');
  });

  it('keeps a paragraph between two Word lists outside both', () => {
    const item = (text: string, list: number) =>
      `<p class=MsoListParagraph style="mso-list:l${list} level1 lfo1"><![if !supportLists]>·&nbsp;<![endif]>${text}</p>`;
    const html = `${item('A', 0)}\r\n<p class=MsoNormal>Between</p>\r\n${item('B', 0)}${item('C', 1)}`;
    expect(cleanPastedHtml(html)).toBe('<ul><li>A</li></ul><p>Between</p><ul><li>B</li></ul><ul><li>C</li></ul>');
  });
});
