import { GRID_COMMANDS, MODIFIER } from '../grid/grid-command-table';
import { useCrosscheckStore } from '../store/store';
import { MenuButton, type MenuEntry } from './MenuButton';

const command = (entry: { readonly label: string; readonly keys: string; readonly run: () => void }): MenuEntry => entry;

/** Edit: undo, the clipboard, fill and clear on the selected cells, rows of your own, FX rates and Settings. */
export function EditMenu() {
  const undo = useCrosscheckStore((state) => state.undo);
  const redo = useCrosscheckStore((state) => state.redo);
  const openDialog = useCrosscheckStore((state) => state.openDialog);
  return (
    <MenuButton
      label="Edit"
      entries={[
        { label: 'Undo', keys: `${MODIFIER}Z`, run: undo },
        { label: 'Redo', keys: MODIFIER === '⌘' ? '⌘Shift+Z' : 'Ctrl+Y', run: redo },
        'separator',
        command(GRID_COMMANDS.cut),
        command(GRID_COMMANDS.copy),
        command(GRID_COMMANDS.copyWithHeaders),
        command(GRID_COMMANDS.paste),
        'separator',
        command(GRID_COMMANDS.fillDown),
        command(GRID_COMMANDS.fillRight),
        command(GRID_COMMANDS.clear),
        command(GRID_COMMANDS.selectAll),
        'separator',
        { label: 'Add row…', run: () => openDialog('add-row') },
        { label: 'FX rates…', run: () => openDialog('fx-rates') },
        { label: 'Settings…', run: () => openDialog('settings') },
      ]}
    />
  );
}
