import { ArticleFileSchema, type Article, type Figure } from '@shared/domain/dataset-schema';
import { formatIssuePath } from '@shared/domain/issue-path';
import type { DataProblem, DatasetSnapshot } from '@shared/ipc/contract';
import { describeJsonSyntaxError } from './json-location';

/** The file system calls the loader needs, passed in so tests can feed it anything. */
export interface DatasetFs {
  listFiles(dir: string): Promise<string[]>;
  readText(dir: string, name: string): Promise<string>;
}

export const ARTICLE_FILE_SUFFIX = '.article.json';

/**
 * Loads every `*.article.json` in the data folder with the text file it names. A file that
 * cannot be read, parsed or validated is reported as a problem and left out; the others
 * still load, so one broken file never takes the app down with it.
 */
export async function loadDataset(dataDir: string, fs: DatasetFs): Promise<DatasetSnapshot> {
  const problems: DataProblem[] = [];
  const articles: Article[] = [];
  const figures: Figure[] = [];
  let names: string[];
  try {
    names = (await fs.listFiles(dataDir)).filter((name) => name.endsWith(ARTICLE_FILE_SUFFIX)).sort();
  } catch (error) {
    problems.push({ severity: 'error', file: dataDir, location: null, message: `The data folder cannot be read: ${messageOf(error)}` });
    return { articles, figures, problems, dataDir };
  }
  if (names.length === 0) {
    problems.push({ severity: 'error', file: dataDir, location: null, message: `No *${ARTICLE_FILE_SUFFIX} files in the data folder.` });
  }
  const seenFigureIds = new Map<string, string>();
  const seenArticleIds = new Map<string, string>();
  for (const name of names) {
    const loaded = await loadArticleFile(dataDir, name, fs, problems);
    if (!loaded) continue;
    const clash = seenArticleIds.get(loaded.article.id);
    if (clash) {
      problems.push({ severity: 'error', file: name, location: 'article.id', message: `Article id "${loaded.article.id}" is already used by ${clash}; this file was not loaded.` });
      continue;
    }
    const figureClash = loaded.figures.find((figure) => seenFigureIds.has(figure.id));
    if (figureClash) {
      const index = loaded.figures.indexOf(figureClash);
      problems.push({ severity: 'error', file: name, location: `figures[${index}].id`, message: `Figure id "${figureClash.id}" is already used by ${seenFigureIds.get(figureClash.id)}; this file was not loaded.` });
      continue;
    }
    seenArticleIds.set(loaded.article.id, name);
    for (const figure of loaded.figures) seenFigureIds.set(figure.id, name);
    articles.push(loaded.article);
    figures.push(...loaded.figures);
  }
  return { articles, figures, problems, dataDir };
}

async function loadArticleFile(dataDir: string, name: string, fs: DatasetFs, problems: DataProblem[]) {
  const fail = (location: string | null, message: string) => {
    problems.push({ severity: 'error', file: name, location, message: `${message} This file was not loaded.` });
    return null;
  };
  let raw: string;
  try {
    raw = await fs.readText(dataDir, name);
  } catch (error) {
    return fail(null, `The file cannot be read: ${messageOf(error)}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const { location, message } = describeJsonSyntaxError(raw, error);
    return fail(location, `${message}.`);
  }
  const parsed = ArticleFileSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ severity: 'error', file: name, location: formatIssuePath(issue.path) || null, message: `${issue.message}.` });
    }
    return fail(null, `${parsed.error.issues.length} schema problem(s) above.`);
  }
  const { article: meta, figures } = parsed.data;
  let text: string;
  try {
    text = await fs.readText(dataDir, meta.textFile);
  } catch (error) {
    return fail('article.textFile', `The article text ${meta.textFile} cannot be read: ${messageOf(error)}.`);
  }
  figures.forEach((figure, index) => {
    for (const key of ['quote', 'asWritten'] as const) {
      const span = figure[key];
      if (text.slice(span.start, span.end) !== span.text) {
        problems.push({
          severity: 'warning',
          file: name,
          location: `figures[${index}].${key}`,
          message: `The ${key === 'quote' ? 'quote' : 'figure text'} of ${figure.id} is not at characters ${span.start}-${span.end} of ${meta.textFile}; check it against the article.`,
        });
      }
    }
  });
  return { article: { ...meta, text }, figures };
}

function messageOf(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && error.code === 'ENOENT') return 'file not found';
  return error instanceof Error ? error.message : String(error);
}
