/** One named benchmark figure, with its budget where DESIGN.md sets one. */
export interface Metric {
  name: string;
  value: number;
  unit: string;
  /** Upper bound the figure should stay within; undefined when it is reported only. */
  budget?: number;
  /**
   * A wall-clock figure (load times, script time): it varies with whatever else the machine is doing,
   * so over budget it is reported as OVER but fails the run only with --strict-timing.
   */
  timing?: boolean;
  note?: string;
}

/** A group of metrics measured together. */
export interface MetricSource {
  title: string;
  measure(): Promise<Metric[]>;
}
