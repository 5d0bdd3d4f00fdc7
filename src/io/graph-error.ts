/** A graph file that cannot be used, with the file and the problem named. */
export class GraphFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "GraphFileError";
  }
}
