import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_CLIPBOARD_CELLS, MAX_CLIPBOARD_CHARS,
  MAX_HTML_WITH_TEXT_CHARS, parseHtmlTable, parseTsv, readClipboard, writeClipboard,
  type ClipboardCell, type ReadResult,
} from '@shared/clipboard/clipboard-codec';

/** Fixed, so a failure found once is found again on every machine. */
const FC_OPTIONS = { seed: 20250611, numRuns: 300 } as const;

const cells = (rows: readonly (readonly string[])[]): ClipboardCell[][] => rows.map((row) => row.map((text) => ({ text })));

function rowsOf(result: ReadResult): string[][] {
  if (!result.ok) throw new Error(`expected cells, got the refusal “${result.message}”`);
  return result.rows;
}

function refusal(result: ReadResult): string {
  if (result.ok) throw new Error(`expected a refusal, got ${result.rows.length} rows from ${result.source}`);
  return result.message;
}

/** A block with every character TSV has to quote. */
const AWKWARD = [
  ['Company', 'Note', 'Quote'],
  ['Harbor\tLane', 'Q1\nrestated', 'said "record"'],
  ['"leading quote', 'CR\rLF\r\n', ''],
];

describe('writeClipboard: TSV', () => {
  it('quotes a cell holding a tab, a newline, a carriage return or a quote, doubling inner quotes', () => {
    const { text } = writeClipboard(cells([['a\tb', 'line 1\nline 2', 'x\ry', 'say "hi"', 'plain', '=A1+1']]));
    expect(text).toBe('"a\tb"\t"line 1\nline 2"\t"x\ry"\t"say ""hi"""\tplain\t=A1+1');
  });

  it('joins rows with a newline and adds none at the end', () => {
    expect(writeClipboard(cells([['a', 'b'], ['c', 'd']])).text).toBe('a\tb\nc\td');
  });

  it('reads back what it wrote, awkward characters included', () => {
    const { text } = writeClipboard(cells(AWKWARD));
    expect(parseTsv(text)).toEqual(AWKWARD);
    expect(readClipboard({ text })).toEqual({ ok: true, rows: AWKWARD, source: 'text' });
  });

  it('keeps a last row of one empty cell, which an empty line would lose', () => {
    const block = [['a'], ['']];
    expect(writeClipboard(cells(block)).text).toBe('a\n""');
    expect(rowsOf(readClipboard({ text: writeClipboard(cells(block)).text }))).toEqual(block);
    expect(rowsOf(readClipboard({ text: writeClipboard(cells([['']])).text }))).toEqual([['']]);
  });
});

describe('writeClipboard: HTML', () => {
  it('writes a table fragment with escaped text and Excel in-cell line breaks', () => {
    const { html } = writeClipboard(cells([['AT&T <b> "x"', 'one\ntwo']]));
    expect(html).toBe(
      '<meta charset="utf-8"><table><tr><td>AT&amp;T &lt;b&gt; &quot;x&quot;</td>'
      + '<td>one<br style="mso-data-placement:same-cell;">two</td></tr></table>',
    );
  });

  it('puts a numeric raw value in data-raw and x:num with the General format, a non-numeric one only in data-raw', () => {
    const { html } = writeClipboard([[{ text: '1,234.5', raw: '1234.5' }, { text: 'n/a', raw: 'n/a' }]]);
    expect(html).toContain('<td data-raw="1234.5" x:num="1234.5" style="mso-number-format:General">1,234.5</td>');
    expect(html).toContain('<td data-raw="n/a">n/a</td>');
  });

  it('reads back the texts, not the raw values', () => {
    const block = [['AT&T <b> & "co"', 'Q1\nrestated', 'ends with newline\n'], ['', '=SUM(A1:A2)', '1,234.5']];
    const { html } = writeClipboard(block.map((row) => row.map((text) => ({ text, raw: text === '1,234.5' ? '1234.5' : undefined }))));
    expect(parseHtmlTable(html)).toEqual(block);
    expect(readClipboard({ html })).toEqual({ ok: true, rows: block, source: 'html' });
  });
});

describe('parseTsv', () => {
  it('splits rows on CRLF, LF and a lone CR', () => {
    expect(parseTsv('a\tb\r\nc\td\ne\tf\rg\th')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
  });

  it('does not read the one trailing line break Excel appends as an empty row, but keeps a second', () => {
    expect(parseTsv('a\tb\r\n')).toEqual([['a', 'b']]);
    expect(parseTsv('a\r')).toEqual([['a']]);
    expect(parseTsv('a\n\n')).toEqual([['a'], ['']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('keeps empty cells, leading and trailing ones included', () => {
    expect(parseTsv('a\t\tb')).toEqual([['a', '', 'b']]);
    expect(parseTsv('\ta\t')).toEqual([['', 'a', '']]);
  });

  it('pads ragged rows to the longest one', () => {
    expect(parseTsv('a\nb\tc\td\ne\tf')).toEqual([['a', '', ''], ['b', 'c', 'd'], ['e', 'f', '']]);
  });

  it('reads a quoted cell with tabs, line breaks and doubled quotes up to its closing quote', () => {
    expect(parseTsv('"Q1\r\nrestated\t(see ""note"")"\tnext\n""\t"x"')).toEqual([
      ['Q1\r\nrestated\t(see "note")', 'next'],
      ['', 'x'],
    ]);
  });

  it('reads a quote that does not open a well-formed quoted cell as a literal character', () => {
    expect(parseTsv('5" screen\ta"b')).toEqual([['5" screen', 'a"b']]);
    expect(parseTsv('"Big" deal\t"unclosed\tc')).toEqual([['"Big" deal', '"unclosed', 'c']]);
    expect(parseTsv('"')).toEqual([['"']]);
  });

  it('never evaluates a formula', () => {
    expect(parseTsv('=A1+1\t=HYPERLINK("x")\t+1\t-2\t@SUM(A:A)')).toEqual([['=A1+1', '=HYPERLINK("x")', '+1', '-2', '@SUM(A:A)']]);
  });

  it('parses 10 MB on one line, and 10 MB of stray quotes, in linear time (the test times out otherwise)', () => {
    const line = 'x'.repeat(MAX_CLIPBOARD_CHARS);
    expect(parseTsv(line)[0][0]).toHaveLength(MAX_CLIPBOARD_CHARS);
    // Each cell opens a quote that no quote before a tab closes: a parser that looks ahead for one from
    // every stray quote is quadratic here.
    const strays = parseTsv(`${'"abc\t'.repeat(MAX_CLIPBOARD_CELLS - 1)}"abc`);
    expect(strays[0]).toHaveLength(MAX_CLIPBOARD_CELLS);
    expect(strays[0].slice(0, 2)).toEqual(['"abc', '"abc']);
  });

  it('parses a 10,000 × 100 block', () => {
    const row = Array.from({ length: 100 }, (_, column) => `${column * 1.5}`).join('\t');
    const rows = parseTsv(`${Array.from({ length: 10_000 }, () => row).join('\r\n')}\r\n`);
    expect(rows).toHaveLength(10_000);
    expect(rows.every((cellsOfRow) => cellsOfRow.length === 100)).toBe(true);
    expect(rows[9_999][99]).toBe('148.5');
  });
});

/* Fixtures as the spreadsheets write them (trimmed of most styling). */

const EXCEL = `Version:0.9\r
StartHTML:0000000105\r
EndHTML:0000002207\r
StartFragment:0000001500\r
EndFragment:0000002167\r
<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link id=Main-File rel=Main-File href="file:///C:/Users/ana/AppData/Local/Temp/msohtmlclip1/01/clip.htm">
<!--[if !mso]>
<style>v\\:* {behavior:url(#default#VML);}</style>
<![endif]-->
<style>
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
br
	{mso-data-placement:same-cell;}
.xl65
	{mso-number-format:"\\#\\,\\#\\#0\\.0";}
-->
</style>
</head>
<body link="#0563C1" vlink="#954F72">
<table border=0 cellpadding=0 cellspacing=0 width=256 style='border-collapse:
 collapse;width:192pt'>
<!--StartFragment-->
 <col width=64 span=4 style='width:48pt'>
 <tr height=20 style='height:15.0pt'>
  <td height=20 width=64 style='height:15.0pt;width:48pt'>Company</td>
  <td width=64 style='width:48pt'>Revenue</td>
  <td width=64 style='width:48pt'>Growth</td>
  <td width=64 style='width:48pt'>Note</td>
 </tr>
 <tr height=40 style='height:30.0pt'>
  <td height=40 style='height:30.0pt'>Harbor Lane &amp; Co</td>
  <td height=20 class=xl65 align=right style='height:15.0pt' x:num>83.6</td>
  <td class=xl66 align=right x:num="9.8000000000000004E-2">9.8%</td>
  <td class=xl67 width=64 style='width:48pt'>Q1<br>
    restated</td>
 </tr>
 <tr height=20 style='height:15.0pt'>
  <td height=20 style='height:15.0pt'>Total</td>
  <td class=xl65 align=right x:num="167.2" x:fmla="=SUM(B2:B3)">167.2</td>
  <td x:num="0.1"></td>
  <td></td>
 </tr>
 <![if supportMisalignedColumns]>
 <tr height=0 style='display:none'>
  <td width=64 style='width:48pt'></td>
  <td width=64 style='width:48pt'></td>
 </tr>
 <![endif]>
<!--EndFragment-->
</table>
</body>
</html>`;

const LIBREOFFICE = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML>
<HEAD>
	<META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=utf-8">
	<TITLE></TITLE>
	<META NAME="GENERATOR" CONTENT="LibreOffice 7.6.4.1 (Linux)">
	<STYLE>
		<!--
		BODY,DIV,TABLE,THEAD,TBODY,TFOOT,TR,TH,TD,P { font-family:"Liberation Sans"; font-size:x-small }
		comment { display:none;  }
		-->
	</STYLE>
</HEAD>
<BODY TEXT="#000000">
<TABLE FRAME=VOID CELLSPACING=0 COLS=3 RULES=NONE BORDER=0>
	<COLGROUP WIDTH="86" SPAN="3"></COLGROUP>
	<TBODY>
		<TR>
			<TD STYLE="border-bottom: 1px solid #000000" HEIGHT="17" ALIGN="LEFT"><B>Company</B></TD>
			<TD STYLE="border-bottom: 1px solid #000000" ALIGN="LEFT"><B>Revenue</B></TD>
			<TD STYLE="border-bottom: 1px solid #000000" ALIGN="LEFT"><B>Margin</B></TD>
		</TR>
		<TR>
			<TD HEIGHT="17" ALIGN="LEFT">Harbor Lane</TD>
			<TD ALIGN="RIGHT" SDVAL="1420.5" SDNUM="1033;0;#,##0.0">1,420.5</TD>
			<TD ALIGN="RIGHT" SDVAL="0.098" SDNUM="1033;0;0.0%">9.8%</TD>
		</TR>
		<TR>
			<TD HEIGHT="34" ALIGN="LEFT">Quay<BR>Freight</TD>
			<TD ALIGN="RIGHT" SDVAL="87" SDNUM="1033;0;#,##0.0"><FONT COLOR="#C9211E">87.0</FONT></TD>
			<TD ALIGN="LEFT"><BR></TD>
		</TR>
	</TBODY>
</TABLE>
</BODY>
</HTML>`;

const GOOGLE_SHEETS = '<meta charset="utf-8"><google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid #cccccc;}br {mso-data-placement:same-cell;}--></style>'
  + '<table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;font-family:Arial;width:0px;border-collapse:collapse;border:none" data-sheets-root="1">'
  + '<colgroup><col width="100"/><col width="100"/><col width="120"/></colgroup><tbody>'
  + '<tr style="height:21px;"><td style="overflow:hidden;padding:2px 3px 2px 3px;vertical-align:bottom;font-weight:bold;">Company</td>'
  + '<td style="overflow:hidden;padding:2px 3px 2px 3px;vertical-align:bottom;font-weight:bold;">Revenue</td>'
  + '<td style="overflow:hidden;padding:2px 3px 2px 3px;vertical-align:bottom;font-weight:bold;">Comment</td></tr>'
  + '<tr style="height:21px;"><td style="overflow:hidden;padding:2px 3px 2px 3px;vertical-align:bottom;" data-sheets-value="{&quot;1&quot;:2,&quot;2&quot;:&quot;Harbor Lane&quot;}">Harbor Lane</td>'
  + '<td style="overflow:hidden;padding:2px 3px 2px 3px;vertical-align:bottom;text-align:right;" data-sheets-value="{&quot;1&quot;:3,&quot;3&quot;:1420.5}" data-sheets-numberformat="{&quot;1&quot;:2,&quot;2&quot;:&quot;#,##0.0&quot;,&quot;3&quot;:1}">1,420.5</td>'
  + '<td style="overflow:hidden;padding:2px 3px 2px 3px;vertical-align:bottom;wrap-strategy:4;white-space:normal;word-wrap:break-word;" data-sheets-value="{&quot;1&quot;:2,&quot;2&quot;:&quot;beat\\nconsensus&quot;}">beat<br>consensus</td></tr>'
  + '</tbody></table></google-sheets-html-origin>';

const APPLE_NUMBERS = '<meta charset="UTF-8"><table cellspacing="0" cellpadding="0" style="border-collapse: collapse">\n<tbody>\n'
  + '<tr>\n<td valign="top" style="width: 90.0px; height: 13.0px; padding: 4.0px 4.0px 4.0px 4.0px"><p style="margin: 0.0px 0.0px 0.0px 0.0px; font: 10.0px \'Helvetica Neue\'"><font face="Helvetica Neue" size="2" style="font: 10.0px \'Helvetica Neue\'"><b>Company</b></font></p>\n</td>\n'
  + '<td valign="top" style="width: 90.0px; height: 13.0px; padding: 4.0px 4.0px 4.0px 4.0px"><p style="margin: 0.0px 0.0px 0.0px 0.0px; font: 10.0px \'Helvetica Neue\'"><font face="Helvetica Neue" size="2" style="font: 10.0px \'Helvetica Neue\'"><b>Revenue</b></font></p>\n</td>\n</tr>\n'
  + '<tr>\n<td valign="top" style="width: 90.0px; height: 26.0px; padding: 4.0px 4.0px 4.0px 4.0px"><p style="margin: 0.0px 0.0px 0.0px 0.0px; font: 10.0px \'Helvetica Neue\'"><font face="Helvetica Neue" size="2" style="font: 10.0px \'Helvetica Neue\'">Harbor Lane</font></p>\n'
  + '<p style="margin: 0.0px 0.0px 0.0px 0.0px; font: 10.0px \'Helvetica Neue\'"><font face="Helvetica Neue" size="2" style="font: 10.0px \'Helvetica Neue\'">Logistics</font></p>\n</td>\n'
  + '<td valign="top" style="width: 90.0px; height: 13.0px; padding: 4.0px 4.0px 4.0px 4.0px"><p style="margin: 0.0px 0.0px 0.0px 0.0px; text-align: right; font: 10.0px \'Helvetica Neue\'"><font face="Helvetica Neue" size="2" style="font: 10.0px \'Helvetica Neue\'">$1,420.5</font></p>\n</td>\n</tr>\n'
  + '<tr>\n<td valign="top" style="width: 90.0px; height: 13.0px; padding: 4.0px 4.0px 4.0px 4.0px"><p style="margin: 0.0px 0.0px 0.0px 0.0px; font: 10.0px \'Helvetica Neue\'"><font face="Helvetica Neue" size="2" style="font: 10.0px \'Helvetica Neue\'">Quay&nbsp;Freight</font></p>\n</td>\n'
  + '<td valign="top" style="width: 90.0px; height: 13.0px; padding: 4.0px 4.0px 4.0px 4.0px"><p style="margin: 0.0px 0.0px 0.0px 0.0px; font: 10.0px \'Helvetica Neue\'; min-height: 12.0px"><font face="Helvetica Neue" size="2" style="font: 10.0px \'Helvetica Neue\'"><br></font></p>\n</td>\n</tr>\n'
  + '</tbody>\n</table>';

describe('parseHtmlTable on what spreadsheets put on the clipboard', () => {
  it('reads Excel: visible text over x:num, in-cell <br>, no style, fragment markers or hidden sizing row', () => {
    expect(parseHtmlTable(EXCEL)).toEqual([
      ['Company', 'Revenue', 'Growth', 'Note'],
      ['Harbor Lane & Co', '83.6', '9.8%', 'Q1\nrestated'],
      ['Total', '167.2', '0.1', ''],
    ]);
  });

  it('reads LibreOffice Calc: upper-case tags, <colgroup>, visible text over sdval', () => {
    expect(parseHtmlTable(LIBREOFFICE)).toEqual([
      ['Company', 'Revenue', 'Margin'],
      ['Harbor Lane', '1,420.5', '9.8%'],
      ['Quay\nFreight', '87.0', ''],
    ]);
  });

  it('reads Google Sheets: the table inside <google-sheets-html-origin>, its <style> ignored', () => {
    expect(parseHtmlTable(GOOGLE_SHEETS)).toEqual([
      ['Company', 'Revenue', 'Comment'],
      ['Harbor Lane', '1,420.5', 'beat\nconsensus'],
    ]);
  });

  it('reads Apple Numbers: one <p> per line and no newline for a cell\'s single <p>', () => {
    expect(parseHtmlTable(APPLE_NUMBERS)).toEqual([
      ['Company', 'Revenue'],
      ['Harbor Lane\nLogistics', '$1,420.5'],
      ['Quay Freight', ''],
    ]);
  });

  it('prefers the fixture tables to their text in readClipboard', () => {
    const result = readClipboard({ text: 'Company\tRevenue\r\n', html: LIBREOFFICE });
    expect(result.ok && result.source).toBe('html');
    expect(rowsOf(result)[1]).toEqual(['Harbor Lane', '1,420.5', '9.8%']);
  });
});

describe('parseHtmlTable on table structure', () => {
  it('fills the extra positions of colspan and rowspan with empty cells', () => {
    const html = '<table><tr><td colspan="2">Revenue</td><td rowspan="2">Note</td><td>x</td></tr>'
      + '<tr><td>2024</td><td>2025</td><td>y</td></tr><tr><td rowspan=2 colspan=2>z</td></tr><tr><td>w</td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([
      ['Revenue', '', 'Note', 'x'],
      ['2024', '2025', '', 'y'],
      ['z', '', '', ''],
      ['', '', 'w', ''],
    ]);
  });

  it('caps a span at 1,000 and ignores a nonsensical one', () => {
    const rows = parseHtmlTable('<table><tr><td colspan="99999">a</td><td colspan="0">b</td><td colspan="-3">c</td><td colspan="x">d</td></tr></table>');
    expect(rows?.[0]).toHaveLength(1003);
    expect(rows?.[0].slice(999)).toEqual(['', 'b', 'c', 'd']);
  });

  it('reads a nested table as the text of its cell, not as rows', () => {
    const html = '<table><tr><td>outer<table><tr><td>in 1</td><td>in 2</td></tr><tr><td>in 3</td></tr></table></td><td>b</td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([['outer\nin 1 in 2\nin 3', 'b']]);
    // Outside any cell, a nested table is misplaced markup (a browser moves it after the table), not more rows.
    expect(parseHtmlTable('<table><tr><td>a</td></tr><table><tr><td>stray</td></tr></table></table>')).toEqual([['a']]);
  });

  it('reads rows in thead, tbody and tfoot, <th> cells, and only the first table', () => {
    const html = '<p>intro</p><table><thead><tr><th>Year</th><th>Revenue</th></tr></thead><tbody><tr><td>2024</td><td>1.2</td></tr></tbody>'
      + '<tfoot><tr><td>Total</td></tr></tfoot></table><table><tr><td>second</td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([['Year', 'Revenue'], ['2024', '1.2'], ['Total', '']]);
  });

  it('collapses whitespace, decodes entities and &nbsp;, and breaks lines at <br> and between blocks', () => {
    const html = '<table><tr><td>  AT&amp;T\n\t &nbsp;Inc&#46;  </td><td><div>a</div><div> b  <span>c</span></div>d</td>'
      + '<td>x<br><br>y</td><td><p>only</p></td><td>&lt;b&gt; &quot;q&quot; &eacute;</td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([['AT&T Inc.', 'a\nb c\nd', 'x\n\ny', 'only', '<b> "q" é']]);
  });

  it('ignores scripts, styles and comments inside cells', () => {
    const html = '<table><tr><td><style>td{color:red}</style>a<!-- hidden --><script>alert(1)</script>b</td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([['ab']]);
  });

  it('returns the raw attribute only when nothing is visible', () => {
    const html = '<table><tr><td data-raw="1234.5">1,234.5</td><td data-raw="7"></td><td sdval="3"> </td><td x:num="0.5">50%</td></tr></table>';
    expect(parseHtmlTable(html)).toEqual([['1,234.5', '7', '3', '50%']]);
  });

  it('keeps a formula as text', () => {
    expect(parseHtmlTable('<table><tr><td>=A1+1</td><td x:fmla="=B1">=B1</td></tr></table>')).toEqual([['=A1+1', '=B1']]);
  });

  it('returns null when the HTML has no table', () => {
    expect(parseHtmlTable('<p>Revenue rose <b>5%</b></p>')).toBeNull();
    expect(parseHtmlTable('<!-- <table><tr><td>a</td></tr></table> -->')).toBeNull();
  });
});

describe('readClipboard', () => {
  it('uses the text when the HTML holds no table, or an empty one', () => {
    expect(readClipboard({ text: 'a\tb', html: '<p>a b</p>' })).toEqual({ ok: true, rows: [['a', 'b']], source: 'text' });
    expect(readClipboard({ text: 'a\tb', html: '<table></table>' })).toEqual({ ok: true, rows: [['a', 'b']], source: 'text' });
    expect(readClipboard({ text: '=A1+1', html: null })).toEqual({ ok: true, rows: [['=A1+1']], source: 'text' });
  });

  it('refuses an empty clipboard', () => {
    const message = 'The clipboard holds no text or table to paste.';
    expect(refusal(readClipboard({}))).toBe(message);
    expect(refusal(readClipboard({ text: '', html: null }))).toBe(message);
    expect(refusal(readClipboard({ html: '<p>no table</p>' }))).toBe(message);
  });

  it('refuses more than 10 MB of text or HTML, saying how much there was', () => {
    expect(refusal(readClipboard({ text: 'x'.repeat(52_400_000) })))
      .toBe('The clipboard holds 52.4 MB of text; Crosscheck pastes at most 10 MB at once.');
    expect(refusal(readClipboard({ text: 'x'.repeat(MAX_CLIPBOARD_CHARS + 1) }))).toContain('10.1 MB of text');
    const html = `<table><tr><td>${'x'.repeat(MAX_CLIPBOARD_CHARS)}</td></tr></table>`;
    expect(refusal(readClipboard({ html }))).toBe('The clipboard holds 10.1 MB of HTML; Crosscheck pastes at most 10 MB at once.');
    expect(rowsOf(readClipboard({ text: 'x'.repeat(MAX_CLIPBOARD_CHARS) }))[0][0]).toHaveLength(MAX_CLIPBOARD_CHARS);
  });

  it('reads a large table from its text when the HTML beside it is over 1 MB', () => {
    const rows = Array.from({ length: 40_000 }, (_, index) => [String(index), 'b']);
    const { text, html } = writeClipboard(rows.map((row) => row.map((cell) => ({ text: cell }))));
    expect(html.length).toBeGreaterThan(MAX_HTML_WITH_TEXT_CHARS);
    const read = readClipboard({ text, html });
    expect(read).toMatchObject({ ok: true, source: 'text' });
    expect(rowsOf(read)).toEqual(rows);
    expect(readClipboard({ text: '1\t2', html: '<table><tr><td>3</td></tr></table>' })).toMatchObject({ ok: true, source: 'html', rows: [['3']] });
  });

  it('never parses HTML with more tags than it reads: hostile nesting takes the text, or is refused without it', () => {
    const hostile = `<table><tr><td>${'<b>'.repeat(80_000)}${'</i>'.repeat(80_000)}</td></tr></table>`;
    expect(readClipboard({ text: '1\t2', html: hostile })).toMatchObject({ ok: true, source: 'text', rows: [['1', '2']] });
    expect(refusal(readClipboard({ html: hostile }))).toMatch(/more than 30,000 tags/);
  });

  it('refuses binary data: a NUL, or more than 1% control characters', () => {
    const message = 'The clipboard holds binary data, not cells of text.';
    expect(refusal(readClipboard({ text: 'PK\u0003\u0004\0\0' }))).toBe(message);
    expect(refusal(readClipboard({ text: `${'a'.repeat(10_000)}\0` }))).toBe(message);
    expect(refusal(readClipboard({ text: `${'\u0001'.repeat(2)}${'a'.repeat(98)}` }))).toBe(message);
    expect(rowsOf(readClipboard({ text: `\u0001${'a\tb\r\n'.repeat(25)}` }))).toHaveLength(25);
  });

  it('refuses more than 2,000,000 cells, from text or from spans in HTML', () => {
    expect(refusal(readClipboard({ text: '\t'.repeat(MAX_CLIPBOARD_CELLS) })))
      .toBe('The clipboard holds 2,000,001 cells (1 row × 2,000,001 columns); Crosscheck pastes at most 2,000,000 cells at once.');
    // Ragged rows: one long row and many short ones make a rectangle too big to pad.
    const ragged = `${'\t'.repeat(9_999)}\n${'a\n'.repeat(201)}`;
    expect(refusal(readClipboard({ text: ragged }))).toContain('2,020,000 cells (202 rows × 10,000 columns)');
    expect(() => parseTsv(ragged)).toThrow(RangeError);
    const spans = `<table>${'<tr><td colspan="1000" rowspan="1000">x</td></tr>'.repeat(2_001)}</table>`;
    expect(refusal(readClipboard({ html: spans }))).toContain('at least');
    expect(() => parseHtmlTable(spans)).toThrow(RangeError);
    expect(rowsOf(readClipboard({ text: '\t'.repeat(MAX_CLIPBOARD_CELLS - 1) }))[0]).toHaveLength(MAX_CLIPBOARD_CELLS);
  });
});

describe('writeClipboard → readClipboard round trip (property)', () => {
  const block = (cell: fc.Arbitrary<string>) => fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 6 }))
    .chain(([width, height]) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: height, maxLength: height }));

  it('returns the original texts through TSV, tabs, line breaks and quotes included', () => {
    const special = fc.constantFrom('\t', '\n', '\r', '\r\n', '"', '""', ' ');
    const cell = fc.array(fc.oneof(special, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 5 }).map((parts) => parts.join(''));
    fc.assert(fc.property(block(cell), (rows) => {
      expect(readClipboard({ text: writeClipboard(cells(rows)).text })).toEqual({ ok: true, rows, source: 'text' });
    }), FC_OPTIONS);
  });

  it('returns the original texts through HTML for text HTML does not collapse', () => {
    const word = fc.string({ unit: fc.constantFrom(...'aZ09é€日&<>"\'=;.,-+%$()'), minLength: 1, maxLength: 6 });
    const cell = fc.array(fc.tuple(word, fc.constantFrom(' ', '\n', '\n\n')), { maxLength: 4 })
      .chain((parts) => fc.constantFrom('', '\n').map((end) => parts.map(([text, gap], index) => (index === 0 ? text : gap + text)).join('') + (parts.length > 0 ? end : '')));
    fc.assert(fc.property(block(cell), (rows) => {
      expect(readClipboard({ html: writeClipboard(cells(rows)).html })).toEqual({ ok: true, rows, source: 'html' });
    }), FC_OPTIONS);
  });
});
