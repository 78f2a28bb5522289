/**
 * Small-group protection for recipients whose profile demands it (the aggregate profile's k-anonymity): one record
 * alone cannot be weighed against its crowd, so the hub holds accepted submissions for such recipients and
 * releases them together — when `batchSize` are held or `windowSeconds` after the first was held — through the
 * anonymiser's own batch release (src/share/batch.ts), which generalises, suppresses or withholds whatever would
 * stand out in a group smaller than k. Each holder learns what became of its record; nothing is dropped unsaid.
 *
 * A held submission is not acknowledged until its batch was released and the server acknowledged the result, so a
 * hub that stops or dies with records held loses nothing: they come again and join a later batch.
 */
export interface BatchOptions {
  batchSize: number;
  windowMs: number;
}

/** Thrown to the holders of a batch the hub abandoned because it is stopping: their submissions come again. */
export class ReleaseAbandoned extends Error {
  constructor() {
    super('the hub stopped before the batch was released');
    this.name = 'ReleaseAbandoned';
  }
}

interface Waiter<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/** Collects items and hands them to `release` in batches; each `hold` resolves with its own item's result. */
export class BatchRelease<T, R> {
  private held: Waiter<T, R>[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly options: BatchOptions,
    private readonly release: (items: T[]) => Promise<R[]>,
  ) {}

  /** How many items wait for the next release. */
  get size(): number {
    return this.held.length;
  }

  hold(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.held.push({ item, resolve, reject });
      if (this.held.length >= this.options.batchSize) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), this.options.windowMs);
    });
  }

  /** Releases what is held now. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.held;
    this.held = [];
    if (batch.length === 0) return;
    try {
      const results = await this.release(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(results[i]!));
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }

  /** Gives the held items back unreleased (the hub is stopping). */
  abandon(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.held;
    this.held = [];
    for (const w of batch) w.reject(new ReleaseAbandoned());
  }
}
