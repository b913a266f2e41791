import { useRef, type ReactNode } from 'react';

export interface MenuEntry {
  readonly label: string;
  readonly keys?: string;
  readonly run: () => void;
  /** A choice among several (View › Group rows): shown with a check mark when chosen. */
  readonly isChecked?: boolean;
  /** A check mark that turns something on or off on its own (View › Charts pane), not one choice among several. */
  readonly isToggle?: boolean;
  readonly isDisabled?: boolean;
  readonly title?: string;
}

interface MenuButtonProps {
  /** The menu's name, read by assistive technology; shown unless `summary` replaces it. */
  readonly label: string;
  readonly entries: readonly (MenuEntry | 'separator')[];
  readonly children?: ReactNode;
  /** What the button shows instead of the label, such as "⋯" for a small menu of actions. */
  readonly summary?: ReactNode;
  readonly title?: string;
}

/** A toolbar menu on <details>: a click outside or Escape closes it, as every menu should. */
export function MenuButton({ label, entries, children, summary, title }: MenuButtonProps) {
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
      <summary aria-label={summary === undefined ? undefined : label} title={title}>
        {summary ?? label}
      </summary>
      <ul role="menu" aria-label={label}>
        {entries.map((entry, index) =>
          entry === 'separator' ? (
            <li key={`separator-${index}`} role="separator" className="menu-separator" />
          ) : (
            <li role="none" key={entry.label}>
              <button
                type="button"
                role={entry.isChecked === undefined ? 'menuitem' : entry.isToggle ? 'menuitemcheckbox' : 'menuitemradio'}
                aria-checked={entry.isChecked}
                disabled={entry.isDisabled}
                title={entry.title}
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
