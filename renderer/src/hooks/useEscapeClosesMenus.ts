import { useEffect } from 'react';
import { useCrosscheckStore } from '../store/store';

/**
 * Escape closes an open menu wherever focus is: a toolbar menu opened by a click keeps focus
 * on its button only in some browsers, and the grid's context menu may have lost focus to the
 * page. Focus goes back to the menu's button, where the keyboard user left it.
 */
export function useEscapeClosesMenus(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      for (const menu of document.querySelectorAll<HTMLDetailsElement>('details.menu[open]')) {
        const hadFocus = menu.contains(document.activeElement);
        menu.removeAttribute('open');
        if (hadFocus) menu.querySelector('summary')?.focus();
      }
      useCrosscheckStore.getState().closeContextMenu();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
