/**
 * Shared output helpers for the command lines: JSON on stdout, one `error: <field>: <message>`
 * line per problem on stderr, exit status 2 on bad input, and never a stack trace.
 */

export interface CliProblem {
  field: string;
  message: string;
}

/** Exit status for bad input and for unexpected failures. */
export const EXIT_USAGE = 2;

/** One line per problem: `error: <field>: <message>` (a message spanning lines is joined). */
export function formatProblems(problems: readonly CliProblem[]): string {
  return problems.map((p) => `error: ${p.field}: ${p.message.replace(/\s*\n\s*/g, ' ')}\n`).join('');
}

/** Print the problems to stderr and exit with status 2. */
export function fail(problems: readonly CliProblem[]): never {
  const lines = problems.length > 0 ? problems : [{ field: 'input', message: 'invalid input' }];
  process.stderr.write(formatProblems(lines));
  process.exit(EXIT_USAGE);
}

/** Print a value as indented JSON to stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/**
 * Run a command's main function; any error it lets escape is printed as one
 * `error: internal: <message>` line (no stack trace) and the process exits with status 2.
 */
export function runCli(main: () => Promise<void> | void): void {
  const onError = (error: unknown): never => fail([{ field: 'internal', message: messageOf(error) }]);
  try {
    const result = main();
    if (result instanceof Promise) result.catch(onError);
  } catch (error) {
    onError(error);
  }
}
