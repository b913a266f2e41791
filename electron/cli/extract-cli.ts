import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractFigures } from '@shared/extract/extract-figures';
import { prepareArticle } from '@shared/intake/prepare-article';
import { slugify } from '@shared/extract/words';

const USAGE = `Usage: npm run extract -- article.txt [--id slug]

Proposes the financial figures an article states, as the import dialog does, and prints them
as JSON: { "file", "articleId", "format", "candidates": [...] }. HTML and Markdown files
(.html, .htm, .md, .markdown) are first reduced to their article text, which is then printed
too as "text", because the candidates' offsets index into it. --id sets the article's slug
(lower-case words joined by hyphens); it defaults to one made from the file name.`;

const PREPARED_EXTENSIONS = /\.(?:html?|md|markdown)$/i;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "ev-stake-ai-surge-2024.txt" -> "ev-stake-ai-surge-2024"; a name with no letters or digits -> "article". */
function slugFromFileName(file: string): string {
  return slugify(path.basename(file).replace(/(?:\.article)?\.[^.]+$/, '')) || 'article';
}

const OPTIONS = { id: { type: 'string' }, help: { type: 'boolean' } } as const;
const readArgs = (argv: readonly string[]) => parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });

/** The command line's extraction, for checking the extractor on an article without the app. */
async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof readArgs>;
  try {
    parsed = readArgs(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(positionals.length === 0 ? USAGE : `Give one article file, not ${positionals.length}.\n\n${USAGE}`);
    return 2;
  }
  const file = positionals[0];
  const articleId = values.id ?? slugFromFileName(file);
  if (!SLUG.test(articleId)) {
    console.error(`--id must be lower-case words joined by hyphens (like "lenovo-q2-2024"), not “${articleId}”.`);
    return 2;
  }
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'there is no such file' : error instanceof Error ? error.message : String(error);
    console.error(`Cannot read ${file}: ${reason}.`);
    return 1;
  }
  // Plain text is read as it is, so offsets index the file itself; other formats are reduced to text first.
  const prepared = PREPARED_EXTENSIONS.test(file) ? prepareArticle(path.basename(file), content) : null;
  const text = prepared?.text ?? content;
  const output = {
    file,
    articleId,
    format: prepared?.format ?? 'text',
    ...(prepared ? { text } : {}),
    candidates: extractFigures(text, { articleId }),
  };
  console.log(JSON.stringify(output, null, 2));
  return 0;
}

// exitCode rather than exit(): a large JSON on a pipe is written in full before the process ends.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
