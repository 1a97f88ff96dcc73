// The entity model as the extension ships it: lang/<code>/ner.bin, written by scripts/build.mjs
// from the trained src/core/lang/packs/<code>/ner.json (the one the training script writes and
// the tests read). The JSON costs a page about a hundred milliseconds before its first digest:
// parsing 75,000 feature strings, decoding the base64 weights and building a map of the
// features. The packed file is read as it is: the weights are an Int8Array over its bytes, and
// the features come with their hash table (open addressing, FNV-1a of the UTF-16 code units,
// linear probing), so a tagger is ready after one split of the feature text.
//
// Layout, little-endian: "RKN1", u32 header length, the header (UTF-8 JSON), zero padding to a
// multiple of 4, the table (u32 x slots: feature index + 1, 0 for an empty slot), the weights
// (int8, LABELS.length per feature), the features (UTF-8, one per line).
import type { EntityType, NerModelData } from './tagger';

const MAGIC = 'RKN1';
/** Labels per feature (LABELS.length in tagger.ts). */
const L = 7;

interface PackedHeader {
  format: 'ringkas-ner-1';
  lang: string;
  scale: number;
  temperature?: number;
  transitions: number[];
  thresholds?: Partial<Record<EntityType, number>>;
  features: number;
  slots: number;
  featureBytes: number;
}

/** A packed model, read: what loadTagger needs, without a map to build. */
export interface PackedNerModel {
  format: 'ringkas-ner-1';
  lang: string;
  scale: number;
  temperature?: number;
  transitions: number[];
  /** The confidence thresholds the training script calibrated (ner.json's, carried over). */
  thresholds?: Partial<Record<EntityType, number>>;
  features: number;
  weights: Int8Array;
  /** The feature's first weight's index in `weights`, or undefined for an unknown feature. */
  rowOf: (feature: string) => number | undefined;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function decodeBase64(text: string): Int8Array {
  const binary = atob(text);
  const out = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = (binary.charCodeAt(i) << 24) >> 24;
  return out;
}

/** The packed bytes of a trained model (ner.json's content). */
export function packNerModel(model: NerModelData): Uint8Array {
  const count = model.features.length;
  if (model.features.some((f) => f.includes('\n')))
    throw new Error('An entity model feature holds a line break: it cannot be packed.');
  let slots = 1;
  while (slots < count * 1.5) slots *= 2;
  const table = new Uint32Array(slots);
  model.features.forEach((feature, i) => {
    let slot = fnv1a(feature) & (slots - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (slots - 1);
    table[slot] = i + 1;
  });
  const weights = decodeBase64(model.weights);
  if (weights.length !== count * L)
    throw new Error('The entity model file is damaged (its sizes do not agree).');
  const featureBytes = new TextEncoder().encode(model.features.join('\n'));
  const header: PackedHeader = {
    format: model.format,
    lang: model.lang,
    scale: model.scale,
    ...(model.temperature === undefined ? {} : { temperature: model.temperature }),
    transitions: model.transitions,
    ...(model.thresholds === undefined ? {} : { thresholds: model.thresholds }),
    features: count,
    slots,
    featureBytes: featureBytes.length,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const start = Math.ceil((8 + headerBytes.length) / 4) * 4;
  const out = new Uint8Array(start + slots * 4 + weights.length + featureBytes.length);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  for (let i = 0; i < slots; i++) view.setUint32(start + i * 4, table[i]!, true);
  out.set(new Uint8Array(weights.buffer), start + slots * 4);
  out.set(featureBytes, start + slots * 4 + weights.length);
  return out;
}

const damaged = () => new Error('The packed entity model is damaged.');

/** Reads a packed model (ner.bin's bytes); throws on a file that is not one. */
export function unpackNerModel(buffer: ArrayBuffer): PackedNerModel {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 8 || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) throw damaged();
  const view = new DataView(buffer);
  const headerLength = view.getUint32(4, true);
  if (8 + headerLength > bytes.length) throw damaged();
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(8, 8 + headerLength)),
  ) as PackedHeader;
  const { features: count, slots } = header;
  const start = Math.ceil((8 + headerLength) / 4) * 4;
  const weightsAt = start + slots * 4;
  const featuresAt = weightsAt + count * L;
  if (
    header.format !== 'ringkas-ner-1' ||
    !Number.isInteger(count) ||
    !Number.isInteger(slots) ||
    slots < count ||
    (slots & (slots - 1)) !== 0 ||
    featuresAt + header.featureBytes !== bytes.length ||
    header.transitions.length !== (L + 1) * L ||
    Object.values(header.thresholds ?? {}).some((t) => typeof t !== 'number' || !(t >= 0 && t <= 1))
  )
    throw damaged();
  // Copied out (a few hundred kilobytes, aligned): the views then outlive nothing else.
  const table = new Uint32Array(buffer.slice(start, weightsAt));
  const weights = new Int8Array(buffer.slice(weightsAt, featuresAt));
  const features = new TextDecoder().decode(bytes.subarray(featuresAt)).split('\n');
  if (features.length !== count) throw damaged();
  const mask = slots - 1;
  return {
    format: header.format,
    lang: header.lang,
    scale: header.scale,
    ...(header.temperature === undefined ? {} : { temperature: header.temperature }),
    transitions: header.transitions,
    ...(header.thresholds === undefined ? {} : { thresholds: header.thresholds }),
    features: count,
    weights,
    rowOf(feature) {
      for (let slot = fnv1a(feature) & mask; ; slot = (slot + 1) & mask) {
        const entry = table[slot]!;
        if (entry === 0) return undefined;
        if (features[entry - 1] === feature) return (entry - 1) * L;
      }
    },
  };
}
