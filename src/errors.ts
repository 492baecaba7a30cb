/**
 * Every error evenhand expects carries its exit code and a one-line message that says
 * what went wrong and where; only src/cli.ts turns them into output.
 */
export class EvenhandError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** A bad option or argument. */
export class UsageError extends EvenhandError {}

/** A file that cannot be read or is not text. */
export class InputError extends EvenhandError {}

/** A config file that cannot be parsed or names an unknown key. */
export class ConfigError extends EvenhandError {}

/**
 * The outcome of `check` when an article falls below a threshold: not a crash. Without a
 * message when the report has already said which and why.
 */
export class CheckFailed extends EvenhandError {
  constructor(message = '') {
    super(message, 1);
  }
}

/** An output file that cannot be written. */
export class OutputError extends EvenhandError {}

/**
 * A file-system error in a few words a user can act on. `missing` says what ENOENT means
 * here: a missing input file, or a missing folder for an output file.
 */
export function describeFsError(err: NodeJS.ErrnoException, missing = 'no such file'): string {
  switch (err.code) {
    case 'ENOENT':
      return missing;
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return err.message;
  }
}

/**
 * Some inputs could not be read; each was reported where it failed and the others were
 * still analysed and printed. Carries only the exit code: there is nothing more to say.
 */
export class InputsFailed extends EvenhandError {
  constructor() {
    super('', 2);
  }
}
