import { useEffect, useRef, useState } from 'react';
import { cellKey } from '@shared/workspace/workspace-schema';
import { useCrosscheckStore } from '../store/store';

/** A pause in typing this long commits the note, so it reaches the disk within a second. */
const COMMIT_AFTER_MS = 400;

/** The analyst's note on a cell: committed while typing (one undo step), on leaving the field, and on unmount. */
export function CellNote({ rowId, columnId }: { rowId: string; columnId: string }) {
  const saved = useCrosscheckStore((state) => state.workspace.notes[cellKey(rowId, columnId)]?.text ?? '');
  const setCellNote = useCrosscheckStore((state) => state.setCellNote);
  const [draft, setDraft] = useState(saved);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<string | null>(null);
  const lastCommitted = useRef(saved);

  const commit = () => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    lastCommitted.current = pending.current;
    setCellNote(rowId, columnId, pending.current);
    pending.current = null;
  };
  const commitRef = useRef(commit);
  commitRef.current = commit;

  // Undo or redo changed the note under the field: show it. Our own commits come back as `saved` too; those are not news.
  useEffect(() => {
    if (saved !== lastCommitted.current) {
      lastCommitted.current = saved;
      pending.current = null;
      setDraft(saved);
    }
  }, [saved]);
  // Whatever is still pending when the field goes away is committed, never dropped.
  useEffect(() => () => commitRef.current(), []);

  return (
    <label className="field cell-note">
      Note
      <textarea
        aria-label="Note on this cell"
        rows={2}
        value={draft}
        placeholder="Why this value? Source, reasoning…"
        onChange={(event) => {
          setDraft(event.target.value);
          pending.current = event.target.value;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commitRef.current(), COMMIT_AFTER_MS);
        }}
        onBlur={() => commit()}
      />
    </label>
  );
}
