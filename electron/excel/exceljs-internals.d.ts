/**
 * The one exceljs module file sheet-pictures.ts imports beyond exceljs's public API; exceljs
 * ships no types for it.
 */
declare module 'exceljs/lib/xlsx/xform/core/content-types-xform.js' {
  /** Renders [Content_Types].xml from a model of the workbook's parts. */
  export default class ContentTypesXform {
    toXml(model: object): string;
  }
}
