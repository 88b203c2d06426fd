import type { Rule } from '../rule';
import accessibility from './accessibility';
import boundaries from './boundaries';
import callToAction from './call-to-action';
import clientPrivacy from './client-privacy';
import conflict from './conflict';
import context from './context';
import crossPost from './cross-post';
import hashtags from './hashtags';
import length from './length';
import privateNews from './private-news';
import selfPromotion from './self-promotion';
import tone from './tone';

/** Every rule, in a fixed order (ties in the findings keep this order). One import and one entry per rule file. */
export const RULES: readonly Rule[] = [hashtags, selfPromotion, callToAction, tone, length, boundaries, clientPrivacy, privateNews, conflict, crossPost, context, accessibility];
