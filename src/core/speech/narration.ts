// Reading aloud as a small state machine: which sentence, playing or not, how fast. The view
// speaks what the state says (src/ui/read-aloud.tsx); the transitions are pure and tested here.

export type NarrationStatus = 'idle' | 'playing' | 'paused';

export interface Narration {
  status: NarrationStatus;
  /** The sentence being read (or to be read on play). */
  index: number;
  /** How many sentences there are. */
  count: number;
  /** Speech rate, 1 being the voice's normal speed. */
  rate: number;
}

export type NarrationEvent =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle' }
  | { type: 'next' }
  | { type: 'previous' }
  /** The sentence being read has been spoken to its end. */
  | { type: 'ended' }
  | { type: 'stop' }
  | { type: 'rate'; rate: number }
  | { type: 'load'; count: number };

export const RATES = [0.75, 1, 1.25, 1.5, 2] as const;
export const MIN_RATE = 0.5;
export const MAX_RATE = 2;

export function startNarration(count = 0, rate = 1): Narration {
  return { status: 'idle', index: 0, count, rate };
}

const last = (state: Narration) => Math.max(0, state.count - 1);

export function narrate(state: Narration, event: NarrationEvent): Narration {
  switch (event.type) {
    case 'load':
      return {
        ...state,
        count: event.count,
        index: Math.min(state.index, Math.max(0, event.count - 1)),
      };
    case 'play':
      return state.count ? { ...state, status: 'playing' } : state;
    case 'pause':
      return state.status === 'playing' ? { ...state, status: 'paused' } : state;
    case 'toggle':
      return narrate(state, { type: state.status === 'playing' ? 'pause' : 'play' });
    case 'next':
      return { ...state, index: Math.min(last(state), state.index + 1) };
    case 'previous':
      return { ...state, index: Math.max(0, state.index - 1) };
    case 'ended':
      // After the last sentence it stops, ready to start again from the top.
      return state.index + 1 < state.count
        ? { ...state, index: state.index + 1 }
        : { ...state, status: 'idle', index: 0 };
    case 'stop':
      return { ...state, status: 'idle' };
    case 'rate':
      return Number.isFinite(event.rate)
        ? { ...state, rate: Math.min(MAX_RATE, Math.max(MIN_RATE, event.rate)) }
        : state;
  }
}
