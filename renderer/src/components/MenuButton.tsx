import { useRef, type ReactNode } from 'react';

export interface MenuEntry {
  readonly label: string;
  readonly keys?: string;
  readonly run: () => void;
  /** A choice among several (View › Group rows): shown with a check mark when chosen. */
  readonly isChecked?: boolean;
}

/** A toolbar menu on <details>: a click outside or Escape closes it, as every menu should. */
export function MenuButton({ label, entries, children }: { readonly label: string; readonly entries: readonly (MenuEntry | 'separator')[]; readonly children?: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => menu.current?.removeAttribute('open');
  return (
    <details
      className="menu"
      ref={menu}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        close();
        menu.current?.querySelector('summary')?.focus();
      }}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node) || !menu.current?.contains(event.relatedTarget)) close();
      }}
    >
      <summary>{label}</summary>
      <ul role="menu" aria-label={label}>
        {entries.map((entry, index) =>
          entry === 'separator' ? (
            <li key={`separator-${index}`} role="separator" className="menu-separator" />
          ) : (
            <li role="none" key={entry.label}>
              <button
                type="button"
                role={entry.isChecked === undefined ? 'menuitem' : 'menuitemradio'}
                aria-checked={entry.isChecked}
                onClick={() => {
                  close();
                  entry.run();
                }}
              >
                {entry.isChecked !== undefined && <span className="menu-check">{entry.isChecked ? '✓' : ''}</span>}
                {entry.label} {entry.keys && <kbd>{entry.keys}</kbd>}
              </button>
            </li>
          ),
        )}
        {children}
      </ul>
    </details>
  );
}
