import { config, type AppConfig } from "../config";
import { LocalDiskStorage } from "./local-disk";
import { s3StorageFromConfig } from "./s3";
import type { ObjectStorage } from "./types";

export * from "./errors";
export { readObjectBytes } from "./read-object";
export type { ByteRange, GetResult, ObjectInfo, ObjectStorage, PutBody, PutOptions } from "./types";

/** S3 when S3_BUCKET is set (many instances share it), else files under DATA_DIR/objects. */
export function createStorage(cfg: AppConfig): ObjectStorage {
  return cfg.S3_BUCKET ? s3StorageFromConfig(cfg) : new LocalDiskStorage(cfg.objectsDir);
}

let instance: ObjectStorage | undefined;

/** One store per process: the S3 client keeps a connection pool worth sharing. */
export function getStorage(): ObjectStorage {
  instance ??= createStorage(config());
  return instance;
}

/** Tests change the environment between cases; let them drop the instance (with resetConfigForTests). */
export function resetStorageForTests(): void {
  instance = undefined;
}
