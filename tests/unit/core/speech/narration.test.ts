import { describe, expect, it } from 'vitest';
import {
  narrate,
  startNarration,
  type NarrationEvent,
} from '../../../../src/core/speech/narration';

const run = (events: NarrationEvent[], start = startNarration(3)) => events.reduce(narrate, start);

describe('narrate', () => {
  it('plays sentence after sentence and stops after the last, ready to start over', () => {
    expect(run([{ type: 'play' }])).toMatchObject({ status: 'playing', index: 0 });
    expect(run([{ type: 'play' }, { type: 'ended' }, { type: 'ended' }])).toMatchObject({
      status: 'playing',
      index: 2,
    });
    expect(
      run([{ type: 'play' }, { type: 'ended' }, { type: 'ended' }, { type: 'ended' }]),
    ).toMatchObject({ status: 'idle', index: 0 });
  });

  it('pauses and plays on from the same sentence', () => {
    const paused = run([{ type: 'play' }, { type: 'ended' }, { type: 'toggle' }]);
    expect(paused).toMatchObject({ status: 'paused', index: 1 });
    expect(narrate(paused, { type: 'toggle' })).toMatchObject({ status: 'playing', index: 1 });
    expect(narrate(startNarration(3), { type: 'pause' }).status).toBe('idle');
  });

  it('steps to the next and previous sentence within the article', () => {
    expect(run([{ type: 'next' }, { type: 'next' }, { type: 'next' }]).index).toBe(2);
    expect(run([{ type: 'next' }, { type: 'previous' }, { type: 'previous' }]).index).toBe(0);
  });

  it('does not play an article without sentences', () => {
    expect(narrate(startNarration(0), { type: 'play' }).status).toBe('idle');
    const loaded = run([{ type: 'load', count: 4 }, { type: 'play' }], startNarration(0));
    expect(loaded).toMatchObject({ status: 'playing', count: 4 });
  });

  it('keeps the speed within what voices take', () => {
    expect(run([{ type: 'rate', rate: 1.5 }]).rate).toBe(1.5);
    expect(run([{ type: 'rate', rate: 9 }]).rate).toBe(2);
    expect(run([{ type: 'rate', rate: 0.1 }]).rate).toBe(0.5);
    expect(run([{ type: 'rate', rate: Number.NaN }]).rate).toBe(1);
  });
});
