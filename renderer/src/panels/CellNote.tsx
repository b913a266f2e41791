import { useEffect, useState } from 'react';
import { cellKey } from '@shared/workspace/workspace-schema';
import { useCrosscheckStore } from '../store/store';

/** The analyst's note on a cell; saved when the field is left, like a spreadsheet comment. */
export function CellNote({ rowId, columnId }: { rowId: string; columnId: string }) {
  const saved = useCrosscheckStore((state) => state.workspace.notes[cellKey(rowId, columnId)]?.text ?? '');
  const setCellNote = useCrosscheckStore((state) => state.setCellNote);
  const [draft, setDraft] = useState(saved);
  // Undo, redo or another cell change the saved note under the field.
  useEffect(() => setDraft(saved), [saved]);
  return (
    <label className="field cell-note">
      Note
      <textarea
        aria-label="Note on this cell"
        rows={2}
        value={draft}
        placeholder="Why this value? Source, reasoning…"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => setCellNote(rowId, columnId, draft)}
      />
    </label>
  );
}
