import { useCrosscheckStore } from '../store/store';
import { MenuButton } from './MenuButton';

/** Help: the keyboard map. */
export function HelpMenu() {
  const openDialog = useCrosscheckStore((state) => state.openDialog);
  return <MenuButton label="Help" entries={[{ label: 'Keyboard shortcuts…', run: () => openDialog('keyboard-map') }]} />;
}
