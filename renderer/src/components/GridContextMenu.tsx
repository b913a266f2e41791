import { useEffect, useRef } from 'react';
import { GRID_COMMANDS, type GridCommand } from '../grid/grid-command-table';
import { useCrosscheckStore } from '../store/store';

const ITEMS: readonly (GridCommand | 'separator')[] = [
  GRID_COMMANDS.copy,
  GRID_COMMANDS.copyWithHeaders,
  GRID_COMMANDS.paste,
  'separator',
  GRID_COMMANDS.clear,
  GRID_COMMANDS.resetToSource,
  'separator',
  GRID_COMMANDS.addNote,
  GRID_COMMANDS.showSource,
];

/** Right-click, the context-menu key or Shift+F10 on a cell or range. Arrows move, Enter runs, Esc closes. */
export function GridContextMenu() {
  const at = useCrosscheckStore((state) => state.contextMenu);
  const close = useCrosscheckStore((state) => state.closeContextMenu);
  const menu = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (!at) return;
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const onOutside = (event: MouseEvent) => {
      if (!(event.target instanceof Node) || !menu.current?.contains(event.target)) close();
    };
    window.addEventListener('mousedown', onOutside, true);
    return () => window.removeEventListener('mousedown', onOutside, true);
  }, [at, close]);
  if (!at) return null;
  // Kept on screen near the right and bottom edges.
  const left = Math.min(at.x, window.innerWidth - 240);
  const top = Math.min(at.y, window.innerHeight - 300);
  const returnFocus = () => document.querySelector<HTMLElement>('.ag-cell-focus')?.focus();
  const onKeyDown = (event: React.KeyboardEvent) => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (event.key === 'Escape') {
      close();
      returnFocus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      buttons[(index + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <ul className="context-menu" role="menu" aria-label="Cell actions" ref={menu} style={{ left, top }} onKeyDown={onKeyDown} data-testid="context-menu">
      {ITEMS.map((item, index) =>
        item === 'separator' ? (
          <li key={`separator-${index}`} role="separator" className="menu-separator" />
        ) : (
          <li key={item.id} role="none">
            <button
              type="button"
              role="menuitem"
              onClick={() => {
                close();
                returnFocus();
                item.run();
              }}
            >
              <span>{item.label}</span>
              {item.keys && <kbd>{item.keys}</kbd>}
            </button>
          </li>
        ),
      )}
    </ul>
  );
}
