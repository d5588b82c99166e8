/**
 * Tend's log: a file in the user data folder (logs/tend.log, rotated to tend.old.log at 1 MB), written
 * with electron-log's Node logger. That one registers no IPC channels (the Electron flavour would give
 * every page a way to write into the log) and has no network transport switched on; we switch off the
 * ones that exist anyway. Logging never throws: a log that cannot be written is not worth a crash.
 */
import nodeLog from 'electron-log/node';
import { join } from 'node:path';

/** What the adapters log through. */
export interface Logger {
  info(message: string, ...data: unknown[]): void;
  warn(message: string, ...data: unknown[]): void;
  error(message: string, ...data: unknown[]): void;
}

interface FileLoggerOptions {
  /** The folder for tend.log (usually app.getPath('logs') or userData/logs). */
  dir: string;
  /** Rotate when the file grows past this many bytes. */
  maxBytes?: number;
  /** Also write to the console (development). */
  console?: boolean;
}

/** The log file's path for a given folder. */
export function logFilePath(dir: string): string {
  return join(dir, 'tend.log');
}

/** A logger writing to a rotating file in `dir`. */
export function createFileLogger(options: FileLoggerOptions): Logger {
  const log = nodeLog.create({ logId: 'tend' });
  const path = logFilePath(options.dir);
  log.transports.file.resolvePathFn = () => path;
  log.transports.file.maxSize = options.maxBytes ?? 1024 * 1024;
  log.transports.file.level = 'info';
  log.transports.console.level = options.console ? 'info' : false;
  // electron-log reports its own file errors straight to a console transport, past its level, and
  // through the default logger that first set up the shared file registry.
  if (!options.console) {
    log.transports.console.writeFn = () => {};
    nodeLog.transports.console.writeFn = () => {};
  }
  // Off whatever the environment: no network, no pages. (Outside Electron the ipc transport is absent.)
  for (const name of ['remote', 'ipc']) {
    const transport = log.transports[name];
    if (transport) transport.level = false;
  }
  const safely =
    (write: (...params: unknown[]) => void) =>
    (message: string, ...data: unknown[]): void => {
      try {
        write(message, ...data);
      } catch {
        // Nowhere left to report to.
      }
    };
  return {
    info: safely((...params) => log.info(...params)),
    warn: safely((...params) => log.warn(...params)),
    error: safely((...params) => log.error(...params)),
  };
}

/** A logger that drops everything (tests, or before the user data folder is known). */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
