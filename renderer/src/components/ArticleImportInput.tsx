import { useCrosscheckStore } from '../store/store';

const INPUT_ID = 'article-import-input';

/** The kinds of file File › Import Article reads; anything else is refused with its name. */
export const ARTICLE_FILE_TYPES = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml'] as const;

/** Opens the file chooser for File › Import Article (the menu and the desktop menu both call this). */
export function chooseArticleFileToImport(): void {
  document.getElementById(INPUT_ID)?.click();
}

/** Whether a file's name says it is an article the import reads. */
export function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_FILE_TYPES.some((extension) => lower.endsWith(extension));
}

/** Reads an article file dropped or chosen, and hands its text to the store. */
export async function importArticleFile(file: File): Promise<void> {
  const { prepareArticle } = useCrosscheckStore.getState();
  if (!isArticleFileName(file.name)) {
    useCrosscheckStore.setState({
      articleImportError: `${file.name} is not an article file Crosscheck reads: choose plain text (.txt), Markdown (.md) or HTML (.html).`,
    });
    return;
  }
  await prepareArticle(file.name, await file.text(), 'file');
}

/** The hidden file input behind File › Import Article. */
export function ArticleImportInput() {
  return (
    <input
      id={INPUT_ID}
      data-testid="article-import-input"
      type="file"
      accept={ARTICLE_FILE_TYPES.join(',')}
      hidden
      onChange={(event) => {
        const file = event.target.files?.[0];
        // Cleared so choosing the same file again fires again.
        event.target.value = '';
        if (file) void importArticleFile(file);
      }}
    />
  );
}
