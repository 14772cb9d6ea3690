import type { StatedNumber } from '../../lib/numbers';
import type { Candidate } from './types';
import { RANK_VERB } from './words';

/** A rank: 第N after a verb of standing (位居, 位列, 排名 …) and the peers (全省, 关中五市). */
export function readRank(words: string, n: StatedNumber, numbers: StatedNumber[]) {
  const before = words.slice(0, n.start - 1);
  const verb = RANK_VERB.exec(before);
  if (!verb) return undefined;
  let peers = (verb[2] ?? '')
    .replace(/^[在于]/, '')
    .replace(/[中的]$/, '')
    .trim();
  let subject = before.slice(0, verb.index);
  if (!peers) {
    const place = /在([^，]+?)中?$/.exec(subject);
    if (!place) return undefined;
    peers = place[1] ?? '';
    subject = subject.slice(0, place.index);
  }
  const [reading] = n.readings;
  if (!peers || !reading) return undefined;
  const peersAt = words.lastIndexOf(peers, n.start);
  const inPeers = numbers.filter((p) => !p.ordinal && p.start >= peersAt && p.end <= peersAt + peers.length);
  const outOf = inPeers.map((p) => p.readings[0]?.value).find((v) => v !== undefined && Number.isInteger(v) && v > 0);
  const figure: Candidate = {
    kind: 'rank',
    value: reading.value,
    unit: '',
    peers,
    quote: words,
    label: subject.replace(/^[在]/, '').trim() || words.slice(0, n.start - 1),
    start: 0,
    at: { start: verb.index, end: n.end },
  };
  if (outOf) figure.outOf = outOf;
  return { figure, inPeers };
}
