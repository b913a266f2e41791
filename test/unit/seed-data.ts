import path from 'node:path';
import type { Figure } from '@shared/domain/dataset-schema';
import type { DatasetSnapshot } from '@shared/ipc/contract';
import { loadDataset } from '../../electron/data/load-dataset';
import { nodeDatasetFs } from '../../electron/data/node-dataset-fs';

/** The dataset that ships with the app, read from disk the way the main process reads it. */
export const SEED_DIR = path.resolve(import.meta.dirname, '..', '..', 'electron', 'seed-data');

export const loadSeedDataset = (): Promise<DatasetSnapshot> => loadDataset(SEED_DIR, nodeDatasetFs);

export function figureById(snapshot: DatasetSnapshot, id: string): Figure {
  const figure = snapshot.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`the seed dataset has no figure "${id}"`);
  return figure;
}
