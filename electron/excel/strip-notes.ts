import JSZip from 'jszip';

const NOTE_RELATIONSHIP = /<Relationship\b[^>]*Type="[^"]*\/(comments|vmlDrawing)"[^>]*\/>/gu;

/**
 * The workbook without its cell notes, which import does not read. exceljs 4.4 crashes on
 * notes saved by some tools (openpyxl puts them at xl/comments/comment1.xml; exceljs
 * expects xl/comments1.xml: exceljs/exceljs#2797), so they are unlinked before it reads.
 * The zip has passed the size guard already.
 */
export async function withoutNotes(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = zip.file(/^xl\/worksheets\/_rels\/[^/]+\.rels$/u);
  let changed = false;
  for (const file of rels) {
    const xml = await file.async('string');
    const stripped = xml.replace(NOTE_RELATIONSHIP, '');
    if (stripped !== xml) {
      zip.file(file.name, stripped);
      changed = true;
    }
  }
  if (!changed) return bytes;
  // Stored, not deflated: this copy is read once, at once.
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
