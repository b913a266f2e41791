import { useCrosscheckStore } from '../store/store';

const INPUT_ID = 'excel-import-input';

/** Opens the file chooser for File › Import from Excel (the menu and the desktop menu both call this). */
export function chooseExcelFileToImport(): void {
  document.getElementById(INPUT_ID)?.click();
}

/** The hidden file input behind Import from Excel: the page reads the file and the main side parses it. */
export function ExcelImportInput() {
  const readImportFile = useCrosscheckStore((state) => state.readImportFile);
  return (
    <input
      id={INPUT_ID}
      data-testid="excel-import-input"
      type="file"
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      hidden
      onChange={(event) => {
        const file = event.target.files?.[0];
        // Cleared so choosing the same file again (after editing it) fires again.
        event.target.value = '';
        if (file) void readImportFile(file);
      }}
    />
  );
}
