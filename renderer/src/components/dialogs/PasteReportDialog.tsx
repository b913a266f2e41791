import { useCrosscheckStore } from '../../store/store';
import { Modal } from './Modal';

/** How many refusals are listed one by one; the rest are counted. */
const LISTED = 200;

/**
 * Before a paste or fill that cannot write every cell: each cell left out, with the text and
 * why, and the choice to apply the rest or nothing. Nothing is applied until the analyst says.
 */
export function PasteReportDialog() {
  const plan = useCrosscheckStore((state) => state.pendingPlan);
  const resolve = useCrosscheckStore((state) => state.resolvePendingPlan);
  if (!plan) return null;
  const writable = plan.writes.length;
  const refused = plan.refusals.length;
  return (
    <Modal title={`${plan.label}: ${refused > 0 ? `${refused} cell${refused === 1 ? '' : 's'} cannot be written` : 'the block does not fit'}`} onClose={() => resolve(false)} testId="paste-report">
      {plan.overflow && <p className="banner banner-warning" data-testid="paste-overflow">{plan.overflow}</p>}
      {refused > 0 && (
        <div className="paste-refusals">
          <table>
            <thead>
              <tr>
                <th scope="col">Cell</th>
                <th scope="col">Text</th>
                <th scope="col">Why it is left out</th>
              </tr>
            </thead>
            <tbody>
              {plan.refusals.slice(0, LISTED).map((refusal) => (
                <tr key={`${refusal.cell.rowId}#${refusal.cell.colId}`} data-testid="paste-refusal">
                  <td>{refusal.place}</td>
                  <td>
                    <code>{refusal.text.length > 60 ? `${refusal.text.slice(0, 60)}…` : refusal.text}</code>
                  </td>
                  <td>{refusal.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {refused > LISTED && <p className="muted">…and {refused - LISTED} more.</p>}
        </div>
      )}
      <p>{writable > 0 ? `${writable} other cell${writable === 1 ? '' : 's'} can be written, as one undo step.` : 'No cell of this block can be written.'}</p>
      <div className="dialog-buttons">
        {writable > 0 && (
          <button type="button" className="primary" onClick={() => resolve(true)}>
            Apply the other {writable}
          </button>
        )}
        <button type="button" onClick={() => resolve(false)}>
          {writable > 0 ? 'Cancel' : 'Close'}
        </button>
      </div>
    </Modal>
  );
}
