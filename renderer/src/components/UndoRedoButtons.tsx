import { useCrosscheckStore } from '../store/store';

export function UndoRedoButtons() {
  const undoLabel = useCrosscheckStore((state) => state.undoStack.at(-1)?.label ?? null);
  const redoLabel = useCrosscheckStore((state) => state.redoStack.at(-1)?.label ?? null);
  const undo = useCrosscheckStore((state) => state.undo);
  const redo = useCrosscheckStore((state) => state.redo);
  return (
    <span className="button-group">
      <button type="button" onClick={undo} disabled={!undoLabel} title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'} aria-label="Undo" className="icon-button">
        ↶
      </button>
      <button type="button" onClick={redo} disabled={!redoLabel} title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'} aria-label="Redo" className="icon-button">
        ↷
      </button>
    </span>
  );
}
