/** Why a report cannot be shared under a profile; says what to do. Never quotes the report. */
export class SharingRefusal extends Error {
  constructor(
    readonly reason: string,
    readonly hint: string,
  ) {
    super(reason);
  }
}
