import { COPY_NUMBER_FORMATS, type CopyNumberFormat } from '@shared/workspace/workspace-schema';
import { useCrosscheckStore } from '../../store/store';
import { Modal } from './Modal';
import { ToleranceField } from './ToleranceField';

const COPY_CHOICES: Record<CopyNumberFormat, { readonly label: string; readonly example: string }> = {
  'display-scale': { label: 'In the row’s display scale', example: '83.6 under “Cash reserves (USD B)”, 22 for 22%' },
  full: { label: 'As full values', example: '83600000000, and 0.22 for 22%' },
};

/** Edit › Settings: choices kept in the workspace. */
export function SettingsDialog({ onClose }: { readonly onClose: () => void }) {
  const copyNumbers = useCrosscheckStore((state) => state.workspace.settings.copyNumbers);
  const setCopyNumbers = useCrosscheckStore((state) => state.setCopyNumbers);
  return (
    <Modal title="Settings" onClose={onClose} testId="settings">
      <ToleranceField />
      <fieldset className="field">
        <legend>Copied and pasted numbers</legend>
        {COPY_NUMBER_FORMATS.map((format) => (
          <label key={format} className="radio">
            <input type="radio" name="copy-numbers" value={format} checked={copyNumbers === format} onChange={() => setCopyNumbers(format)} />
            {COPY_CHOICES[format].label} <span className="muted">({COPY_CHOICES[format].example})</span>
          </label>
        ))}
      </fieldset>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
