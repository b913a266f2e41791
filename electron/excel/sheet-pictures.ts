import type ExcelJS from 'exceljs';
import ContentTypesXform from 'exceljs/lib/xlsx/xform/core/content-types-xform.js';
import type { PlannedPicture } from '@shared/export/sheet-plan';

/**
 * Floating pictures for exceljs's streaming writer, which has none of its own (only a sheet's
 * background image). A sheet's pictures become one drawing part, as Excel writes them:
 * `xl/drawings/drawingN.xml` with a `oneCellAnchor` per picture, its relationships to the
 * media, a relationship from the sheet to the drawing, `<drawing r:id>` in the sheet, and the
 * drawing's content type. This is the one module that reaches into exceljs for that; each
 * reach says why.
 */

/** What of exceljs's WorkbookWriter this module uses, typed as exceljs 4.4 has it (mostly outside its .d.ts). */
interface WorkbookWriterInternals {
  /** The archiver the parts go into: a part added here is written as it is. */
  readonly zip: { append(source: string, data: { name: string }): unknown };
  /** The images addImage registered; each `name` is its file in xl/media ("image0.png"). */
  readonly media: readonly { readonly name: string }[];
  readonly _worksheets: readonly unknown[];
  readonly sharedStrings: unknown;
  readonly commentRefs: unknown;
  addContentTypes(): Promise<void>;
}

/** What of exceljs's WorksheetWriter this module uses, none of it in its .d.ts. */
interface WorksheetWriterInternals {
  /** The sheet's number, as in xl/worksheets/sheetN.xml. */
  readonly id: number;
  /** The sheet's XML as it is written. */
  readonly stream: { write(xml: string): unknown };
  /** Writes xl/worksheets/_rels/sheetN.xml.rels; returns the new relationship's id. */
  readonly _sheetRelsWriter: { addRelationship(relationship: { Type: string; Target: string }): string };
  /** Writes `<legacyDrawing>` (the comments' drawing) at the end of the sheet. */
  _writeLegacyData(): void;
}

const NAMESPACES = {
  spreadsheetDrawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  drawingMain: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  packageRelationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
} as const;
const DRAWING_RELATIONSHIP = `${NAMESPACES.relationships}/drawing`;
const IMAGE_RELATIONSHIP = `${NAMESPACES.relationships}/image`;
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** DrawingML measures in English Metric Units: 914,400 to the inch, so 9,525 to a 96-dpi pixel. */
const EMU_PER_PIXEL = 9525;

/** Text for an XML attribute: escaped, line breaks kept, and without characters XML 1.0 cannot hold. */
function xmlAttribute(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"\t\n\r]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[char] ?? char);
}

function anchorXml(picture: PlannedPicture, index: number, embedId: string): string {
  const cx = Math.round(picture.widthPx * EMU_PER_PIXEL);
  const cy = Math.round(picture.heightPx * EMU_PER_PIXEL);
  return (
    '<xdr:oneCellAnchor>' +
    `<xdr:from><xdr:col>${picture.column - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${picture.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${cx}" cy="${cy}"/>` +
    '<xdr:pic>' +
    `<xdr:nvPicPr><xdr:cNvPr id="${index + 2}" name="Picture ${index + 1}" descr="${xmlAttribute(picture.description)}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip r:embed="${embedId}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
    '</xdr:pic>' +
    '<xdr:clientData/>' +
    '</xdr:oneCellAnchor>'
  );
}

function drawingXml(pictures: readonly PlannedPicture[]): string {
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NAMESPACES.spreadsheetDrawing}" xmlns:a="${NAMESPACES.drawingMain}" xmlns:r="${NAMESPACES.relationships}">` +
    pictures.map((picture, index) => anchorXml(picture, index, `rId${index + 1}`)).join('') +
    '</xdr:wsDr>'
  );
}

function drawingRelsXml(mediaNames: readonly string[]): string {
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${NAMESPACES.packageRelationships}">` +
    mediaNames.map((name, index) => `<Relationship Id="rId${index + 1}" Type="${IMAGE_RELATIONSHIP}" Target="../media/${xmlAttribute(name)}"/>`).join('') +
    '</Relationships>'
  );
}

/**
 * Registers a PNG with the workbook, which writes it into xl/media when it commits. As bytes:
 * given base64, exceljs 4.4's streaming writer passes archiver a `base64: true` option only
 * JSZip knows, and the "PNG" in the file is the base64 text itself.
 */
function addPng(workbook: ExcelJS.stream.xlsx.WorkbookWriter, base64: string): number {
  // exceljs types its buffers as its own ArrayBuffer-like Buffer; Node's is what it appends.
  return workbook.addImage({ buffer: Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer, extension: 'png' });
}

export interface SheetPictures {
  /** Places `pictures` on `sheet`; call before the sheet is committed. */
  add(sheet: ExcelJS.Worksheet, pictures: readonly PlannedPicture[]): void;
}

/** Floating pictures for the sheets of one streaming workbook. */
export function sheetPictures(workbook: ExcelJS.stream.xlsx.WorkbookWriter): SheetPictures {
  const writer = workbook as unknown as WorkbookWriterInternals;
  const drawings: string[] = [];
  // WorkbookWriter.addContentTypes renders ContentTypesXform without `drawings` (the streaming
  // writer never makes any), and Excel refuses a drawing part without its content type. This
  // renders the same model, plus the drawings; a workbook without pictures keeps exceljs's own.
  const declareDrawings = () => {
    writer.addContentTypes = async () => {
      const model = {
        worksheets: writer._worksheets.filter(Boolean),
        sharedStrings: writer.sharedStrings,
        commentRefs: writer.commentRefs,
        media: writer.media,
        drawings: drawings.map((name) => ({ name })),
      };
      writer.zip.append(new ContentTypesXform().toXml(model), { name: '[Content_Types].xml' });
    };
  };

  return {
    add(sheet, pictures) {
      if (pictures.length === 0) return;
      const worksheet = sheet as unknown as WorksheetWriterInternals;
      const mediaNames = pictures.map((picture) => writer.media[addPng(workbook, picture.pngBase64)].name);
      // Named after the sheet, whose number is unique in the workbook, like its vmlDrawingN.vml.
      const drawing = `drawing${worksheet.id}`;
      if (drawings.length === 0) declareDrawings();
      drawings.push(drawing);
      writer.zip.append(drawingXml(pictures), { name: `xl/drawings/${drawing}.xml` });
      writer.zip.append(drawingRelsXml(mediaNames), { name: `xl/drawings/_rels/${drawing}.xml.rels` });
      // The schema puts <drawing> after <rowBreaks> and before <legacyDrawing>; exceljs writes
      // those two one after the other as it commits the sheet, so it goes in between.
      const writeLegacyData = worksheet._writeLegacyData.bind(worksheet);
      worksheet._writeLegacyData = () => {
        const id = worksheet._sheetRelsWriter.addRelationship({ Type: DRAWING_RELATIONSHIP, Target: `../drawings/${drawing}.xml` });
        worksheet.stream.write(`<drawing r:id="${id}"/>`);
        writeLegacyData();
      };
    },
  };
}
