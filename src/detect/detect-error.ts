/** Input or setup that makes a detection run impossible: one line for the user, exit code 2. */
export class DetectError extends Error {}
