/**
 * A problem with the input or the command line, told to the editor on one
 * line (`file: problem`) like the build's ContentError, without a stack
 * trace: the importer's code is not where the fix is.
 */
export class ImportError extends Error {
  constructor(
    readonly subject: string,
    readonly problem: string,
  ) {
    super(`${subject}: ${problem}`);
    this.name = 'ImportError';
    if (!process.env.DEBUG) this.stack = '';
  }
}
