import type { LinearModel } from './linear';
import selfPromotion from './self-promotion.json';
import tone from './tone.json';

/**
 * The linear models the rules consult, per judged category (trained by `npm run train`, scripts/train.ts).
 * A category without a model here is judged by its rules alone; the trainer leaves them out this way to see
 * what the rules do by themselves.
 */
export const MODELS: Partial<Record<'self-promotion' | 'tone', LinearModel>> = {
  'self-promotion': selfPromotion as LinearModel,
  tone: tone as LinearModel,
};
