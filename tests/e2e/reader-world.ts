// Test doubles installed in the world the reader's code runs in: the in-page reader's content
// script world (reached by scripting.executeScript from the extension: the same isolated world in
// Chromium, the same sandbox in Firefox) or an extension page's own world. The fake
// speechSynthesis records what it is asked to say and ends an utterance when the test says so;
// the fake print counts the times it was called.
import type { Driver, Tab } from './driver';

export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

export interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
  rate: number;
}

export const VOICES: FakeVoice[] = [
  { name: 'Cloud Indonesian', lang: 'id-ID', localService: false, default: false, voiceURI: 'c' },
  { name: 'Device Indonesian', lang: 'id-ID', localService: true, default: false, voiceURI: 'd' },
  { name: 'Device English', lang: 'en-US', localService: true, default: true, voiceURI: 'e' },
];

type Command = 'install' | 'log' | 'printed' | 'finish' | 'speaking';

/** Runs in the target world (serialised by its source): it may use only its arguments. */
function fakes(command: Command, voices: FakeVoice[]): unknown {
  const scope = globalThis as Record<string, unknown>;
  type Utterance = {
    text: string;
    lang: string;
    voice: FakeVoice | null;
    rate: number;
    onend: ((e: unknown) => void) | null;
    onerror: ((e: unknown) => void) | null;
  };
  type State = { log: Spoken[]; current: Utterance | null; printed: number };
  if (command === 'install') {
    const state: State = { log: [], current: null, printed: 0 };
    scope.__ringkasFakes = state;
    const FakeUtterance = function (this: Utterance, text: string) {
      this.text = text;
      this.lang = '';
      this.voice = null;
      this.rate = 1;
      this.onend = null;
      this.onerror = null;
    };
    const synth = {
      getVoices: () => voices,
      speak(u: Utterance) {
        state.log.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null, rate: u.rate });
        state.current = u;
      },
      cancel() {
        const u = state.current;
        state.current = null;
        u?.onerror?.({ error: 'interrupted' });
      },
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(scope, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(scope, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
      writable: true,
    });
    Object.defineProperty(scope, 'print', {
      value: () => void state.printed++,
      configurable: true,
      writable: true,
    });
    return true;
  }
  const state = scope.__ringkasFakes as State;
  if (command === 'log') return JSON.parse(JSON.stringify(state.log));
  if (command === 'printed') return state.printed;
  if (command === 'speaking') return state.current !== null;
  const u = state.current;
  state.current = null;
  u?.onend?.({});
  return u !== null;
}

/** Where the fakes live: the reader's world in a web page, or an extension page. */
export interface FakeWorld {
  install: (voices?: FakeVoice[]) => Promise<void>;
  spoken: () => Promise<Spoken[]>;
  printed: () => Promise<number>;
  /** Ends the utterance being spoken (as a voice reaching its end would). */
  finish: () => Promise<boolean>;
  /** Whether an utterance is being spoken (not ended, not cancelled). */
  speaking: () => Promise<boolean>;
}

type Run = (command: Command, voices?: FakeVoice[]) => Promise<unknown>;

export function readerWorld(d: Driver, tab: Tab): FakeWorld {
  // The extension context runs this; `fakes` goes in as source, as executeScript sends it on.
  const inExtension = new Function(
    'arg',
    `const fakes = ${fakes.toString()};
     return chrome.scripting
       .executeScript({ target: { tabId: arg.tabId }, func: fakes, args: [arg.command, arg.voices] })
       .then((results) => results[0] && results[0].result);`,
  ) as (arg: { tabId: number; command: Command; voices: FakeVoice[] }) => Promise<unknown>;
  return world((command, voices = []) => d.ext(inExtension, { tabId: tab.tabId, command, voices }));
}

export function pageWorld(tab: Tab): FakeWorld {
  const inPage = new Function(
    'arg',
    `return (${fakes.toString()})(arg.command, arg.voices);`,
  ) as (arg: { command: Command; voices: FakeVoice[] }) => unknown;
  return world((command, voices = []) => tab.evaluate(inPage, { command, voices }));
}

function world(run: Run): FakeWorld {
  return {
    install: async (voices = VOICES) => {
      await run('install', voices);
    },
    spoken: () => run('log') as Promise<Spoken[]>,
    printed: () => run('printed') as Promise<number>,
    finish: () => run('finish') as Promise<boolean>,
    speaking: () => run('speaking') as Promise<boolean>,
  };
}
