import ExcelJS from 'exceljs';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import type { ExportInput } from '@shared/export/export-input';
import type { WorkbookPlan } from '@shared/export/sheet-plan';
import type { DatasetSnapshot } from '@shared/ipc/contract';
import type { Workspace } from '@shared/workspace/workspace-schema';
import { writeWorkbook } from '../../../electron/excel/write-workbook';

/** An export of everything in `workspace` on `dataset`, at a fixed time. */
export function exportInput(dataset: DatasetSnapshot, workspace: Workspace, now: Date, overrides: Partial<ExportInput> = {}): ExportInput {
  return { ...dataset, workspace, workspaceName: 'Test', scope: 'all', view: { rowIds: [], columns: [] }, exportedAt: now.toISOString(), ...overrides };
}

/** Writes a plan to `dir/name` through the app's streaming writer; resolves once the file is closed. */
export async function writePlanFile(plan: WorkbookPlan, dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  const stream = createWriteStream(file);
  const closed = new Promise<void>((resolve, reject) => stream.on('close', () => resolve()).on('error', reject));
  await writeWorkbook(plan, stream);
  await closed;
  return file;
}

export async function readWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}
