import { clearSelection, copyPayload, pasteData } from '../grid-commands';

/**
 * Ctrl/Cmd+C, X and V on the grid, through the browser's own clipboard events: their data is
 * the clipboard itself (TSV and an HTML table both ways), with no permission to ask, and the
 * desktop menu's Copy, Cut and Paste roles raise the same events. A text field keeps its own.
 */
function isForGrid(container: HTMLElement, event: ClipboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : document.activeElement;
  if (!target || target.closest('input, textarea, select, [contenteditable="true"]')) return false;
  return container.contains(target);
}

export function attachClipboardEvents(container: HTMLElement): () => void {
  const onCopy = (event: ClipboardEvent) => {
    if (!isForGrid(container, event) || !event.clipboardData) return;
    const payload = copyPayload(false);
    if (!payload) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', payload.text);
    event.clipboardData.setData('text/html', payload.html);
    if (event.type === 'cut') clearSelection('Cut');
  };
  const onPaste = (event: ClipboardEvent) => {
    if (!isForGrid(container, event) || !event.clipboardData) return;
    event.preventDefault();
    pasteData({ text: event.clipboardData.getData('text/plain'), html: event.clipboardData.getData('text/html') });
  };
  document.addEventListener('copy', onCopy);
  document.addEventListener('cut', onCopy);
  document.addEventListener('paste', onPaste);
  return () => {
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('cut', onCopy);
    document.removeEventListener('paste', onPaste);
  };
}
