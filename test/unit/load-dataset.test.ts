import { describe, expect, it } from 'vitest';
import type { ArticleFile } from '@shared/domain/dataset-schema';
import type { DataProblem } from '@shared/ipc/contract';
import { loadDataset, type DatasetFs } from '../../electron/data/load-dataset';
import { oneFigureArticleFile } from './support/article-file';

const DATA_DIR = '/data';

/** An in-memory data folder. A missing file fails the way node's fs does, with code ENOENT. */
function fakeFs(files: Record<string, string>): DatasetFs {
  return {
    listFiles: async (dir) => {
      expect(dir).toBe(DATA_DIR);
      return Object.keys(files);
    },
    readText: async (dir, name) => {
      expect(dir).toBe(DATA_DIR);
      const text = files[name];
      if (text === undefined) {
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${dir}/${name}'`), { code: 'ENOENT' });
      }
      return text;
    },
  };
}

const TEXT = 'Acme said revenue rose to $5 billion last year. Margins held.';
const QUOTE = 'Acme said revenue rose to $5 billion last year.';
const AS_WRITTEN = '$5 billion';

/** A valid article file whose one figure sits at the right offsets of TEXT. */
function articleFile(id: string, changes: { figureId?: string; textFile?: string } = {}): ArticleFile {
  return oneFigureArticleFile({ id, text: TEXT, asWritten: AS_WRITTEN, ...changes });
}

/** The file as JSON, with the first figure changed by `edit` (which may make it invalid). */
function withFigure(id: string, edit: (figure: Record<string, unknown>) => void): string {
  const file = articleFile(id);
  const figure: Record<string, unknown> = { ...file.figures[0] };
  edit(figure);
  return JSON.stringify({ ...file, figures: [figure] }, null, 2);
}

function goodFiles(id: string): Record<string, string> {
  return { [`${id}.article.json`]: JSON.stringify(articleFile(id), null, 2), [`${id}.txt`]: TEXT };
}

const errorsOf = (problems: readonly DataProblem[]) => problems.filter((p) => p.severity === 'error');

describe('loadDataset', () => {
  it('loads a good article with its text and figures, and no problems', async () => {
    const snapshot = await loadDataset(DATA_DIR, fakeFs(goodFiles('alpha')));
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.dataDir).toBe(DATA_DIR);
    expect(snapshot.articles).toHaveLength(1);
    expect(snapshot.articles[0]).toMatchObject({ id: 'alpha', text: TEXT, textFile: 'alpha.txt' });
    expect(snapshot.figures.map((f) => f.id)).toEqual(['alpha-revenue']);
  });

  it('reports broken JSON with the file and its line and column', async () => {
    const broken = ['{', '  "schemaVersion": 1,', '  "article": {"id": "alpha" "title": "A"},', '  "figures": []', '}'].join(
      '\n',
    );
    // The comma is missing before "title" on line 3; V8 stops at that quote.
    const column = broken.split('\n')[2].indexOf('"title"') + 1;
    const snapshot = await loadDataset(DATA_DIR, fakeFs({ 'alpha.article.json': broken, 'alpha.txt': TEXT }));
    expect(snapshot.problems).toHaveLength(1);
    const [problem] = snapshot.problems;
    expect(problem.severity).toBe('error');
    expect(problem.file).toBe('alpha.article.json');
    expect(problem.location).toBe(`line 3, column ${column}`);
    expect(column).toBe(29);
    expect(problem.message).toMatch(/^Not valid JSON: /);
    expect(problem.message).toContain('This file was not loaded.');
    expect(snapshot.articles).toEqual([]);
    expect(snapshot.figures).toEqual([]);
  });

  it('reports a truncated file as not valid JSON, at its last line', async () => {
    const full = JSON.stringify(articleFile('alpha'), null, 2);
    const truncated = full.slice(0, full.indexOf('"figures"') + '"figures": [\n    {\n      "id": "alp'.length);
    const lastLine = truncated.split('\n').length;
    const snapshot = await loadDataset(DATA_DIR, fakeFs({ 'alpha.article.json': truncated, 'alpha.txt': TEXT }));
    expect(snapshot.problems).toHaveLength(1);
    const [problem] = snapshot.problems;
    expect(problem).toMatchObject({ severity: 'error', file: 'alpha.article.json' });
    expect(problem.location).toMatch(new RegExp(`^line ${lastLine}, column \\d+$`));
    expect(problem.message).toMatch(/^Not valid JSON: /);
    expect(snapshot.articles).toEqual([]);
  });

  it('reports an empty file as ending before the JSON is complete', async () => {
    const snapshot = await loadDataset(DATA_DIR, fakeFs({ 'alpha.article.json': '', 'alpha.txt': TEXT }));
    expect(snapshot.problems).toHaveLength(1);
    const [problem] = snapshot.problems;
    expect(problem).toMatchObject({ severity: 'error', file: 'alpha.article.json', location: 'line 1, column 1' });
    expect(problem.message).toBe('The file ends before the JSON is complete (is it truncated?). This file was not loaded.');
    expect(snapshot.articles).toEqual([]);
  });

  it('reports a schema error at its path: a string where figures[0].value needs a number', async () => {
    const json = withFigure('alpha', (figure) => {
      figure.value = '5 billion';
    });
    const snapshot = await loadDataset(DATA_DIR, fakeFs({ 'alpha.article.json': json, 'alpha.txt': TEXT }));
    const problem = snapshot.problems.find((p) => p.location === 'figures[0].value');
    expect(problem).toBeDefined();
    expect(problem?.severity).toBe('error');
    expect(problem?.file).toBe('alpha.article.json');
    expect(problem?.message).toMatch(/number/);
    expect(snapshot.problems).toContainEqual({
      severity: 'error',
      file: 'alpha.article.json',
      location: null,
      message: '1 schema problem(s) above. This file was not loaded.',
    });
    expect(snapshot.articles).toEqual([]);
    expect(snapshot.figures).toEqual([]);
  });

  it('refuses a currency the app does not know', async () => {
    const json = withFigure('alpha', (figure) => {
      figure.currency = 'GBP';
    });
    const snapshot = await loadDataset(DATA_DIR, fakeFs({ 'alpha.article.json': json, 'alpha.txt': TEXT }));
    const problem = snapshot.problems.find((p) => p.location === 'figures[0].currency');
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toMatch(/USD/);
    expect(snapshot.articles).toEqual([]);
  });

  it('refuses a currency figure with no currency', async () => {
    const json = withFigure('alpha', (figure) => {
      figure.currency = null;
    });
    const snapshot = await loadDataset(DATA_DIR, fakeFs({ 'alpha.article.json': json, 'alpha.txt': TEXT }));
    expect(snapshot.problems).toContainEqual({
      severity: 'error',
      file: 'alpha.article.json',
      location: 'figures[0].currency',
      message: 'a currency code is required exactly when unit is "currency".',
    });
    expect(snapshot.articles).toEqual([]);
  });

  it('refuses a figure that names another article', async () => {
    const json = withFigure('alpha', (figure) => {
      figure.articleId = 'beta';
    });
    const snapshot = await loadDataset(DATA_DIR, fakeFs({ 'alpha.article.json': json, 'alpha.txt': TEXT }));
    expect(snapshot.problems).toContainEqual({
      severity: 'error',
      file: 'alpha.article.json',
      location: 'figures[0].articleId',
      message: 'must be "alpha", the id of this file\'s article.',
    });
    expect(snapshot.figures).toEqual([]);
  });

  it('refuses an article whose text file is missing', async () => {
    const files = goodFiles('alpha');
    delete files['alpha.txt'];
    const snapshot = await loadDataset(DATA_DIR, fakeFs(files));
    expect(snapshot.problems).toEqual([
      {
        severity: 'error',
        file: 'alpha.article.json',
        location: 'article.textFile',
        message: 'The article text alpha.txt cannot be read: file not found. This file was not loaded.',
      },
    ]);
    expect(snapshot.articles).toEqual([]);
  });

  it('warns about a quote not found at its offsets, and still loads the figure', async () => {
    const json = withFigure('alpha', (figure) => {
      // Same length, so the schema's offset arithmetic still holds; only the text differs.
      figure.quote = { start: 0, end: QUOTE.length, text: QUOTE.replace('Acme', 'Ajax') };
    });
    const snapshot = await loadDataset(DATA_DIR, fakeFs({ 'alpha.article.json': json, 'alpha.txt': TEXT }));
    expect(snapshot.problems).toHaveLength(1);
    expect(snapshot.problems[0]).toMatchObject({
      severity: 'warning',
      file: 'alpha.article.json',
      location: 'figures[0].quote',
    });
    expect(snapshot.problems[0].message).toContain('alpha-revenue');
    expect(snapshot.problems[0].message).toContain(`0-${QUOTE.length}`);
    expect(errorsOf(snapshot.problems)).toEqual([]);
    expect(snapshot.figures.map((f) => f.id)).toEqual(['alpha-revenue']);
    expect(snapshot.articles.map((a) => a.id)).toEqual(['alpha']);
  });

  it('warns about an as-written figure moved off its offsets', async () => {
    const json = withFigure('alpha', (figure) => {
      figure.asWritten = { start: 1, end: 1 + AS_WRITTEN.length, text: AS_WRITTEN };
    });
    const snapshot = await loadDataset(DATA_DIR, fakeFs({ 'alpha.article.json': json, 'alpha.txt': TEXT }));
    expect(snapshot.problems.map((p) => [p.severity, p.location])).toEqual([['warning', 'figures[0].asWritten']]);
    expect(snapshot.figures).toHaveLength(1);
  });

  it('still loads a good file beside a broken one', async () => {
    const files = { ...goodFiles('good'), 'broken.article.json': '{ "schemaVersion": 1,, }', 'broken.txt': TEXT };
    const snapshot = await loadDataset(DATA_DIR, fakeFs(files));
    expect(snapshot.problems).toHaveLength(1);
    expect(snapshot.problems[0]).toMatchObject({ severity: 'error', file: 'broken.article.json', location: 'line 1, column 22' });
    expect(snapshot.articles.map((a) => a.id)).toEqual(['good']);
    expect(snapshot.figures.map((f) => f.id)).toEqual(['good-revenue']);
  });

  it('reports an empty folder as an error', async () => {
    const snapshot = await loadDataset(DATA_DIR, fakeFs({ 'notes.txt': 'not an article' }));
    expect(snapshot.problems).toEqual([
      { severity: 'error', file: DATA_DIR, location: null, message: 'No *.article.json files in the data folder.' },
    ]);
    expect(snapshot.articles).toEqual([]);
  });

  it('reports a folder that cannot be read', async () => {
    const fs: DatasetFs = {
      listFiles: async () => {
        throw new Error('permission denied');
      },
      readText: async () => '',
    };
    const snapshot = await loadDataset(DATA_DIR, fs);
    expect(snapshot.problems).toEqual([
      { severity: 'error', file: DATA_DIR, location: null, message: 'The data folder cannot be read: permission denied' },
    ]);
  });

  it('refuses the second of two files that use the same article id', async () => {
    const files = {
      'a-first.article.json': JSON.stringify(articleFile('alpha', { figureId: 'first-revenue', textFile: 'first.txt' })),
      'b-second.article.json': JSON.stringify(articleFile('alpha', { figureId: 'second-revenue', textFile: 'second.txt' })),
      'first.txt': TEXT,
      'second.txt': TEXT,
    };
    const snapshot = await loadDataset(DATA_DIR, fakeFs(files));
    expect(snapshot.problems).toEqual([
      {
        severity: 'error',
        file: 'b-second.article.json',
        location: 'article.id',
        message: 'Article id "alpha" is already used by a-first.article.json; this file was not loaded.',
      },
    ]);
    expect(snapshot.articles).toHaveLength(1);
    expect(snapshot.articles[0].textFile).toBe('first.txt');
    expect(snapshot.figures.map((f) => f.id)).toEqual(['first-revenue']);
  });

  it('refuses a second file that reuses a figure id', async () => {
    const files = {
      ...goodFiles('alpha'),
      'beta.article.json': JSON.stringify(articleFile('beta', { figureId: 'alpha-revenue' })),
      'beta.txt': TEXT,
    };
    const snapshot = await loadDataset(DATA_DIR, fakeFs(files));
    expect(snapshot.problems).toEqual([
      {
        severity: 'error',
        file: 'beta.article.json',
        location: 'figures[0].id',
        message: 'Figure id "alpha-revenue" is already used by alpha.article.json; this file was not loaded.',
      },
    ]);
    expect(snapshot.articles.map((a) => a.id)).toEqual(['alpha']);
  });
});

describe('a figure whose unit does not fit its catalogued metric', () => {
  it('is refused with the metric and both units named', async () => {
    const files = { ...goodFiles('alpha'), 'alpha.article.json': withFigure('alpha', (figure) => { figure.unit = 'percent'; figure.currency = null; }) };
    const snapshot = await loadDataset(DATA_DIR, fakeFs(files));
    expect(snapshot.figures).toHaveLength(0);
    expect(errorsOf(snapshot.problems).map((problem) => [problem.location, problem.message])).toContainEqual([
      'figures[0].unit',
      'metric "revenue" is measured in currency, not percent.',
    ]);
  });
});
