import { useDocumentTitle } from '../hooks/useDocumentTitle';

/** Keeps the window title; renders nothing, so its re-render on every edit costs nothing. */
export function DocumentTitle() {
  useDocumentTitle();
  return null;
}
