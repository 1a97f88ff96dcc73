// English news sentences for the entity tagger's training (scripts/ner/train.ts). WikiANN, the
// only English set here, is Wikipedia fragments: names alone or in short phrases, rarely a
// sentence. Trained on it alone the tagger took "Mr. Trump" and "Vice President Biden visited
// Kyiv" for organisations and "Getting Disney" for a person: it never saw a name inside a
// reported sentence, after a role or a title, or a capitalised word that opens a sentence and
// is no name. These templates (written for Ringkas, MIT like the project; no sentence is taken
// from any page or data set) put names taken from the training split of WikiANN into such
// sentences, seeded, so that the same call gives the same sentences.
import { seededRandom } from '../../bench/lib/stats';
import type { NerSentence } from '../../bench/lib/ner-data';
import type { EntityType } from '../../src/core/ner/tagger';

/**
 * Slots: {P} a person's full name, {S} a person's surname alone, {L} a place, {O} an
 * organisation; and words that are no names: {R} a role, {T} a title, {D} a weekday, {M} a
 * month, {N} a number; words that open a sentence: {W} before "the", {V} before a comma,
 * {C} a sentence's subject, {Q} words describing the person named after them; names of none of
 * the three: {E} an event, award, law or product, {X} a party's members, {A} an adjective.
 */
export const TEMPLATES: readonly string[] = [
  '{P} said on {D} that the plan would go ahead.',
  '"We are ready," {P} told reporters in {L}.',
  '{R} {P} arrived in {L} on {D} for two days of talks.',
  'The memo was sent to {R} {S} on {D}.',
  '{T} {S} said he would not attend the meeting.',
  '{T} {S} told the court she had been in {L} at the time.',
  '{R} {S} visited {L} in {M}.',
  'Talks with {R} {S} took place in {L} last {D}.',
  '{W} the deal, {S} said the company would cut {N} jobs.',
  '{V}, {P} said the talks had failed.',
  'Shares of {O} fell {N} percent on {D}.',
  '{O} said in a statement that it had hired {P} as chief executive.',
  '{P}, a spokesman for {O}, declined to comment.',
  '{P}, the {O} chairman, said profits rose {N} percent.',
  'A spokeswoman for {O} in {L} said the office would close.',
  'Police in {L} said {N} people had been arrested.',
  'Police said a man was shot in {L} on {D} night.',
  '{O} spokesman {P} said the company was reviewing the report.',
  'Officials in {L} said the storm had killed {N} people.',
  '{S} said in an interview that he was proud of the team.',
  '{P} scored twice as {O} beat {O} {N}-1.',
  '{P} of {L} won the title after beating {P} in the final.',
  'The {O} is expected to announce its decision in {M}.',
  'According to {O}, the number of visitors rose to {N}.',
  '{P} was born in {L} in {N}.',
  '{S}, who joined {O} in {N}, will step down in {M}.',
  'Asked by reporters, {S} said he had no plans to resign.',
  '{R} {P} met {R} {P} in {L} on {D}.',
  'The {O} chief, {P}, warned that prices would rise.',
  '{P} and {P} are expected to meet in {L} next week.',
  'Speaking in {L} on {D}, {P} called for calm.',
  '{S} told the {O} that the law should be changed.',
  '"This is not over," said {P}, who leads the {O}.',
  'In {L}, thousands of people marched on {D}.',
  'The flight from {L} to {L} was cancelled.',
  '{L} and {L} signed the agreement in {M}.',
  'Troops from {L} crossed into {L} early on {D}.',
  '{O} shares closed at {N} cents in {L}.',
  'The {O} office in {L} was closed on {D}.',
  '{O} and {O} said they would merge.',
  '{P} has been named the new head of {O}.',
  'Since {S} took office, the economy has grown.',
  '{S} said {O} had not been told of the change.',
  'Her lawyer, {P}, said she would appeal.',
  'His wife, {P}, said he had been ill for months.',
  '{R} {S} said the talks were "very good".',
  'The {R} of {L}, {P}, resigned on {D}.',
  '{P} was appointed {R} of {O} in {M}.',
  'A court in {L} sentenced {P} to {N} years in prison.',
  '{S} denied the charges, his lawyer said.',
  '{W} the talks, {O} agreed to the terms.',
  'Residents of {L} were told to leave their homes.',
  'The team will play {O} in {L} on {D}.',
  '{P} told {O} that he had seen the letter.',
  '{W} the vote, {R} {S} said the result was clear.',
  'Reporters asked {S} whether he would run again.',
  '{P}, {N}, was found dead at his home in {L}.',
  'Supporters of {P} gathered outside the {O} on {D}.',
  '{O} reported a loss of {N} million dollars in {M}.',
  'Analysts at {O} said the market had bottomed out.',
  'It is the first time {O} has done so since {N}.',
  '{S} became the first woman to lead {O}.',
  'The {O} said {P} would take charge of the team.',
  '{P} said {L} would not accept the offer.',
  '{V}, the ministers agreed to meet again in {M}.',
  '{R} {P} of {L} said the border would stay open.',
  'Earlier on {D}, {S} had said he would wait.',
  'The letter was signed by {P} and {P}.',
  '{P}, chief executive of {O}, said sales were strong.',
  'Workers at the {O} plant in {L} went on strike.',
  'Both {S} and {S} said they were happy with the deal.',
  'According to {O}, the project will cost {N} million dollars.',
  '{P} said: "We will win this."',
  'Fans in {L} cheered as {S} lifted the trophy.',
  '{T} {P} was elected in {M}.',
  'A spokesman for {R} {S} said the trip was cancelled.',
  '{O} was founded in {L} in {N}.',
  '{S} was not available for comment on {D}.',
  'Voters in {L} go to the polls on {D}.',
  '{C} said the government would act, {S} added.',
  '{W} {P} left, the party chose a new leader.',
  '{W} {O}, {S} said no decision had been made.',
  '{W} {L} to agree took months, {P} said.',
  "{L}'s {P} won the opening match on {D}.",
  "{L}'s {P} beat {P} in straight sets.",
  "{O}'s {P} said the results were better than expected.",
  "{O}'s chief executive, {P}, will leave in {M}.",
  'The new manager, {P}, replaces {P}.',
  'The former minister, {P}, was arrested in {L}.',
  'Her coach, {P}, said she was fit to play.',
  'The report was written by {P}, an economist at {O}.',
  '{P} ({O}) said the bill would pass.',
  '{P}, who was born in {L}, moved to {L} in {N}.',
  '{Q} {P} won again on {D}.',
  '{Q} {P} said the season had been hard.',
  '{Q} {S} was not available for comment.',
  '{C} want cheaper homes, {P} said.',
  '{C} in {L} were told to stay indoors on {D}.',
  '{C} say the {O} plan will cost more than expected.',
  '{C} gathered outside the {O} office in {L}.',
  '{P} won the {E} in {N}.',
  'The {E} will be held in {L} in {M}.',
  '{O} said the {E} would go ahead as planned.',
  '{S} missed the {E} with an injury.',
  '{O} launched the {E} in {L} on {D}.',
  'Sales of the {E} rose {N} percent, {O} said.',
  '{X} in {L} voted against the bill.',
  'The {A} senator, {P}, said the plan would fail.',
  '{P}, a {A} lawmaker from {L}, called for a vote.',
  '{X} and {X} agreed on the budget, {S} said.',
];

/** Roles and titles as news writes them before a name (no names: tagged O). */
const ROLES = [
  'President',
  'Vice President',
  'Prime Minister',
  'Foreign Minister',
  'Finance Minister',
  'Governor',
  'Senator',
  'Mayor',
  'Chancellor',
  'Secretary of State',
  'Chief Executive',
  'Coach',
  'Manager',
  'Judge',
  'General',
  'Minister',
  'Chairman',
  'King',
  'Queen',
  'Pope',
];
const TITLES = ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof.', 'Sir'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Capitalised words that open a sentence and are no names: before "the ...", */
const OPENERS = [
  'After',
  'Before',
  'Despite',
  'During',
  'Following',
  'Regarding',
  'Getting',
  'Under',
  'Without',
  'Unlike',
  'Ending',
  'Announcing',
];
/** before a comma, */
const ADVERBS = [
  'However',
  'Meanwhile',
  'Earlier',
  'Later',
  'Yesterday',
  'Today',
  'Still',
  'Instead',
];
/** Capitalised words that open a sentence before a name, describing the person. */
const DESCRIBED = [
  'Tennis star',
  'Pop star',
  'Golf legend',
  'Former champion',
  'Veteran striker',
  'Film director',
  'Opposition leader',
  'Union boss',
  'Party leader',
  'Defence lawyer',
  'Rights activist',
  'Team captain',
];
/**
 * Capitalised names that are none of the three (CoNLL's "miscellaneous"): events, competitions,
 * awards, laws, programmes and products, tagged O.
 */
const OTHER = [
  'World Cup',
  'Olympic Games',
  'Olympics',
  'Davis Cup',
  'Champions League',
  'Super Bowl',
  'Grand Prix',
  'Tour de France',
  'Australian Open',
  'Ryder Cup',
  'Grammy Awards',
  'Oscars',
  'Nobel Prize',
  'Golden Globes',
  'Film Festival',
  'Music Awards',
  'Black Friday',
  'Christmas',
  'Ramadan',
  'Easter',
  'Thanksgiving',
  'Brexit',
  'Cold War',
  'World War II',
  'Affordable Care Act',
  'Clean Air Act',
  'Paris Agreement',
  'Green New Deal',
  'Space Launch System',
  'Artemis program',
  'National Survey',
  'iPhone',
  'MacBook Pro',
  'Windows 10',
  'PlayStation 5',
  'Model 3',
  'Galaxy S10',
  'Boeing 737 MAX',
  'RAV4',
];
/** A party's members and adjectives, and words for a faith: no names either. */
const MEMBERS = ['Republicans', 'Democrats', 'Conservatives', 'Liberals', 'Socialists', 'Greens'];
const ADJECTIVES = ['Republican', 'Democratic', 'Conservative', 'Liberal', 'Catholic', 'Muslim'];
/** and as a sentence's subject. */
const COMMON = [
  'Officials',
  'Police',
  'Analysts',
  'Critics',
  'Residents',
  'Witnesses',
  'Doctors',
  'Buyers',
  'Investors',
  'Shoppers',
  'Voters',
  'Fans',
  'Teachers',
  'Scientists',
  'Researchers',
  'Drivers',
  'Workers',
  'Students',
  'Parents',
  'Experts',
  'Lawmakers',
  'Protesters',
  'Users',
  'Prosecutors',
  'Firefighters',
];

export interface NamePools {
  PER: string[];
  LOC: string[];
  ORG: string[];
}

const CLEAN = /^[\p{Lu}][\p{L}'’.-]*$/u;

/**
 * Names for the slots, from the tagged names of training sentences: a person of two or three
 * words, a place or an organisation of one to four, every word capitalised (no brackets,
 * digits or commas).
 */
export function namePools(sentences: NerSentence[]): NamePools {
  const pools: Record<EntityType, Set<string>> = { PER: new Set(), LOC: new Set(), ORG: new Set() };
  for (const s of sentences) {
    for (const e of s.entities) {
      const words = e.name.split(' ');
      const max = e.type === 'PER' ? 3 : 4;
      const min = e.type === 'PER' ? 2 : 1;
      if (words.length < min || words.length > max) continue;
      if (!words.every((w) => CLEAN.test(w) && w.length > 1)) continue;
      pools[e.type].add(e.name);
    }
  }
  return { PER: [...pools.PER].sort(), LOC: [...pools.LOC].sort(), ORG: [...pools.ORG].sort() };
}

/** `count` sentences, seeded: the same arguments give the same sentences. */
export function newsSentences(pools: NamePools, count: number, seed: number): NerSentence[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const out: NerSentence[] = [];
  for (let n = 0; n < count; n++) {
    const template = TEMPLATES[n % TEMPLATES.length]!;
    let text = '';
    const entities: NerSentence['entities'] = [];
    const put = (name: string, type: EntityType | null) => {
      const start = text.length;
      text += name;
      if (type) entities.push({ type, start, end: text.length, name });
    };
    for (const part of template.split(/(\{[A-Z]\})/)) {
      switch (part) {
        case '{P}':
          put(pick(pools.PER), 'PER');
          break;
        case '{S}':
          put(pick(pools.PER).split(' ').pop()!, 'PER');
          break;
        case '{L}':
          put(pick(pools.LOC), 'LOC');
          break;
        case '{O}':
          put(pick(pools.ORG), 'ORG');
          break;
        case '{R}':
          put(pick(ROLES), null);
          break;
        case '{T}':
          put(pick(TITLES), null);
          break;
        case '{D}':
          put(pick(DAYS), null);
          break;
        case '{M}':
          put(pick(MONTHS), null);
          break;
        case '{N}':
          put(String(1 + Math.floor(random() * 90)), null);
          break;
        case '{W}':
          put(pick(OPENERS), null);
          break;
        case '{V}':
          put(pick(ADVERBS), null);
          break;
        case '{Q}':
          put(pick(DESCRIBED), null);
          break;
        case '{E}':
          put(pick(OTHER), null);
          break;
        case '{X}':
          put(pick(MEMBERS), null);
          break;
        case '{A}':
          put(pick(ADJECTIVES), null);
          break;
        case '{C}':
          put(pick(COMMON), null);
          break;
        default:
          put(part, null);
      }
    }
    out.push({ text, entities });
  }
  return out;
}
