import { cp, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleFile } from '@shared/domain/dataset-schema';
import { createDatasetSource, type StampedDatasetFs } from '../../electron/data/dataset-source';
import { nodeDatasetFs } from '../../electron/data/node-dataset-fs';
import { SEED_DIR } from './seed-data';
import { oneFigureArticleFile } from './support/article-file';

const DATA_DIR = '/data';
const TEXT = 'Revenue was $5 billion.';
const AS_WRITTEN = '$5 billion';

/** A valid article file whose one figure sits at the right offsets of `text`. */
function articleFile(title: string, text = TEXT): ArticleFile {
  return oneFigureArticleFile({ id: 'alpha', title, text, asWritten: AS_WRITTEN });
}

function fakeFs() {
  const files = new Map<string, string>([
    ['alpha.article.json', JSON.stringify(articleFile('First title'))],
    ['alpha.txt', TEXT],
  ]);
  const state = {
    files,
    stamp: 'v1',
    stampError: null as Error | null,
    listError: null as Error | null,
    reads: 0,
    lists: 0,
    stamps: 0,
  };
  const fs: StampedDatasetFs = {
    async listFiles(dir) {
      expect(dir).toBe(DATA_DIR);
      state.lists++;
      if (state.listError) throw state.listError;
      return [...files.keys()];
    },
    async readText(dir, name) {
      expect(dir).toBe(DATA_DIR);
      state.reads++;
      const text = files.get(name);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${name}`), { code: 'ENOENT' });
      return text;
    },
    async folderStamp(dir) {
      expect(dir).toBe(DATA_DIR);
      state.stamps++;
      if (state.stampError) throw state.stampError;
      return state.stamp;
    },
  };
  return { fs, state };
}

describe('createDatasetSource', () => {
  it('loads a valid article from the fake folder without problems', async () => {
    const { fs } = fakeFs();
    const snapshot = await createDatasetSource(DATA_DIR, fs)();
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.dataDir).toBe(DATA_DIR);
    expect(snapshot.articles.map((a) => [a.id, a.title, a.text])).toEqual([['alpha', 'First title', TEXT]]);
    expect(snapshot.figures.map((f) => f.id)).toEqual(['alpha-revenue']);
  });

  it('returns the very same snapshot while the stamp is unchanged, reading the files once', async () => {
    const { fs, state } = fakeFs();
    const source = createDatasetSource(DATA_DIR, fs);
    const first = await source();
    const readsAfterFirst = state.reads;
    expect(readsAfterFirst).toBe(2); // the article file and its text
    const second = await source();
    expect(second).toBe(first);
    expect(state.reads).toBe(readsAfterFirst);
    expect(state.lists).toBe(1);
    expect(state.stamps).toBe(2);
  });

  it('freezes the snapshot it shares', async () => {
    const { fs } = fakeFs();
    const snapshot = await createDatasetSource(DATA_DIR, fs)();
    expect(Object.isFrozen(snapshot)).toBe(true);
  });

  it('reads again and returns the new content when the stamp moves', async () => {
    const { fs, state } = fakeFs();
    const source = createDatasetSource(DATA_DIR, fs);
    const first = await source();
    expect(first.articles[0].title).toBe('First title');

    const newText = 'Revenue was $5 billion. Margins held.';
    state.files.set('alpha.article.json', JSON.stringify(articleFile('Second title', newText)));
    state.files.set('alpha.txt', newText);
    state.stamp = 'v2';

    const second = await source();
    expect(second).not.toBe(first);
    expect(second.problems).toEqual([]);
    expect(second.articles[0].title).toBe('Second title');
    expect(second.articles[0].text).toBe(newText);
    expect(state.reads).toBe(4);
    expect(Object.isFrozen(second)).toBe(true);
    // The old snapshot is left as it was.
    expect(first.articles[0].title).toBe('First title');

    // And the new one is kept while the stamp stays put.
    expect(await source()).toBe(second);
    expect(state.reads).toBe(4);
  });

  it("reports the loader's own problem every time when the stamp cannot be taken", async () => {
    const { fs, state } = fakeFs();
    state.stampError = new Error('EACCES: permission denied');
    state.listError = new Error('EACCES: permission denied');
    const source = createDatasetSource(DATA_DIR, fs);

    const first = await source();
    expect(first.articles).toEqual([]);
    expect(first.figures).toEqual([]);
    expect(first.problems).toHaveLength(1);
    expect(first.problems[0]).toMatchObject({ severity: 'error', file: DATA_DIR, location: null });
    expect(first.problems[0].message.startsWith('The data folder cannot be read')).toBe(true);
    expect(first.problems[0].message).toContain('EACCES: permission denied');

    // Nothing is cached: the loader is asked again.
    const second = await source();
    expect(state.lists).toBe(2);
    expect(second).not.toBe(first);
    expect(second.problems[0].message.startsWith('The data folder cannot be read')).toBe(true);
  });

  it('still loads the folder, uncached, when only the stamp fails', async () => {
    const { fs, state } = fakeFs();
    state.stampError = new Error('stat failed');
    const source = createDatasetSource(DATA_DIR, fs);
    const first = await source();
    expect(first.problems).toEqual([]);
    expect(first.articles.map((a) => a.id)).toEqual(['alpha']);
    await source();
    expect(state.reads).toBe(4);
  });

  it('shares one read between two concurrent calls', async () => {
    const { fs, state } = fakeFs();
    const source = createDatasetSource(DATA_DIR, fs);
    const [a, b] = await Promise.all([source(), source()]);
    expect(a).toBe(b);
    expect(state.lists).toBe(1);
    expect(state.reads).toBe(2);
    expect(a.articles.map((x) => x.id)).toEqual(['alpha']);
  });
});

describe('createDatasetSource with nodeDatasetFs', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'crosscheck-dataset-source-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('keeps the snapshot until a file in the folder changes', async () => {
    const dataDir = path.join(root, 'data');
    await cp(SEED_DIR, dataDir, { recursive: true });
    const textName = 'ev-stake-ai-surge-2024.txt';
    const textPath = path.join(dataDir, textName);
    await utimes(textPath, new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));

    const source = createDatasetSource(dataDir, nodeDatasetFs);
    const first = await source();
    expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(first.articles.length).toBeGreaterThan(0);
    expect(await source()).toBe(first);

    // Appending keeps every recorded offset valid, and the mtime is set, not left to the clock.
    const appended = '\nA line added for the test.';
    const original = await readFile(textPath, 'utf8');
    await writeFile(textPath, original + appended);
    await utimes(textPath, new Date('2021-06-01T00:00:00Z'), new Date('2021-06-01T00:00:00Z'));

    const second = await source();
    expect(second).not.toBe(first);
    const article = second.articles.find((a) => a.textFile === textName);
    expect(article?.text).toBe(original + appended);
    expect(first.articles.find((a) => a.textFile === textName)?.text).toBe(original);
    expect(await source()).toBe(second);
  });
});
