// Read aloud with the device's own voices (the Web Speech API's speechSynthesis): the article's
// sentences one after the other, the one being read highlighted and kept in view; play, pause,
// previous and next sentence, speed. Only voices of the device itself are used (core/speech):
// nothing of the article leaves it. Shared by the in-page reader and the library's reading view.
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { Translate } from '../contracts/i18n';
import { chooseVoice } from '../core/speech/voices';
import { narrate, RATES, startNarration } from '../core/speech/narration';
import { spokenSentences, type SpokenSentence } from './speech-text';
import { languageName } from './format';

type Synth = Pick<
  SpeechSynthesis,
  'getVoices' | 'speak' | 'cancel' | 'addEventListener' | 'removeEventListener'
>;

/** The slice of the Web Speech API reading aloud uses. */
export interface SpeechApi {
  synth: Synth;
  Utterance: typeof SpeechSynthesisUtterance;
}

/** The browser's speech, looked up when reading starts; null where there is none. */
export function deviceSpeech(): SpeechApi | null {
  const scope = globalThis as {
    speechSynthesis?: SpeechSynthesis;
    SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
  };
  return scope.speechSynthesis && scope.SpeechSynthesisUtterance
    ? { synth: scope.speechSynthesis, Utterance: scope.SpeechSynthesisUtterance }
    : null;
}

/** The voice list, which some browsers fill only after a `voiceschanged` event. */
function voicesOf(synth: Synth): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, 1500);
    synth.addEventListener('voiceschanged', done);
  });
}

const HIGHLIGHT = 'ringkas-speech';
const CURRENT = 'speech-current';

/** Highlights the sentence being read (or nothing) and keeps it in view. */
function mark(body: HTMLElement | null, sentence: SpokenSentence | null, index: number) {
  if (!body) return;
  body.querySelectorAll(`.${CURRENT}`).forEach((el) => el.classList.remove(CURRENT));
  const scope = globalThis as {
    CSS?: { highlights?: Map<string, unknown> };
    Highlight?: new (range: Range) => unknown;
  };
  const highlights = scope.CSS?.highlights;
  if (!sentence) {
    highlights?.delete(HIGHLIGHT);
    delete body.dataset.speechIndex;
    return;
  }
  body.dataset.speechIndex = String(index);
  sentence.block.classList.add(CURRENT);
  if (highlights && scope.Highlight) highlights.set(HIGHLIGHT, new scope.Highlight(sentence.range));
  const view = body.ownerDocument.documentElement.clientHeight;
  const box = sentence.range.getBoundingClientRect();
  // Below the sticky controls and above the bottom edge; otherwise brought to the middle.
  if (box.top < view * 0.25 || box.bottom > view * 0.9)
    sentence.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}

export interface ReadAloudProps {
  /** The rendered article body. */
  body: HTMLElement | null;
  /** The article's language ('und' when unknown: the UI's is taken). */
  lang: string;
  t: Translate;
  locale: string;
  speech?: () => SpeechApi | null;
}

export function ReadAloud({ body, lang, t, locale, speech = deviceSpeech }: ReadAloudProps) {
  const [state, dispatch] = useReducer(narrate, undefined, () => startNarration());
  const [problem, setProblem] = useState<string | null>(null);
  const api = useRef<SpeechApi | null>(null);
  const voice = useRef<SpeechSynthesisVoice | null>(null);
  const sentences = useRef<SpokenSentence[]>([]);
  const language = lang && lang !== 'und' ? lang : locale;

  useEffect(() => {
    let live = true;
    const found = speech();
    if (!found) {
      setProblem(t('speechUnsupported'));
      return;
    }
    api.current = found;
    void voicesOf(found.synth).then((voices) => {
      if (!live) return;
      voice.current = chooseVoice(voices, language);
      if (!voice.current) {
        setProblem(t('speechNoVoice', [languageName(language, locale) || language]));
        return;
      }
      sentences.current = body ? spokenSentences(body, language) : [];
      if (!sentences.current.length) setProblem(t('speechNoText'));
      dispatch({ type: 'load', count: sentences.current.length });
      dispatch({ type: 'play' });
    });
    return () => {
      live = false;
      found.synth.cancel();
      mark(body, null, 0);
    };
  }, [body]);

  useEffect(() => {
    const found = api.current;
    const sentence = sentences.current[state.index];
    if (!found || !sentence) return;
    mark(body, state.status === 'idle' ? null : sentence, state.index);
    found.synth.cancel();
    if (state.status !== 'playing') return;
    let current = true;
    const utterance = new found.Utterance(sentence.text);
    utterance.voice = voice.current;
    utterance.lang = voice.current?.lang ?? language;
    utterance.rate = state.rate;
    utterance.onend = () => {
      if (current) dispatch({ type: 'ended' });
    };
    utterance.onerror = (event) => {
      // Cancelled by the reader's own next step: not a failure.
      if (!current || event.error === 'interrupted' || event.error === 'canceled') return;
      dispatch({ type: 'stop' });
      setProblem(t('speechFailed'));
    };
    found.synth.speak(utterance);
    return () => {
      current = false;
    };
  }, [state.status, state.index, state.rate, state.count]);

  const rate = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return (
    <div class="read-aloud" role="group" aria-label={t('speechLabel')}>
      {problem ? (
        <p class="read-aloud-problem" role="status">
          {problem}
        </p>
      ) : (
        <>
          <button
            type="button"
            class="button"
            disabled={state.index === 0}
            aria-label={t('speechPrevious')}
            title={t('speechPrevious')}
            onClick={() => dispatch({ type: 'previous' })}
          >
            ⏮
          </button>
          <button
            type="button"
            class="button button-primary read-aloud-play"
            disabled={!state.count}
            onClick={() => dispatch({ type: 'toggle' })}
          >
            {state.status === 'playing' ? t('speechPause') : t('speechPlay')}
          </button>
          <button
            type="button"
            class="button"
            disabled={state.index + 1 >= state.count}
            aria-label={t('speechNext')}
            title={t('speechNext')}
            onClick={() => dispatch({ type: 'next' })}
          >
            ⏭
          </button>
          <label class="appearance-select">
            {t('speechRate')}{' '}
            <select
              value={String(state.rate)}
              onChange={(e) => dispatch({ type: 'rate', rate: Number(e.currentTarget.value) })}
            >
              {RATES.map((value) => (
                <option key={value} value={String(value)}>
                  {rate.format(value)}×
                </option>
              ))}
            </select>
          </label>
          {state.count > 0 && (
            <span class="read-aloud-progress">
              {t('speechProgress', [state.index + 1, state.count])}
            </span>
          )}
        </>
      )}
    </div>
  );
}
