import { useState } from 'react';
import { useCrosscheckStore } from '../../store/store';
import { Modal } from './Modal';

/** File › Paste Article: text copied from a page or a PDF, read as HTML, Markdown or text by its content. */
export function PasteArticleDialog({ onClose }: { readonly onClose: () => void }) {
  const prepareArticle = useCrosscheckStore((state) => state.prepareArticle);
  const isPreparing = useCrosscheckStore((state) => state.articleImportState === 'preparing');
  const [text, setText] = useState('');
  return (
    <Modal title="Paste an article" onClose={onClose} testId="paste-article-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void prepareArticle('pasted text', text, 'paste');
        }}
      >
        <label className="field">
          The article’s text
          <textarea className="paste-article-text" value={text} onChange={(event) => setText(event.target.value)} rows={14} aria-label="The article’s text" />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>Cancel</button>
          <button type="submit" disabled={!text.trim() || isPreparing}>{isPreparing ? 'Reading…' : 'Find figures'}</button>
        </div>
      </form>
    </Modal>
  );
}
