/** A build that cannot finish for a reason that is not one document's fault: nothing is written. */
export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BuildError";
  }
}
