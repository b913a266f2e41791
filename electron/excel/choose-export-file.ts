import { dialog, type BrowserWindow } from 'electron';

/** The desktop's save dialog for a workbook; it asks before replacing a file. Null when cancelled. */
export async function chooseExportFile(window: BrowserWindow | null, suggestedPath: string): Promise<string | null> {
  const options = { title: 'Export to Excel', defaultPath: suggestedPath, filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
