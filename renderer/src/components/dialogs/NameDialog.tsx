import { useState } from 'react';
import { Modal } from './Modal';

interface NameDialogProps {
  readonly title: string;
  readonly label: string;
  readonly initial: string;
  readonly confirm: string;
  /** Resolves to an error message to show, or null when done. */
  readonly onSubmit: (name: string) => Promise<string | null> | string | null;
  readonly onClose: () => void;
}

/** Asks for one name: a new workspace, Save As, a new or renamed scenario. */
export function NameDialog({ title, label, initial, confirm, onSubmit, onClose }: NameDialogProps) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal title={title} onClose={onClose} testId="name-dialog">
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const message = await onSubmit(name.trim());
          if (message) setError(message);
          else onClose();
        }}
      >
        <label className="field">
          {label}
          <input value={name} onChange={(event) => setName(event.target.value)} aria-label={label} />
        </label>
        {error && <p className="form-error" role="alert">{error}</p>}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" disabled={!name.trim()}>{confirm}</button>
        </div>
      </form>
    </Modal>
  );
}
