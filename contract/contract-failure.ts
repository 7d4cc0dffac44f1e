/**
 * A check that found the server breaking the contract. Its message is what the person running the
 * suite reads next to the check's name, so it says what was expected and what came instead.
 */
export class ContractFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractFailure';
  }
}

/** Fails the check unless `condition` holds. */
export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractFailure(message);
}
