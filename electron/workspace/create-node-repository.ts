import { hostname } from 'node:os';
import { nodeAtomicFs } from './node-atomic-fs';
import { isProcessAlive } from './process-alive';
import { createWorkspaceRepository, type WorkspaceRepository } from './workspace-repository';

/** The repository on the real file system, for this process. */
export function createNodeWorkspaceRepository(dir: string): WorkspaceRepository {
  return createWorkspaceRepository({ dir, fs: nodeAtomicFs, now: () => new Date(), pid: process.pid, hostname: hostname(), isProcessAlive });
}
