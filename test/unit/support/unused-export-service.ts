import type { ExportService } from '../../../electron/excel/export-service';

/** For handler tests about other channels: any export call is a test mistake and fails loudly. */
export function unusedExportService(): ExportService {
  const fail = () => {
    throw new Error('This test does not expect an export.');
  };
  return { start: fail, status: fail, cancel: fail, settled: fail };
}
