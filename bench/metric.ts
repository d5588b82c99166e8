/** One named benchmark figure, with its budget where DESIGN.md sets one. */
export interface Metric {
  name: string;
  value: number;
  unit: string;
  /** Upper bound the figure should stay within; undefined when it is reported only. */
  budget?: number;
  note?: string;
}

/** A group of metrics measured together. */
export interface MetricSource {
  title: string;
  measure(): Promise<Metric[]>;
}
