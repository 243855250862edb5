/** `/status/{codes}`: one code, or a weighted random pick from `200,500:2,…`. */
import { sendText } from '../reply.js';
import { ANY_METHOD, type Route, route } from '../router.js';
import { sendStatus } from '../status-response.js';

type Choice = [code: number, weight: number];

/** Parses `codes` (`418`, `200,201`, `200:0.1,500:4`); `undefined` when any part is invalid. */
export function parseCodes(codes: string): Choice[] | undefined {
  const choices: Choice[] = [];
  for (const piece of codes.split(',')) {
    const [code = '', weight = '1', extra] = piece.split(':');
    const n = Number(code.trim());
    const w = Number(weight.trim());
    // Node can only send a final status from 200 to 999 (1xx are interim responses).
    if (extra !== undefined || !Number.isInteger(n) || n < 200 || n > 999 || !Number.isFinite(w) || w < 0) {
      return undefined;
    }
    choices.push([n, w]);
  }
  return choices;
}

/** Python's `weighted_choice`: uniform over the total weight, then the first bucket past it. */
export function weightedChoice(choices: readonly Choice[], random = Math.random): number {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  const x = random() * total;
  let cumulative = 0;
  for (const [code, weight] of choices) {
    cumulative += weight;
    if (x < cumulative) return code;
  }
  return choices[choices.length - 1]![0];
}

/** The status-code route. */
export const statusRoutes: Route[] = [
  route(ANY_METHOD, '/status/{codes}', (ex) => {
    const choices = parseCodes(ex.params.codes!);
    if (!choices) return sendText(ex.res, 'Invalid status code', 400);
    sendStatus(ex.res, weightedChoice(choices));
  }),
];
