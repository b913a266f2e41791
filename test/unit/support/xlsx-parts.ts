import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The parts of an .xlsx package, read with JSZip, and the links between them: how a test
 * follows workbook -> sheet -> drawing -> media the way Excel does.
 */

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export async function openXlsx(file: string): Promise<JSZip> {
  return JSZip.loadAsync(await readFile(file));
}

export async function partText(zip: JSZip, name: string): Promise<string> {
  const part = zip.file(name);
  if (!part) throw new Error(`the package has no ${name}; it has ${Object.keys(zip.files).join(', ')}`);
  return part.async('string');
}

const attribute = (tag: string, name: string): string => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1] ?? '';

/** The relationships of a part (`xl/worksheets/sheet2.xml` -> its `_rels/sheet2.xml.rels`); none if it has no rels part. */
export async function relationshipsOf(zip: JSZip, partName: string): Promise<Relationship[]> {
  const relsName = path.posix.join(path.posix.dirname(partName), '_rels', `${path.posix.basename(partName)}.rels`);
  if (!zip.file(relsName)) return [];
  const xml = await partText(zip, relsName);
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => ({ id: attribute(tag, 'Id'), type: attribute(tag, 'Type'), target: attribute(tag, 'Target') }));
}

/** A relationship's target as a part name in the package (`../drawings/drawing2.xml` from a sheet -> `xl/drawings/drawing2.xml`). */
export function targetPart(fromPart: string, target: string): string {
  return target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(fromPart), target));
}

/** The part name of a sheet, found by its name through workbook.xml and its relationships. */
export async function sheetPart(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = await partText(zip, 'xl/workbook.xml');
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map(([match]) => match).find((candidate) => attribute(candidate, 'name') === sheetName);
  if (!tag) throw new Error(`the workbook has no sheet named ${sheetName}`);
  const relationship = (await relationshipsOf(zip, 'xl/workbook.xml')).find((candidate) => candidate.id === attribute(tag, 'r:id'));
  if (!relationship) throw new Error(`the workbook's relationships do not resolve sheet ${sheetName}`);
  return targetPart('xl/workbook.xml', relationship.target);
}
