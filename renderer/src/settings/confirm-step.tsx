/**
 * A confirm step for something that cannot be undone: a question, the safe answer first and focused,
 * Esc to step back, and focus returned to the button that asked once the step closes.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

/** The state of one confirm step and the two buttons focus moves between. */
export interface ConfirmStepState {
  asking: boolean;
  setAsking: (asking: boolean) => void;
  /** The safe answer ("Keep …"), focused when the question appears. */
  keep: RefObject<HTMLButtonElement | null>;
  /** The button that opens the step, focused again when it closes. */
  start: RefObject<HTMLButtonElement | null>;
}

/** Keeps focus with the step: on the safe answer while asking, back on the opening button after. */
export function useConfirmStep(): ConfirmStepState {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  return { asking, setAsking, keep, start };
}

/** The question and its two answers. */
export function ConfirmStep({
  id,
  keep,
  question,
  keepLabel,
  confirmLabel,
  onKeep,
  onConfirm,
}: {
  id: string;
  keep: ConfirmStepState['keep'];
  question: string;
  keepLabel: string;
  confirmLabel: string;
  onKeep: () => void;
  onConfirm: () => void;
}): React.JSX.Element {
  return (
    <div
      className="confirm"
      role="group"
      aria-labelledby={id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onKeep();
        }
      }}
    >
      <p id={id}>{question}</p>
      <div className="row">
        <button ref={keep} type="button" className="button" onClick={onKeep}>
          {keepLabel}
        </button>
        <button type="button" className="button danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
