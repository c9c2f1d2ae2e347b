/**
 * The `capacity` highest-scoring entries of a stream, in a binary min-heap: O(n log k) with no
 * array of all n scores to sort. Ties go to the smaller id, as in the rankings' sort order.
 */
export class TopK {
  private readonly ids: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly capacity: number) {}

  /** Offers one entry; kept when it beats the weakest kept entry (or there is room). */
  push(id: number, score: number): void {
    if (this.capacity <= 0) return;
    if (this.ids.length < this.capacity) {
      this.ids.push(id);
      this.scores.push(score);
      this.up(this.ids.length - 1);
    } else if (this.better(id, score, 0)) {
      this.ids[0] = id;
      this.scores[0] = score;
      this.down(0);
    }
  }

  /** The kept entries, best first. */
  sorted(): Array<{ id: number; score: number }> {
    return this.ids.map((id, i) => ({ id, score: this.scores[i]! })).sort((a, b) => b.score - a.score || a.id - b.id);
  }

  /** Whether (id, score) ranks above the entry at heap position `at`. */
  private better(id: number, score: number, at: number): boolean {
    const other = this.scores[at]!;
    return score > other || (score === other && id < this.ids[at]!);
  }

  private up(at: number): void {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.better(this.ids[parent]!, this.scores[parent]!, at)) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  private down(at: number): void {
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let weakest = at;
      if (left < this.ids.length && !this.better(this.ids[left]!, this.scores[left]!, weakest)) weakest = left;
      if (right < this.ids.length && !this.better(this.ids[right]!, this.scores[right]!, weakest)) weakest = right;
      if (weakest === at) return;
      this.swap(at, weakest);
      at = weakest;
    }
  }

  private swap(a: number, b: number): void {
    [this.ids[a], this.ids[b]] = [this.ids[b]!, this.ids[a]!];
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
  }
}
