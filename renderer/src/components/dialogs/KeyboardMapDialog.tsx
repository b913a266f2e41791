import { GRID_COMMANDS, GRID_KEYS, MODIFIER } from '../../grid/grid-command-table';
import { Modal } from './Modal';

const APP_KEYS: readonly { readonly keys: string; readonly does: string }[] = [
  { keys: `${MODIFIER}S`, does: 'Save the workspace (File menu)' },
  { keys: `${MODIFIER}E`, does: 'Export to Excel (File menu)' },
];

/** Help › Keyboard shortcuts: every key of the grid and every command with its key and its menu. */
export function KeyboardMapDialog({ onClose }: { readonly onClose: () => void }) {
  const commands = Object.values(GRID_COMMANDS)
    .filter((command) => command.keys)
    .map((command) => ({ keys: command.keys, does: `${command.label} (Edit menu and the cell’s context menu)` }));
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} testId="keyboard-map">
      <table className="keyboard-map">
        <tbody>
          {[...GRID_KEYS, ...commands, ...APP_KEYS].map((entry) => (
            <tr key={entry.keys}>
              <th scope="row">
                <kbd>{entry.keys}</kbd>
              </th>
              <td>{entry.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
